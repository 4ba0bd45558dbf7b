import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderBriefDocx } from '../../../../src/main/export/docx';
import { documentText } from '../../../../src/main/import/document-text';
import { DOCX_LIMITS, docxText, NOT_DOCX, TOO_LARGE } from '../../../../src/main/import/docx-text';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import { COURT_PROFILES } from '../../../../src/main/profiles';
import { extractCitations } from '../../../../src/shared/citations/extract';
import {
  authorityFromExtracted,
  authorityKey,
} from '../../../../src/shared/citations/to-authority';
import { AuthorityFields } from '../../../../src/shared/library';
import { textOf } from '../../../helpers/docx';
import { tempLibrary } from '../../../helpers/temp-library';
import { repeatingZip } from '../../../helpers/zip';

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('documentText', () => {
  it('reads a Word document’s body and footnotes', async () => {
    const doc = new Document({
      footnotes: {
        1: {
          children: [new Paragraph('See Gatimi v. Holder, 578 F.3d 611, 615 (7th Cir. 2009).')],
        },
      },
      sections: [
        {
          children: [
            new Paragraph({
              children: [new TextRun('Social visibility & more.'), new FootnoteReferenceRun(1)],
            }),
          ],
        },
      ],
    });
    const text = await documentText('brief.docx', base64(await Packer.toBuffer(doc)));
    expect(text).toContain('Social visibility & more.');
    expect(extractCitations(text)).toEqual([
      expect.objectContaining({ name: 'Gatimi v. Holder', pin: '615' }),
    ]);
  });

  it('reads plain text in UTF-8, with or without a byte-order mark, and falls back to Latin-1', async () => {
    expect(await documentText('a.txt', base64('\uFEFFCéce'))).toBe('Céce');
    expect(
      await documentText('a.txt', Buffer.from([0x43, 0xe9, 0x63, 0x65]).toString('base64')),
    ).toBe('Céce');
  });

  it('refuses other files and broken Word documents with a clear message', async () => {
    await expect(documentText('scan.pdf', base64('%PDF'))).rejects.toThrow(
      /plain-text \(\.txt\) and Word \(\.docx\)/,
    );
    await expect(documentText('broken.docx', base64('not a zip'))).rejects.toThrow(
      /not a readable Word document/,
    );
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word package as docx writes it, with its body (and any other part) replaced. */
async function withBody(
  xml: string | Buffer,
  extra: Record<string, string> = {},
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(
    await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] })),
  );
  zip.file('word/document.xml', xml);
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const body = (paragraphs: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`;

// A slow or shared machine must not fail these: the limits are far above what a linear reader needs.
const GENEROUS = 30_000;

describe('documentText on Word documents that are damaged or hostile', () => {
  it(
    'reads a brief Amicus exported, body and footnotes, as Word shows it',
    async () => {
      const { library } = tempLibrary();
      seedDemoLibrary(library);
      const brief = library.briefs.get(library.briefs.list()[0]!.id);
      const bytes = await renderBriefDocx(brief, library.authorities.getMany, COURT_PROFILES[0]!);
      const text = await documentText('Cece.docx', base64(bytes));
      const [bodyText, notes] = text.split(/\n\n(?=[^\n]*The Board did so)/);
      expect(bodyText).toContain('Interest of Amicus Curiae');
      expect(bodyText).toContain('Summary of Argument');
      expect(notes).toMatch(/^The Board did so without asking whether the group was visible/);
      expect(notes).toContain('whose members were likewise defined in part by the harm');
      // The same paragraphs, in order, as a reader of the raw parts finds them.
      const zip = await JSZip.loadAsync(bytes);
      const paragraphs = async (part: string) =>
        [...((await zip.file(part)!.async('string')).matchAll(/<w:p[ >].*?<\/w:p>/gs) ?? [])]
          .map((p) => textOf(p[0]))
          .join('\n');
      expect(text.replace(/\u00a0/g, ' ').replace(/\t/g, '')).toBe(
        `${await paragraphs('word/document.xml')}\n\n${(await paragraphs('word/footnotes.xml')).replace(/^\n+/, '')}`,
      );
    },
    GENEROUS,
  );

  it(
    'keeps tabs and breaks, skips tab stops and deleted text, and reads a text box’s paragraph',
    async () => {
      const xml = body(
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
          '<w:r><w:t>A</w:t><w:tab/><w:t xml:space="preserve">B &amp; C</w:t><w:br/><w:t>D</w:t></w:r>' +
          '<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>' +
          '<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>' +
          '<w:r><w:t>&#x201C;E&#8221;</w:t></w:r></w:p>',
      );
      expect(await docxText(await withBody(xml))).toBe('boxed\nA\tB & C\nD“E”');
    },
    GENEROUS,
  );

  // Regression: `<w:p[ >][\s\S]*?<\/w:p>` went over the rest of the part from every unclosed
  // paragraph; a 3.3 KB file of them froze the app for 22 seconds.
  it(
    'refuses a body of 400,000 unclosed paragraphs at once, and reads 200,000 paragraphs in linear time',
    async () => {
      const unclosed = await withBody(body('<w:p>'.repeat(400_000)));
      expect(unclosed.length).toBeLessThan(20_000);
      await expect(documentText('a.docx', base64(unclosed))).rejects.toThrow(NOT_DOCX);
      const closed = await withBody(body('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(200_000)));
      expect(await documentText('a.docx', base64(closed))).toBe(
        Array(200_000).fill('x').join('\n'),
      );
      // Nor after the parse: 200,000 empty paragraphs, then one line of text.
      const empty = body(`${'<w:p/>'.repeat(200_000)}<w:p><w:r><w:t>x</w:t></w:r></w:p>`);
      expect(await documentText('a.docx', base64(await withBody(empty)))).toBe('x');
    },
    GENEROUS,
  );

  it(
    'refuses a zip bomb as too large without inflating it: 1.1 GB of zeros in 1 MB',
    async () => {
      const bomb = repeatingZip(
        'word/document.xml',
        `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>`,
        Buffer.alloc(1 << 20, '0'),
        1100,
      );
      expect(bomb.length).toBeLessThan(2 * 2 ** 20);
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      try {
        await expect(documentText('bomb.docx', base64(bomb))).rejects.toThrow(TOO_LARGE);
      } finally {
        clearInterval(sampler);
      }
      // Inflating it whole would take 1.1 GB; reading up to the 50 MB limit, a fraction of that.
      expect(peak - before).toBeLessThan(600 * 2 ** 20);
    },
    GENEROUS,
  );

  it(
    'refuses a file that is not a zip, malformed XML, bad character references, bytes that are not UTF-8',
    async () => {
      const files: Record<string, Uint8Array> = {
        'not a zip': Buffer.from('PK\u0003\u0004 but nothing after'),
        'no body': await new JSZip().file('a.txt', 'a').generateAsync({ type: 'uint8array' }),
        unclosed: await withBody(body('<w:p><w:r><w:t>a</w:t></w:r>')),
        mismatched: await withBody(body('<w:p><w:r></w:p></w:r>')),
        'huge reference': await withBody(body('<w:p><w:r><w:t>&#xFFFFFFF;</w:t></w:r></w:p>')),
        'NUL reference': await withBody(body('<w:p><w:r><w:t>&#0;</w:t></w:r></w:p>')),
        'undefined entity': await withBody(body('<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>')),
        'bad footnotes': await withBody(body(''), { 'word/footnotes.xml': '<w:footnotes' }),
        'Latin-1': await withBody(
          Buffer.from(body('<w:p><w:r><w:t>C\u00e9ce</w:t></w:r></w:p>'), 'latin1'),
        ),
      };
      for (const [what, file] of Object.entries(files))
        await expect(docxText(file), what).rejects.toThrow(NOT_DOCX);
      // Through the worker, as the app reads it: the same answer.
      await expect(documentText('a.docx', base64(files['huge reference']!))).rejects.toThrow(
        NOT_DOCX,
      );
    },
    GENEROUS,
  );

  it('refuses a package of more parts than a Word document has', async () => {
    const zip = await JSZip.loadAsync(await withBody(body('')));
    const parts = Object.keys(zip.files).length;
    const limits = { ...DOCX_LIMITS, parts };
    await expect(docxText(await zip.generateAsync({ type: 'uint8array' }), limits)).resolves.toBe(
      '',
    );
    zip.file('word/media/image1.png', '');
    await expect(docxText(await zip.generateAsync({ type: 'uint8array' }), limits)).rejects.toThrow(
      NOT_DOCX,
    );
  });

  it('gives up on a document that takes longer than its time limit', async () => {
    await expect(
      documentText('a.docx', base64(await withBody(body(''))), { timeLimitMs: 1 }),
    ).rejects.toThrow('This Word document took too long to read; it may be damaged.');
  });
});

describe('matching found citations to the library', () => {
  it('finds what the library already has and nothing else', () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const found = extractCitations(
      'Gatimi v. Holder, 578 F.3d 611 (7th Cir. 2009); Paloka v. Holder, 762 F.3d 191 (2d Cir. 2014); 8 U.S.C. § 1158(b)(1)(B)(i); Id.',
    );
    const fields = found.map((citation) => authorityFromExtracted(citation));
    expect(fields.at(-1)).toBeNull();
    const ids = library.authorities.match(fields.flatMap((f) => (f ? [authorityKey(f)] : [])));
    expect(ids.map((id) => id !== null)).toEqual([true, false, true]);

    const added = library.authorities.create(AuthorityFields.parse(fields[1]));
    expect(added).toMatchObject({
      kind: 'case',
      name: 'Paloka v. Holder',
      volume: '762',
      court: '2d Cir.',
      year: 2014,
    });
    expect(library.authorities.match([authorityKey(fields[1]!)])).toEqual([added.id]);
  });
});
