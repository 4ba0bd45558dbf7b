import { describe, expect, it } from 'vitest';
import { MISSING_AUTHORITY } from '../../../../src/shared/brief/reader';
import { briefFileName, renderBriefDocx } from '../../../../src/main/export/docx';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import demo from '../../../../resources/demo/cece.json';
import { demoExportsByProfile, docxPart, docxParagraphs } from '../../../helpers/docx';
import { tempLibrary } from '../../../helpers/temp-library';
import { COURT_PROFILES } from '../../../../src/main/profiles';
import { countWords } from '../../../../src/shared/brief/word-count';
import {
  citationsIn,
  documentBlocks,
  editorState,
  heading,
  text as textNode,
  TEXT_FORMAT,
} from '../../../../src/shared/brief/editor-json';

const CA7 = COURT_PROFILES.find((profile) => profile.id === 'ca7-merits')!;

function demoBrief() {
  const { library } = tempLibrary();
  seedDemoLibrary(library);
  return { library, brief: library.briefs.get(library.briefs.list()[0]!.id) };
}

async function demoDocx(): Promise<Uint8Array> {
  const { library, brief } = demoBrief();
  return renderBriefDocx(brief, library.authorities.getMany, CA7);
}

describe('Word export', () => {
  it('writes the demo brief’s headings and paragraphs, citations in full with italic case names', async () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const brief = library.briefs.get(library.briefs.list()[0]!.id);
    const bytes = await renderBriefDocx(brief, library.authorities.getMany, CA7);
    const xml = await docxPart(bytes);
    const text = await docxParagraphs(bytes);
    expect(text).toContain('Interest of Amicus Curiae');
    expect(text.join('\n')).toContain('Gatimi v. Holder, 578 F.3d 611, 615–16 (7th Cir. 2009)');
    expect(text.join('\n')).toContain(
      // The second cite repeats the pin, so Id. stands alone (Bluepages B10.2).
      'See INS v. Cardoza-Fonseca, 480 U.S. 421, 440 (1987). An applicant need show only a reasonable possibility of persecution. Id.',
    );
    // A later citation of an authority already cited in full takes the short form.
    expect(text.join('\n')).toMatch(
      /Acosta, 19 I\. & N\. Dec\. at 233|Acosta, 19 I\. & N\. Dec\. 211, 233/,
    );
    expect(text.join('\n')).not.toContain('..');
    expect(xml).toMatch(/<w:i\/>.{0,200}<w:t[^>]*>Gatimi v. Holder<\/w:t>/s);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Quote"');
  });

  it('marks a citation whose authority is gone instead of failing', async () => {
    const { library } = tempLibrary();
    const brief = library.briefs.create(
      'Orphan',
      null,
      JSON.stringify({
        root: {
          type: 'root',
          version: 1,
          children: [
            {
              type: 'paragraph',
              version: 1,
              children: [
                {
                  type: 'citation',
                  version: 1,
                  authorityId: 999,
                  pin: '',
                  signal: '',
                  parenthetical: '',
                },
              ],
            },
          ],
        },
      }),
    );
    const text = await docxParagraphs(
      await renderBriefDocx(brief, library.authorities.getMany, CA7),
    );
    expect(text).toContain(MISSING_AUTHORITY);
  });

  it('writes the brief’s citation style', async () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const [summary] = library.briefs.list();
    library.briefs.setCitationStyle(summary!.id, 'eoir');
    const text = await docxParagraphs(
      await renderBriefDocx(library.briefs.get(summary!.id), library.authorities.getMany, CA7),
    );
    expect(text.join('\n')).toContain('Matter of Acosta, 19 I&N Dec. 211 (BIA 1985)');
  });
});

describe('the filing', () => {
  it('puts the cover alone, numbers the front matter in roman and restarts the body at 1', async () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const bytes = await renderBriefDocx(
      library.briefs.get(library.briefs.list()[0]!.id),
      library.authorities.getMany,
      CA7,
    );
    const xml = await docxPart(bytes);
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(3);
    // The cover: no footer, so no page number.
    expect(sections[0]).not.toContain('w:footerReference');
    expect(sections[0]).not.toContain('w:start=');
    expect(sections[1]).toMatch(
      /<w:pgNumType[^>]*w:start="1"[^>]*w:fmt="lowerRoman"|<w:pgNumType[^>]*w:fmt="lowerRoman"[^>]*w:start="1"/,
    );
    expect(sections[2]).toMatch(
      /<w:pgNumType[^>]*w:start="1"[^>]*w:fmt="decimal"|<w:pgNumType[^>]*w:fmt="decimal"[^>]*w:start="1"/,
    );
    const text = await docxParagraphs(bytes);
    expect(text[0]).toBe('No. 11-1989');
    expect(text).toContain(
      'BRIEF OF AMICUS CURIAE NATIONAL IMMIGRANT JUSTICE CENTER IN SUPPORT OF PETITIONER AND REVERSAL',
    );
    const styles = await docxPart(bytes, 'word/styles.xml');
    expect(styles).toContain('w:ascii="Century Schoolbook"');
    expect(styles).toContain('<w:sz w:val="24"/>');
  });

  it('certifies the FRAP 32(f) count of the document it is in, footnotes included', async () => {
    const bytes = await demoDocx();
    const text = await docxParagraphs(bytes);
    // Counted: everything from the body's first heading to the signature block, and the footnotes.
    const start = text.indexOf('Interest of Amicus Curiae');
    const end = text.findIndex((paragraph) => paragraph.startsWith('Dated:'));
    const footnotes = await docxParagraphs(bytes, 'word/footnotes.xml');
    const counted = [...text.slice(start, end), ...footnotes].reduce(
      (sum, paragraph) => sum + countWords(paragraph),
      0,
    );
    const certificate = text.find((paragraph) => paragraph.includes('type-volume limit'));
    expect(certificate).toBe(
      `This brief complies with the type-volume limit of Fed. R. App. P. 29(a)(5) and Circuit Rule 29 because, excluding the parts of the brief exempted by Fed. R. App. P. 32(f), it contains ${counted.toLocaleString('en-US')} words.`,
    );
    // After the statement of interest: the authority to file, then the Rule 29(a)(4)(E) statement.
    const rule29 = text.indexOf('Rule 29(a)(4)(E) Statement');
    expect(text[rule29 - 1]).toBe('All parties have consented to the filing of this brief.');
    expect(text[rule29 + 2]).toBe('Summary of Argument');
  });

  it('writes real footnotes, their citations resolved where the reader meets them', async () => {
    const bytes = await demoDocx();
    const xml = await docxPart(bytes);
    const references = [...xml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(references).toEqual(['1', '2', '3']);
    const footnotes = (await docxParagraphs(bytes, 'word/footnotes.xml')).filter(Boolean);
    expect(footnotes).toHaveLength(3);
    // The second footnote follows a citation of Kasinga in the text: Id.
    expect(footnotes[1]).toMatch(/Kasinga, whose members .* Id\. at 365\.$/);
    expect(footnotes[0]).toContain('See Matter of C-A-, 23 I. & N. Dec. 951, 955–56 (BIA 2006)');
    expect(await docxPart(bytes, 'word/footnotes.xml')).toContain('w:val="FootnoteText"');
  });

  it('keeps the tables live: TOC, a TA field at every citation, a TOA field per category', async () => {
    const bytes = await demoDocx();
    const xml = await docxPart(bytes);
    const footnotesXml = await docxPart(bytes, 'word/footnotes.xml');
    const instructions = (part: string) =>
      [...part.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)]
        .map((m) => m[1] ?? '')
        .join('')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .split(/(?= (?:TA|TOA|TOC|PAGE) )/)
        .map((field) => field.trim());
    const fields = [...instructions(xml), ...instructions(footnotesXml)];
    expect(fields).toContain('TOC \\o "1-3" \\h');
    expect(fields.filter((field) => field.startsWith('TOA '))).toEqual([
      'TOA \\h \\c "1" \\p',
      'TOA \\h \\c "2" \\p',
      'TOA \\h \\c "6" \\p',
      'TOA \\h \\c "3" \\p',
    ]);
    const marks = fields.filter((field) => field.startsWith('TA '));
    const { library, brief } = demoBrief();
    const citations = documentBlocks(brief.content).flatMap((block) => [
      ...citationsIn(block.inlines),
    ]);
    expect(citations.length).toBeGreaterThanOrEqual(25);
    expect(marks).toHaveLength(citations.length);
    // The first TA of an authority carries its long citation; the rest only its key.
    const cited = new Set(citations.map((c) => c.authorityId));
    expect(cited.size).toBeGreaterThanOrEqual(12);
    expect(marks.filter((mark) => mark.includes('\\l '))).toHaveLength(cited.size);
    expect(marks).toContain(
      'TA \\l "Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)" \\s "Gatimi" \\c 1',
    );
    expect(marks).toContain('TA \\s "Gatimi" \\c 1');
    expect(marks.some((mark) => /^TA .*\\c 6$/.test(mark))).toBe(true);
    const kinds = new Set(library.authorities.getMany([...cited]).map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['agency', 'case', 'regulation', 'secondary', 'statute']);
    // The TA field opens the citation, so a citation split by a page break counts where it starts.
    expect(xml).toMatch(
      /Gatimi v\. Holder<\/w:instrText>.{0,600}?<w:fldChar w:fldCharType="end"\/><\/w:r><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>See<\/w:t>/s,
    );
    // Word updates the fields, page numbers included, when the document opens.
    expect(await docxPart(bytes, 'word/settings.xml')).toMatch(
      /<w:updateFields(?: w:val="(?:true|1)")?\/>/,
    );
  });

  it('writes each table’s entries before Word updates it: grouped, sorted, with pages', async () => {
    const text = await docxParagraphs(await demoDocx());
    const tables = text.slice(
      text.indexOf('Table of Contents'),
      text.indexOf('Interest of Amicus Curiae'),
    );
    expect(tables).toContain('Table of Authoritiesiii');
    expect(tables).toContain('Interest of Amicus Curiae1');
    expect(tables.some((line) => /^II\. The Board’s social-visibility .*\d$/.test(line))).toBe(
      true,
    );
    const cases = tables.slice(tables.indexOf('Cases') + 1, tables.indexOf('Statutes'));
    // In the order Word's refresh gives them: by the long citation, character by character.
    expect(cases.map((entry) => entry.replace(/[\d, ]+$|passim$/, ''))).toEqual([
      'Benitez Ramos v. Holder, 589 F.3d 426 (7th Cir. 2009)',
      'Escobar v. Holder, 657 F.3d 537 (7th Cir. 2011)',
      'Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009)',
      'Hassan v. Gonzales, 484 F.3d 513 (8th Cir. 2007)',
      'INS v. Cardoza-Fonseca, 480 U.S. 421 (1987)',
      'Lwin v. INS, 144 F.3d 505 (7th Cir. 1998)',
      'Matter of A-M-E- & J-G-U-, 24 I. & N. Dec. 69 (BIA 2007)',
      'Matter of Acosta, 19 I. & N. Dec. 211 (BIA 1985), overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)',
      'Matter of C-A-, 23 I. & N. Dec. 951 (BIA 2006)',
      'Matter of Kasinga, 21 I. & N. Dec. 357 (BIA 1996)',
      'Matter of S-E-G-, 24 I. & N. Dec. 579 (BIA 2008)',
      'Sepulveda v. Gonzales, 464 F.3d 770 (7th Cir. 2006)',
      'Valdiviezo-Galdamez v. Att’y Gen. of the U.S., 663 F.3d 582 (3d Cir. 2011)',
    ]);
    expect(tables).toContain('Regulations');
    expect(tables).toContain('Other Authorities');
  });
});

describe('the demo brief as exported', () => {
  /** The cover: the paragraphs up to its last line, "Counsel for Amicus Curiae". */
  const cover = (text: string[]) => text.slice(0, text.indexOf('Counsel for Amicus Curiae') + 1);

  it('says en banc on its cover, from the demo’s enBanc flag (regression)', async () => {
    expect((demo.brief.metadata as { enBanc?: boolean }).enBanc).toBe(true);
    const { library, brief } = demoBrief();
    const enBanc = cover(await docxParagraphs(await demoDocx()));
    expect(enBanc).toContain('On Rehearing En Banc');
    // The flag, not fixed text, puts it there: without it the cover says nothing of en banc.
    library.briefs.setMetadata(brief.id, { ...brief.metadata, enBanc: false });
    const panel = await renderBriefDocx(
      library.briefs.get(brief.id),
      library.authorities.getMany,
      CA7,
    );
    expect(cover(await docxParagraphs(panel)).join('\n')).not.toMatch(/en banc/i);
  });

  it('names Heartland Alliance as NIJC’s parent in every disclosure form, as its interest statement does (regression)', async () => {
    const interest = demo.snippets[0]!.blocks.flatMap((block) => ('p' in block ? block.p : []));
    expect(interest.join(' ')).toContain('(NIJC), a program of Heartland Alliance,');
    expect(demo.brief.metadata.amici[0]!.parents).toMatch(/^Heartland Alliance\b/);
    for (const { profile, bytes } of await demoExportsByProfile()) {
      const text = await docxParagraphs(bytes);
      const disclosure = text.filter((line) => /parent corporation/.test(line));
      expect(disclosure, profile.id).toHaveLength(1);
      expect(disclosure[0], profile.id).toMatch(
        /National Immigrant Justice Center(’s parent corporation is|: \(i\) parent corporation:) Heartland Alliance for Human Needs & Human Rights/,
      );
      expect(disclosure[0], profile.id).not.toMatch(
        /no parent corporation|parent corporation: none/,
      );
      expect(text.join('\n'), profile.id).toContain('(NIJC), a program of Heartland Alliance,');
    }
  });
});

describe('what the attorney must still supply', () => {
  it('is highlighted, and the italic Id.’s period is italic where the sentence’s period stands for it', async () => {
    const xml = await docxPart(await demoDocx());
    // The demo has no filing date yet: its date lines are blanks to fill, highlighted.
    expect(xml).toMatch(
      /<w:highlight w:val="yellow"\/>(?:<[^>]+>)*<w:t[^>]*>Dated: ________<\/w:t>/,
    );
    // "... reasonable possibility of persecution. Id." — the period is the sentence's, in italics.
    expect(xml).toMatch(
      /<w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>Id<\/w:t><\/w:r><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>\.<\/w:t>/,
    );
  });
});

describe('headings', () => {
  /** Each Heading 1 paragraph's runs: text, and whether capitals are turned off. */
  const mainHeadings = (xml: string) =>
    [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/gs)].map(
      ([paragraph]) =>
        [...paragraph.matchAll(/<w:r>(.*?)<\/w:r>/gs)]
          .map(([, run = '']) => ({
            text: /<w:t[^>]*>([^<]*)<\/w:t>/.exec(run)?.[1] ?? '',
            caps: /<w:caps w:val="(?:0|false)"\/>/.test(run)
              ? 'off'
              : /<w:caps/.test(run)
                ? 'set'
                : 'style',
          }))
          .filter((run) => run.text),
    );

  it('keeps a heading’s text as written, a rule’s subdivisions out of Heading 1’s capitals, in every profile', async () => {
    for (const { profile, bytes } of await demoExportsByProfile()) {
      const headings = mainHeadings(await docxPart(bytes));
      expect(headings.length, profile.id).toBeGreaterThanOrEqual(8);
      expect(headings).toContainEqual([
        { text: 'Rule 29', caps: 'style' },
        { text: '(a)(4)(E)', caps: 'off' },
        { text: ' Statement', caps: 'style' },
      ]);
      expect(headings).toContainEqual([{ text: 'Interest of Amicus Curiae', caps: 'style' }]);
      // Only subdivisions turn capitals off, and nothing turns them on against the style.
      expect(
        headings.flat().filter((run) => run.caps !== 'style'),
        profile.id,
      ).toEqual([{ text: '(a)(4)(E)', caps: 'off' }]);
    }
  });

  it('splits a written main heading the same way, keeping its formatting on each run', async () => {
    const { library } = tempLibrary();
    const brief = library.briefs.create(
      'Headings',
      null,
      JSON.stringify(
        editorState([
          heading(
            1,
            textNode('Under 8 U.S.C. § 1101(a)(42)(A) and Rule 32(a)(7)', TEXT_FORMAT.italic),
          ),
          heading(2, textNode('Rule 29(a)(2)')),
        ]),
      ),
    );
    const xml = await docxPart(await renderBriefDocx(brief, library.authorities.getMany, CA7));
    expect(mainHeadings(xml)).toContainEqual([
      { text: 'Under 8 U.S.C. § 1101', caps: 'style' },
      { text: '(a)(42)(A)', caps: 'off' },
      { text: ' and Rule 32', caps: 'style' },
      { text: '(a)(7)', caps: 'off' },
    ]);
    expect(xml).toMatch(
      /<w:i\/><w:iCs\/><w:caps w:val="(?:0|false)"\/><\/w:rPr><w:t[^>]*>\(a\)\(42\)\(A\)/,
    );
    // Heading 2 is not in capitals: its text is one run.
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading2"\/>.*?<w:r><w:t[^>]*>Rule 29\(a\)\(2\)<\/w:t><\/w:r>/s,
    );
  });
});

describe('briefFileName', () => {
  it('keeps readable titles and removes what file systems refuse', () => {
    expect(briefFileName('Cece v. Holder — Brief of Amicus')).toBe(
      'Cece v. Holder — Brief of Amicus.docx',
    );
    expect(briefFileName('a/b\\c:d*e?f"g<h>i|j\u0001')).toBe('a b c d e f g h i j.docx');
    expect(briefFileName('   ...  ')).toBe('Brief.docx');
    expect(briefFileName('x'.repeat(300))).toHaveLength(125);
  });
});
