import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../../src/main/import/document-text';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import { extractCitations } from '../../../../src/shared/citations/extract';
import {
  authorityFromExtracted,
  authorityKey,
} from '../../../../src/shared/citations/to-authority';
import { AuthorityFields } from '../../../../src/shared/library';
import { tempLibrary } from '../../../helpers/temp-library';

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
