/**
 * Builds src/shared/citations/data/reporters-db.ts from the Free Law Project's reporters-db and
 * courts-db (both BSD-2-Clause): the reporters with their variant spellings and years, the
 * codes and session laws, the journals, and the courts' citation strings, in the compact form
 * the extractor reads. Run by hand when upstream changes (see the README):
 *
 *   npx tsx scripts/reporters-data.ts --reporters-db PATH --courts-db PATH
 *
 * PATH is a clone or a bare git directory of each repository; its HEAD is read and recorded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Edition {
  start: string | null;
  end: string | null;
}
interface ReporterEntry {
  cite_type: string;
  editions: Record<string, Edition>;
  variations?: Record<string, string>;
}
interface LawEntry {
  cite_type: string;
  regexes?: string[];
  variations?: string[];
}
interface JournalEntry {
  variations?: string[];
}
interface CourtEntry {
  citation_string?: string;
}

/** reporters-db's cite types, one letter each in the generated table. */
const REPORTER_KINDS: Record<string, string> = {
  federal: 'f',
  state: 's',
  state_regional: 'r',
  neutral: 'n',
  specialty: 'x',
  specialty_west: 'w',
  specialty_lexis: 'l',
  scotus_early: 'e',
};

/**
 * Treatises cited by volume, title and section ("3 Am. Jur. 2d Aliens and Citizens § 1502"):
 * reporters-db lists no treatises, so these few are named here (Bluebook Rule 15.8(a) and T16).
 */
const TREATISES = [
  { canonical: 'Am. Jur.', variants: ['Am.Jur.', 'Am Jur'] },
  { canonical: 'Am. Jur. 2d', variants: ['Am.Jur.2d', 'Am. Jur.2d', 'Am Jur 2d'] },
  { canonical: 'C.J.S.', variants: ['CJS', 'C. J. S.'] },
];

function argument(name: string): string {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  if (!value) throw new Error(`Usage: tsx scripts/reporters-data.ts ${name} PATH …`);
  return value;
}

function gitDir(path: string): string {
  return existsSync(join(path, '.git')) ? join(path, '.git') : path;
}

function git(path: string, ...args: string[]): string {
  return execFileSync('git', [`--git-dir=${gitDir(path)}`, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function readJson<T>(repo: string, file: string): T {
  return JSON.parse(git(repo, 'show', `HEAD:${file}`)) as T;
}

function year(date: string | null): string {
  return date ? date.slice(0, 4) : '';
}

/** One line a record, fields separated by tabs; nothing in the data holds a tab or a newline. */
function rows(records: string[][]): string {
  for (const record of records)
    for (const field of record)
      if (/[\t\n`\\]|\$\{/.test(field)) throw new Error(`Cannot encode ${JSON.stringify(field)}`);
  return records.map((record) => record.join('\t')).join('\n');
}

/**
 * How a law is cited, from its reporters-db pattern: "t" title, code, section (8 U.S.C. § 1158);
 * "s" code then section (Conn. Gen. Stat. § 46b-15); "v" volume or year, code, page (119 Stat.
 * 231); "x" code, subject, section (Cal. Penal Code § 187); "c" code, chapter or title, section
 * (Mass. Gen. Laws ch. 151B, § 4); "a" code, article (La. Civ. Code Ann. art. 2315); "p" a public
 * law's number (Pub. L. No. 109-13).
 */
function lawForm(regexes: readonly string[]): string | null {
  for (const regex of regexes) {
    if (/\$law_subject/.test(regex)) return 'x';
    if (/^\(\?P<(?:title|chapter)>[^)]*\)(?:,\?)?(?:\\s\+| )\$reporter/.test(regex)) return 't';
    if (/^\$reporter \\s\*\(\?:No/.test(regex)) return 'p';
    if (/^\$reporter (?:tit|ch)\\\./.test(regex)) return 'c';
    if (/^\$reporter art/.test(regex)) return 'a';
    if (/^\$reporter,? § \$law_section/.test(regex)) return 's';
    if (/^(?:\$volume|\$law_year|\(\?P<issue>\\d\+\)) \$reporter \$page/.test(regex)) return 'v';
  }
  return null;
}

const LAW_KINDS: Record<string, string> = {
  leg_statute: 'statute',
  leg_session: 'session',
  leg_act: 'statute',
  admin_compilation: 'regulation',
  admin_register: 'register',
  municipal: 'regulation',
};

function main(): void {
  const reportersRepo = argument('--reporters-db');
  const courtsRepo = argument('--courts-db');
  const reportersCommit = git(reportersRepo, 'rev-parse', 'HEAD').trim();
  const courtsCommit = git(courtsRepo, 'rev-parse', 'HEAD').trim();

  const reporters = readJson<Record<string, ReporterEntry[]>>(
    reportersRepo,
    'reporters_db/data/reporters.json',
  );
  const editions: string[][] = [];
  const variants: string[][] = [];
  for (const entries of Object.values(reporters)) {
    for (const entry of entries) {
      const kind = REPORTER_KINDS[entry.cite_type];
      if (!kind) throw new Error(`Unknown cite type ${entry.cite_type}`);
      const local = new Map<string, number>();
      for (const [name, edition] of Object.entries(entry.editions)) {
        local.set(name, editions.length);
        editions.push([name, kind, year(edition.start), year(edition.end)]);
      }
      for (const [variant, name] of Object.entries(entry.variations ?? {})) {
        const index = local.get(name);
        if (index !== undefined && variant !== name) variants.push([variant, String(index)]);
      }
    }
  }

  const laws = readJson<Record<string, LawEntry[]>>(reportersRepo, 'reporters_db/data/laws.json');
  const lawRows: string[][] = [];
  for (const [name, entries] of Object.entries(laws)) {
    for (const entry of entries) {
      const kind = LAW_KINDS[entry.cite_type];
      const form = lawForm(entry.regexes ?? []);
      if (!kind || !form) continue;
      // "Cal. Code", "N.Y. Law", "Tex. Code Ann.": the subject's words go between prefix and suffix.
      const canonical = form === 'x' ? name.replace(/^(\S+)\s+/, '$1 * ') : name;
      lawRows.push([canonical, kind, form, (entry.variations ?? []).join('|')]);
    }
  }

  const journals = readJson<Record<string, JournalEntry[]>>(
    reportersRepo,
    'reporters_db/data/journals.json',
  );
  const journalRows = Object.entries(journals).map(([name, entries]) => [
    name,
    entries.flatMap((entry) => entry.variations ?? []).join('|'),
  ]);
  const treatiseRows = TREATISES.map(({ canonical, variants: spellings }) => [
    canonical,
    spellings.join('|'),
  ]);

  const courts = readJson<CourtEntry[]>(courtsRepo, 'courts_db/data/courts.json');
  const courtStrings = [
    ...new Set(
      courts
        .map((court) => court.citation_string?.trim() ?? '')
        .filter((citation) => citation.length > 0),
    ),
  ].sort();

  const module = `// Generated by scripts/reporters-data.ts; do not edit. Run it again to update (README).
// From the Free Law Project's reporters-db (${reportersCommit}) and courts-db (${courtsCommit}),
// each under the BSD 2-Clause licence: Copyright (c) 2014 and (c) 2020, Free Law Project. Their
// licence texts are in ./licences.ts, shown in the app's About dialog.

export const REPORTERS_DB_COMMIT = '${reportersCommit}';
export const COURTS_DB_COMMIT = '${courtsCommit}';

/** Reporter editions: abbreviation, kind (see REPORTER_KINDS in the script), first and last year. */
export const EDITIONS = \`${rows(editions)}\`;

/** Other spellings of an edition: the spelling and the edition's line number in EDITIONS. */
export const VARIANTS = \`${rows(variants)}\`;

/** Codes and session laws: abbreviation ("*" for a subject's words), kind, form, other spellings. */
export const LAWS = \`${rows(lawRows)}\`;

/** Law reviews and journals: abbreviation and other spellings. */
export const JOURNALS = \`${rows(journalRows)}\`;

/** Treatises cited by volume, title and section. */
export const TREATISES = \`${rows(treatiseRows)}\`;

/** Courts as citations name them in the date parenthetical. */
export const COURTS = \`${rows(courtStrings.map((court) => [court]))}\`;
`;
  const dataDir = join(__dirname, '..', 'src', 'shared', 'citations', 'data');
  const out = join(dataDir, 'reporters-db.ts');
  writeFileSync(out, module);
  const licence = (repo: string) => JSON.stringify(git(repo, 'show', 'HEAD:LICENSE').trim());
  writeFileSync(
    join(dataDir, 'licences.ts'),
    `// Generated by scripts/reporters-data.ts; do not edit.

/** The licences of the data the citation tables are derived from, as their authors wrote them. */
export const DATA_LICENCES = [
  {
    work: 'reporters-db',
    by: 'Free Law Project',
    url: 'https://github.com/freelawproject/reporters-db',
    commit: '${reportersCommit}',
    text: ${licence(reportersRepo)},
  },
  {
    work: 'courts-db',
    by: 'Free Law Project',
    url: 'https://github.com/freelawproject/courts-db',
    commit: '${courtsCommit}',
    text: ${licence(courtsRepo)},
  },
] as const;
`,
  );
  console.log(
    `${editions.length} editions, ${variants.length} variants, ${lawRows.length} laws, ${journalRows.length} journals, ${courtStrings.length} courts -> ${out} (${module.length} bytes)`,
  );
}

main();
