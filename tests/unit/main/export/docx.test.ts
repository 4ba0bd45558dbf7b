import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { briefFileName, renderBriefDocx } from '../../../../src/main/export/docx';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import { tempLibrary } from '../../../helpers/temp-library';

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

/** The document's text with runs joined, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('Word export', () => {
  it('writes the demo brief’s headings and paragraphs, citations in full with italic case names', async () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const brief = library.briefs.get(library.briefs.list()[0]!.id);
    const xml = await documentXml(await renderBriefDocx(brief, library.authorities.getMany));
    const text = paragraphs(xml);
    expect(text).toContain('Interest of Amicus Curiae');
    expect(text.join('\n')).toContain('Gatimi v. Holder, 578 F.3d 611, 615–16 (7th Cir. 2009)');
    expect(text.join('\n')).toContain('See INS v. Cardoza-Fonseca, 480 U.S. 421, 440 (1987)');
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
    const xml = await documentXml(await renderBriefDocx(brief, library.authorities.getMany));
    expect(paragraphs(xml)).toContain('[citation to a deleted authority]');
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
