/**
 * Builds src/shared/citations/ina-code.generated.ts, the table of sections of the Immigration and
 * Nationality Act and the sections of Title 8 of the U.S. Code that hold them, from the Office of
 * the Law Revision Counsel's own source credits, and cross-checks it against citeurl's INA table.
 *
 *   npm run data:ina -- <uscode git dir> <citeurl git dir>
 *
 * The first is a clone of github.com/divegeek/uscode, whose code/Title_08.txt is the OLRC's
 * text edition of Title 8; the second a clone of github.com/raindrum/citeurl (MIT licence).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The last commit of that repository that holds Title 8 (the OLRC text "current through" below). */
const OLRC_COMMIT = '1fb2d83';
const OLRC_PATH = 'code/Title_08.txt';
const CITEURL_PATH = 'citeurl/templates/specific federal laws.yaml';
const OUTPUT = join(__dirname, '..', 'src', 'shared', 'citations', 'ina-code.generated.ts');

/** "title II, ch. 1, Sec. 208" (a credit or a note's opening), the Act being "June 27, 1952, ch. 477". */
const ACT_SECTION = String.raw`June 27, 1952, ch\. 477,(?: title ([IVX]+),)?(?: ch\. \d+,)? Sec\. (\d+[A-Z]?(?:-\d+)?)(?![\w(])`;
/** A section's credit begins with the Act: the Code section is that section of the Act. */
const CREDIT = new RegExp(String.raw`^\(${ACT_SECTION}`);
/** A note that sets out a whole section of the Act under a Code section ("8 U.S.C. § 1101 note"). */
const NOTE = new RegExp(String.raw`^\s{4,}Act ${ACT_SECTION}, `, 'gm');

interface Row {
  ina: string;
  usc: string;
  /** The Act's title (I–V); empty for section 1, which precedes them. */
  inaTitle: string;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', dir, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every section of the Act the Code sets out, as a section or as a note, from Title 8's text. */
function rowsFromTitle8(text: string): Row[] {
  const rows: Row[] = [];
  const notes: Row[] = [];
  for (const document of text.split(/^-CITE-$/m)) {
    const head =
      /^-HEAD-\s*\n\s*Sec\. (\d+[a-z]?(?:-\d+)?)\. (?!Repealed|Transferred|Omitted)/m.exec(
        document,
      );
    if (!head?.[1]) continue;
    const usc = head[1];
    const source = /^-SOURCE-\s*\n([\s\S]*?)\n\s*\n/m.exec(document)?.[1]?.replace(/\s+/g, ' ');
    const credit = source ? CREDIT.exec(source.trim()) : null;
    if (credit?.[2]) rows.push({ ina: credit[2], usc, inaTitle: credit[1] ?? '' });
    for (const note of document.matchAll(NOTE)) {
      if (note[2]) notes.push({ ina: note[2], usc: `${usc} note`, inaTitle: note[1] ?? '' });
    }
  }
  const codified = new Set(rows.map((row) => row.ina));
  return [...rows, ...notes.filter((note) => !codified.has(note.ina))];
}

/** citeurl's INA → Code lookup (its URL builder's section table). */
function citeurlTable(yamlText: string): Record<string, string> {
  const templates = parse(yamlText) as Record<
    string,
    { 'URL builder'?: { edits?: { token?: string; lookup?: Record<string, string> }[] } }
  >;
  const edits = templates['Immigration & Nationality Act']?.['URL builder']?.edits ?? [];
  const lookup = edits.find((edit) => edit.token === 'section' && edit.lookup)?.lookup;
  if (!lookup) throw new Error('citeurl: no INA section lookup found');
  return lookup;
}

/**
 * The text above is current through January 2013: whether the Act gained or renumbered a section of
 * titles I–III since, as far as the stored public sources show, and what was looked at.
 */
const LATER_SECTIONS = {
  checked: '2026-12',
  found: [] as string[],
  searched: [
    'The OLRC’s current Title 8, chapter 16 (uscode.house.gov, prelim): the 2025 immigration fees of Pub. L. 119-21, title X, §§ 100001–100018 (July 4, 2025) were enacted as freestanding law, classified to 8 U.S.C. §§ 1801–1815, not as sections of the Act; that subtitle amended 8 U.S.C. §§ 1158, 1187, 1254a and 1356 (INA §§ 208, 217, 244, 286), which the table holds',
    'Current listings of Title 8, chapter 12 (subchapter I and subchapter II, parts I–II as stored): the same sections as the 2013 text; 8 U.S.C. § 1107 (2006) was enacted outside the Act, as the 2013 text itself notes',
    'USCIS, “Public Laws Affecting Immigration and Nationality”; searches for later public laws inserting a new section into the Act, and for OLRC source credits of the Act (“June 27, 1952, ch. 477, title …”) in newer stored copies of Title 8: none found',
  ],
  conclusion:
    'No section of titles I–III added or renumbered after January 15, 2013 was found; this is the limit of the sources searched, not proof that none exists',
} as const;

/** Where the table's two citation forms are written down, as far as the stored sources show. */
const CITATION_FORMS = {
  eoir: 'The Board’s published decisions cite “section 208(b)(2)(A)(vi) of the Immigration and Nationality Act, 8 U.S.C. § 1158(b)(2)(A)(vi) (2006)”, then the section alone (Matter of A-G-G-, 25 I&N Dec. 486 (BIA 2011), headnote (1); Matter of C-B-, 25 I&N Dec. 888 (BIA 2012), headnote (3): “under section 240B(b)(1)”); the 1997 expedited-removal and asylum rule of INS and EOIR writes “section 101(a)(13) of the Act” in its preamble (justice.gov/eoir/vll/fedreg/1996_1997/fr06mr97R.html). EOIR’s Policy Manual, Shared Appendix I – Citations (justice.gov/eoir/reference-materials/general/shared-appendices/i), (a): EOIR “generally follows” the Bluebook, its formats “less formal than those used in the published cases of the BIA”; its statute examples were not in the stored copy',
  bluebook:
    'Bluebook Rule 12 and Bluepages B12 (citing a statute by its original section and its code section): the text is not in the stored public sources (searched for both rule numbers with “Immigration and Nationality Act”, “INA §” and “8 U.S.C.”); law library guides (e.g. UCLA’s immigration guide) say the Act may be cited by its section or by the Code’s',
} as const;

const [uscodeDir, citeurlDir] = process.argv.slice(2);
if (!uscodeDir || !citeurlDir) {
  console.error('usage: tsx scripts/build-ina-table.ts <uscode git dir> <citeurl git dir>');
  process.exit(2);
}

const olrcCommit = git(uscodeDir, 'rev-parse', `${OLRC_COMMIT}^{commit}`).trim();
const title8 = git(uscodeDir, 'show', `${olrcCommit}:${OLRC_PATH}`);
const currentThrough = /^\s*8 USC TITLE 8 .*?(\d{2}\/\d{2}\/\d{4})\s*$/m.exec(title8)?.[1] ?? '';
const rows = rowsFromTitle8(title8);

const citeurlCommit = git(citeurlDir, 'rev-parse', 'HEAD').trim();
const citeurlDate = git(citeurlDir, 'log', '-1', '--format=%cs', citeurlCommit).trim();
const citeurl = citeurlTable(git(citeurlDir, 'show', `${citeurlCommit}:${CITEURL_PATH}`));

const byIna = new Map(rows.map((row) => [row.ina.toLowerCase(), row.usc]));
const byUsc = new Map(rows.map((row) => [row.usc, row.ina]));
const disagreements = Object.entries(citeurl)
  .filter(([ina, usc]) => byIna.get(ina.toLowerCase()) !== usc)
  .map(([ina, usc]) => {
    const ours = byIna.get(ina.toLowerCase());
    const why = ours
      ? `the OLRC sets it out at ${ours}`
      : byUsc.has(usc)
        ? `the OLRC credits ${usc} to INA § ${byUsc.get(usc)}`
        : `no section of the current Code (repealed or transferred)`;
    return { ina, citeurl: usc, why };
  });
const agreed = Object.keys(citeurl).length - disagreements.length;
const missingFromCiteurl = rows
  .filter((row) => !Object.keys(citeurl).some((ina) => ina.toLowerCase() === row.ina.toLowerCase()))
  .map((row) => row.ina);

const module = `// Generated by scripts/build-ina-table.ts (npm run data:ina); do not edit.

/** Where the table comes from: the OLRC's source credit of every section of Title 8. */
export const INA_CODE_SOURCE = {
  publisher: 'Office of the Law Revision Counsel, U.S. House of Representatives',
  work: 'United States Code, Title 8 (text edition), source credits and notes',
  currentThrough: ${JSON.stringify(currentThrough)},
  licence: 'A work of the United States government: public domain (17 U.S.C. § 105)',
  repository: 'github.com/divegeek/uscode',
  path: ${JSON.stringify(OLRC_PATH)},
  commit: ${JSON.stringify(olrcCommit)},
} as const;

/** The table it was checked against, and where the two differ (the OLRC's reading is kept). */
export const INA_CODE_CROSS_CHECK = {
  repository: 'github.com/raindrum/citeurl',
  path: ${JSON.stringify(CITEURL_PATH)},
  commit: ${JSON.stringify(citeurlCommit)},
  date: ${JSON.stringify(citeurlDate)},
  licence: 'MIT License, Copyright (c) 2020 Simon Raindrum Sherred',
  agreed: ${agreed},
  disagreements: ${JSON.stringify(disagreements, null, 2).replace(/\n/g, '\n  ')},
  missingFromCiteurl: ${JSON.stringify(missingFromCiteurl)},
} as const;

/** Sections of the Act added or renumbered since the text's date, and what was searched for them. */
export const INA_CODE_LATER_SECTIONS = ${JSON.stringify(LATER_SECTIONS, null, 2)} as const;

/** Where each numbering's citation form is written down (the brief's style chooses the form). */
export const INA_CITATION_FORMS = ${JSON.stringify(CITATION_FORMS, null, 2)} as const;

/** [section of the Act, section of Title 8 (or "… note"), title of the Act]. */
export const INA_CODE_ROWS: readonly (readonly [string, string, string])[] = [
${rows.map((row) => `  ${JSON.stringify([row.ina, row.usc, row.inaTitle])},`).join('\n')}
];
`;
writeFileSync(OUTPUT, module);
console.log(
  `${rows.length} rows (current through ${currentThrough}); citeurl agrees on ${agreed}, differs on ${disagreements.length}`,
);
