import { beforeAll, describe, expect, it } from 'vitest';
import { renderBriefDocx } from '../../../../src/main/export/docx';
import { escapeXml } from '../../../../src/main/export/package';
import { seedDemoLibrary } from '../../../../src/main/library/seed';
import { COURT_PROFILES } from '../../../../src/main/profiles';
import { Counsel } from '../../../../src/shared/brief/metadata';
import { demoExportsByProfile, docxPart } from '../../../helpers/docx';
import { tempLibrary } from '../../../helpers/temp-library';
import { packageProblem } from '../../../helpers/xml-property';

/** The document properties Word shows under File > Info, entities decoded. */
async function coreProperties(bytes: Uint8Array): Promise<Record<string, string>> {
  const xml = await docxPart(bytes, 'docProps/core.xml');
  return Object.fromEntries(
    [
      ...xml.matchAll(
        /<(dc:title|dc:creator|cp:lastModifiedBy|dc:language)(?:\/>|>([^<]*)<\/\1>)/g,
      ),
    ].map(([, name = '', value = '']) => [
      name,
      value
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    ]),
  );
}

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

describe('the document properties', () => {
  it('name the brief and its counsel of record, in US English, in every profile', async () => {
    for (const { profile, bytes } of exports) {
      expect(await coreProperties(bytes), profile.id).toEqual({
        'dc:title': 'Cece v. Holder — Brief of Amicus Curiae NIJC (7th Cir. en banc, No. 11-1989)',
        'dc:creator': 'Mary Meg McCarthy',
        'cp:lastModifiedBy': 'Mary Meg McCarthy',
        'dc:language': 'en-US',
      });
    }
  });

  it('take counsel of record over the first counsel, escape both, and name no one without counsel', async () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const { id } = library.briefs.list()[0]!;
    library.briefs.rename(id, 'Smith & Wesson <Amici> "Brief"');
    const { metadata } = library.briefs.get(id);
    const render = async () =>
      coreProperties(
        await renderBriefDocx(
          library.briefs.get(id),
          library.authorities.getMany,
          COURT_PROFILES[0]!,
        ),
      );

    library.briefs.setMetadata(id, {
      ...metadata,
      counsel: [
        Counsel.parse({ name: 'First Counsel' }),
        Counsel.parse({ name: 'O’Brien & <Partners>', ofRecord: true }),
      ],
    });
    expect(await render()).toEqual({
      'dc:title': 'Smith & Wesson <Amici> "Brief"',
      'dc:creator': 'O’Brien & <Partners>',
      'cp:lastModifiedBy': 'O’Brien & <Partners>',
      'dc:language': 'en-US',
    });

    library.briefs.setMetadata(id, {
      ...metadata,
      counsel: [Counsel.parse({ name: 'First Counsel' }), Counsel.parse({ name: 'Second' })],
    });
    expect(await render()).toMatchObject({ 'dc:creator': 'First Counsel' });

    library.briefs.setMetadata(id, { ...metadata, counsel: [] });
    expect(await render()).toMatchObject({ 'dc:creator': '', 'cp:lastModifiedBy': '' });
  });
});

describe('every part', () => {
  it('loses the characters XML cannot hold whichever string brought them, a court profile’s too', async () => {
    const { library } = tempLibrary();
    seedDemoLibrary(library);
    const brief = library.briefs.get(library.briefs.list()[0]!.id);
    const court = {
      ...COURT_PROFILES[0]!,
      court: 'United States Court of Appeals\uffff\u0001',
      typeface: 'Century\ufffe Schoolbook',
    };
    const bytes = await renderBriefDocx(brief, library.authorities.getMany, court);
    expect(await packageProblem(bytes)).toBeNull();
    expect(await docxPart(bytes, 'word/styles.xml')).toContain('w:ascii="Century Schoolbook"');
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops the control characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b & <c> "d" \'e\'\tf\ng')).toBe(
      'ab &amp; &lt;c&gt; &quot;d&quot; &apos;e&apos;\tf\ng',
    );
  });
});
