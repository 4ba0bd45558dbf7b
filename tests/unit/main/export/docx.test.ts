import { describe, expect, it } from 'vitest';
import { briefFileName, renderBriefDocx } from '../../../../src/main/export/docx';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import { docxPart, docxParagraphs } from '../../../helpers/docx';
import { tempLibrary } from '../../../helpers/temp-library';
import { COURT_PROFILES } from '../../../../src/main/profiles';
import { countWords } from '../../../../src/shared/brief/word-count';

const CA7 = COURT_PROFILES.find((profile) => profile.id === 'ca7-merits')!;

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
      'See INS v. Cardoza-Fonseca, 480 U.S. 421, 440 (1987). An applicant need show only a reasonable possibility of persecution. Id. at 440.',
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
    expect(text).toContain('[citation to a deleted authority]');
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

  it('certifies the FRAP 32(f) count of the document it is in', async () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const text = await docxParagraphs(
      await renderBriefDocx(
        library.briefs.get(library.briefs.list()[0]!.id),
        library.authorities.getMany,
        CA7,
      ),
    );
    // Counted: everything from the body's first heading to the signature block.
    const start = text.indexOf('Interest of Amicus Curiae');
    const end = text.indexOf('Respectfully submitted,');
    const counted = text
      .slice(start, end)
      .reduce((sum, paragraph) => sum + countWords(paragraph), 0);
    const certificate = text.find((paragraph) => paragraph.includes('type-volume limitation'));
    expect(certificate).toContain(
      `Circuit Rule 29 because it contains ${counted.toLocaleString('en-US')} words`,
    );
    // The statement follows the statement of interest: its heading and paragraph, then the summary.
    expect(text.indexOf('Rule 29(a)(4)(E) Statement')).toBe(
      text.indexOf('Summary of Argument') - 2,
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
