import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocxDraft, TABLE_LINES } from '../../../../src/main/import/docx-draft';
import { NOT_DOCX, TOO_LARGE } from '../../../../src/main/import/docx-text';
import { importWordDraft } from '../../../../src/main/import/import-draft';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import {
  documentBlocks,
  inlinesToPlainText,
  type Block,
  type SerializedElement,
} from '../../../../src/shared/brief/editor-json';
import { planCitationLinks } from '../../../../src/shared/citations/link';
import { demoExportsByProfile } from '../../../helpers/docx';
import { tempLibrary } from '../../../helpers/temp-library';
import {
  footnoteReference,
  wordDocx,
  wordParagraph as p,
  wordRun as r,
} from '../../../helpers/word-draft';

const STYLES = [
  '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
  // A firm's own heading style, a heading only by its outline level, through its parent.
  '<w:style w:type="paragraph" w:styleId="PointBase"><w:name w:val="Point Base"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="BriefPoint"><w:name w:val="Brief Point"/><w:basedOn w:val="PointBase"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="BlockText"><w:name w:val="Block Text"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>',
  '<w:style w:type="character" w:styleId="CaseName"><w:name w:val="Case Name"/><w:rPr><w:i/></w:rPr></w:style>',
].join('');

const NUMBERING =
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>';
const numbered = (level: number) =>
  `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="5"/></w:numPr>`;

const text = (block: Block | undefined) => (block ? inlinesToPlainText(block.inlines) : '');

describe('readDocxDraft', () => {
  it('reads headings by style and outline level, formatting, lists, quotations and footnotes', async () => {
    const draft = await readDocxDraft(
      await wordDocx({
        styles: STYLES,
        numbering: NUMBERING,
        body: [
          p('<w:pStyle w:val="Heading1"/>', r('Argument')),
          p('<w:pStyle w:val="BriefPoint"/>', r('A. The group')),
          p('<w:outlineLvl w:val="2"/>', r('1. Set by hand')),
          p(
            '',
            r('See '),
            r('Gatimi v. Holder', '<w:rStyle w:val="CaseName"/>'),
            r(', 578 F.3d 611 (7th Cir. 2009). '),
            r('Bold', '<w:b/>'),
            r(' and '),
            r('under', '<w:u w:val="single"/>'),
            r(' and not', '<w:b w:val="0"/>'),
            footnoteReference(1),
            r(' then more.'),
          ),
          p(numbered(0), r('First')),
          p(numbered(1), r('Nested')),
          p(numbered(0), r('Second')),
          p('<w:pStyle w:val="BlockText"/>', r('A quotation by style.')),
          p('<w:ind w:left="1440" w:right="1440"/>', r('A quotation by indent.')),
          p('<w:ind w:left="5040"/>', r('/s/ Counsel')),
          p('<w:pStyle w:val="Caption"/>', r('Figure 1')),
          p(''),
          `<w:tbl><w:tr><w:tc>${p('', r('cell one'))}</w:tc><w:tc>${p('', r('cell two'))}</w:tc></w:tr></w:tbl>`,
          p('', r('Noted.'), '<w:r><w:commentReference w:id="3"/></w:r>'),
        ].join(''),
        footnotes:
          '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' +
          r(' First paragraph.') +
          '</w:p>' +
          p('', r('Second, '), r('italic', '<w:i/>'), r('.')) +
          '</w:footnote>',
        comments: `<w:comment w:id="3" w:author="A. Reviewer">${p('', r('Cite the record.'))}</w:comment>`,
      }),
    );
    expect(draft.counts).toEqual({
      headings: 3,
      paragraphs: 6,
      quotations: 2,
      listItems: 3,
      footnotes: 1,
    });
    const blocks = documentBlocks(JSON.stringify({ root: { children: draft.blocks } }));
    expect(
      blocks.map((block) => [block.kind, 'level' in block ? block.level : '', text(block)]),
    ).toEqual([
      ['heading', 1, 'Argument'],
      ['heading', 2, 'A. The group'],
      ['heading', 3, '1. Set by hand'],
      [
        'paragraph',
        '',
        'See Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009). Bold and under and not then more.',
      ],
      ['list-item', '', 'First'],
      ['list-item', '', 'Nested'],
      ['list-item', '', 'Second'],
      ['quote', '', 'A quotation by style.'],
      ['quote', '', 'A quotation by indent.'],
      ['paragraph', '', '/s/ Counsel'],
      ['paragraph', '', 'Figure 1'],
      ['paragraph', '', 'cell one'],
      ['paragraph', '', 'cell two'],
      ['paragraph', '', 'Noted. [Comment by A. Reviewer: Cite the record.]'],
    ]);
    expect(blocks.filter((block) => block.kind === 'list-item')).toMatchObject([
      { listType: 'number', depth: 0 },
      { listType: 'bullet', depth: 1 },
      { listType: 'number', depth: 0 },
    ]);
    const inlines = blocks[3]!.inlines;
    expect(inlines.filter((inline) => inline.kind === 'text' && inline.italic)).toMatchObject([
      { text: 'Gatimi v. Holder' },
    ]);
    expect(inlines.find((inline) => inline.kind === 'text' && inline.bold)).toMatchObject({
      text: 'Bold',
    });
    expect(inlines.find((inline) => inline.kind === 'text' && inline.underline)).toMatchObject({
      text: 'under',
    });
    const note = inlines.find((inline) => inline.kind === 'footnote');
    expect(note && note.kind === 'footnote' && inlinesToPlainText(note.inlines)).toBe(
      'First paragraph.\nSecond, italic.',
    );
    expect(Object.fromEntries(draft.leftAsText.map(({ what, count }) => [what, count]))).toEqual({
      'paragraphs in the style “Caption”, as body text': 1,
      'tables, their cells’ text as paragraphs one after another': 1,
      'footnotes of several paragraphs, joined by line breaks': 1,
      'comments, as bracketed text where they were made': 1,
    });
  });

  it('keeps any Unicode as written', async () => {
    const odd = 'שלום — naïve ﬁle 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍⚖️ e\u0301 \u200f';
    const draft = await readDocxDraft(await wordDocx({ body: p('', r(odd)) }));
    expect(text(documentBlocks(JSON.stringify({ root: { children: draft.blocks } }))[0])).toBe(odd);
  });

  it('refuses what is not a Word document, or is malformed, in plain words', async () => {
    await expect(readDocxDraft(new TextEncoder().encode('not a zip'))).rejects.toThrow(NOT_DOCX);
    const forbidden = await wordDocx({ body: p('', r('a&#1;b')) });
    await expect(readDocxDraft(forbidden)).rejects.toThrow(NOT_DOCX);
    const brokenNotes = await wordDocx({ body: p('', r('x')), footnotes: '<w:footnote>' });
    await expect(readDocxDraft(brokenNotes)).rejects.toThrow(NOT_DOCX);
  });

  it('stops a part that inflates past the limit before mammoth reads it', async () => {
    const zip = await JSZip.loadAsync(await wordDocx({ body: p('', r('short')) }));
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    zip.file('word/styles.xml', `<w:styles ${W}>${'<!-- padding -->'.repeat(100_000)}</w:styles>`);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(100_000);
    await expect(
      readDocxDraft(bytes, { textBytes: 1_000_000, parts: 100, depth: 100 }),
    ).rejects.toThrow(TOO_LARGE);
  });
});

describe('importWordDraft', () => {
  it('brings the demo brief back from its own export, linking its citations to the library', async () => {
    const [exported] = await demoExportsByProfile();
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const { content, report } = await importWordDraft(
      'Cece.docx',
      Buffer.from(exported!.bytes).toString('base64'),
      (keys) => library.authorities.match(keys),
    );
    const blocks = documentBlocks(content);
    const original = documentBlocks(library.briefs.get(library.briefs.list()[0]!.id).content);
    // Every heading, quotation and footnote of the brief came back.
    const headings = (list: Block[]) => list.filter((b) => b.kind === 'heading').map(text);
    expect(headings(blocks)).toEqual(expect.arrayContaining(headings(original)));
    expect(report.footnotes).toBe(3);
    const notes = blocks.flatMap((block) =>
      block.inlines.flatMap((inline) =>
        inline.kind === 'footnote' ? [inlinesToPlainText(inline.inlines)] : [],
      ),
    );
    expect(notes).toHaveLength(3);
    expect(notes.every((note) => note.length > 20)).toBe(true);
    expect(report.citationsLinked).toBeGreaterThan(20);
    expect(report.authoritiesLinked).toBeGreaterThan(10);
    expect(report.newAuthorities).toEqual([]);
    // The tables Amicus builds at export are left out, titles and all, and said to be: brought
    // in, they would be printed twice, counted as words and flagged as unlinked citations.
    expect(report.leftOut).toContainEqual(expect.objectContaining({ what: TABLE_LINES }));
    expect(headings(blocks)).not.toContain('Table of Authorities');
    expect(blocks.map(text)).not.toContain('Table of Contents');
    const stored = (JSON.parse(content) as { root: { children: SerializedElement[] } }).root;
    expect(planCitationLinks(stored.children).recognised).toBe(0);
    // The disclosure statement's title, in Word's "TOC Heading" style, is kept.
    expect(blocks.map(text)).toContainEqual(expect.stringMatching(/Disclosure Statement$/));
    library.close();
  });

  it('refuses a file that is not a .docx without reading it', async () => {
    await expect(importWordDraft('brief.doc', '', () => [])).rejects.toThrow(/\.docx/);
  });
});
