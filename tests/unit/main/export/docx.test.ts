import { describe, expect, it } from 'vitest';
import { briefFileName, renderBriefDocx } from '../../../../src/main/export/docx';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import { docxPart, docxParagraphs } from '../../../helpers/docx';
import { tempLibrary } from '../../../helpers/temp-library';

describe('Word export', () => {
  it('writes the demo brief’s headings and paragraphs, citations in full with italic case names', async () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const brief = library.briefs.get(library.briefs.list()[0]!.id);
    const bytes = await renderBriefDocx(brief, library.authorities.getMany);
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
    const text = await docxParagraphs(await renderBriefDocx(brief, library.authorities.getMany));
    expect(text).toContain('[citation to a deleted authority]');
  });

  it('writes the brief’s citation style', async () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const [summary] = library.briefs.list();
    library.briefs.setCitationStyle(summary!.id, 'eoir');
    const text = await docxParagraphs(
      await renderBriefDocx(library.briefs.get(summary!.id), library.authorities.getMany),
    );
    expect(text.join('\n')).toContain('Matter of Acosta, 19 I&N Dec. 211 (BIA 1985)');
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
