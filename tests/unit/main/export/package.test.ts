import { beforeAll, describe, expect, it } from 'vitest';
import { COURT_PROFILES } from '../../../../src/main/profiles';
import { demoExportsByProfile, docxPart } from '../../../helpers/docx';

let exports: Awaited<ReturnType<typeof demoExportsByProfile>>;

beforeAll(async () => {
  exports = await demoExportsByProfile();
});

describe('the packed parts, in every court profile’s export', () => {
  it('covers every profile', () => {
    expect(exports.map(({ profile }) => profile.id)).toEqual(COURT_PROFILES.map(({ id }) => id));
  });

  it('writes separator notes that hold their separator run and nothing else', async () => {
    for (const { profile, bytes } of exports) {
      for (const note of ['footnote', 'endnote']) {
        const xml = await docxPart(bytes, `word/${note}s.xml`);
        const separators = Object.fromEntries(
          [
            ...xml.matchAll(
              new RegExp(
                `<w:${note} ([^>]*w:type="(?:separator|continuationSeparator)"[^>]*)>(.*?)</w:${note}>`,
                'gs',
              ),
            ),
          ].map((match) => [match[1], match[2]]),
        );
        const runs = (content = '') => [...content.matchAll(/<w:r>.*?<\/w:r>/gs)].map((m) => m[0]);
        expect(separators, `${profile.id} ${note}`).toEqual({
          'w:type="separator" w:id="-1"': expect.any(String),
          'w:type="continuationSeparator" w:id="0"': expect.any(String),
        });
        expect(runs(separators['w:type="separator" w:id="-1"'])).toEqual([
          '<w:r><w:separator/></w:r>',
        ]);
        expect(runs(separators['w:type="continuationSeparator" w:id="0"'])).toEqual([
          '<w:r><w:continuationSeparator/></w:r>',
        ]);
        expect(
          xml.match(/<w:(?:footnote|endnote)Ref\/>/g) ?? [],
          `${profile.id} ${note}`,
        ).toHaveLength(note === 'footnote' ? 3 : 0);
      }
    }
  });
});
