import { beforeAll, describe, expect, it } from 'vitest';
import { COURT_PROFILES } from '../../../../src/main/profiles';
import { demoExportsByProfile, docxPart, textOf } from '../../../helpers/docx';

let documents: { profile: string; xml: string }[];

beforeAll(async () => {
  documents = await Promise.all(
    (await demoExportsByProfile()).map(async ({ profile, bytes }) => ({
      profile: profile.id,
      xml: await docxPart(bytes),
    })),
  );
  expect(documents).toHaveLength(COURT_PROFILES.length);
});

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]);
const styleOf = (paragraph: string) => /<w:pStyle w:val="([^"]*)"\/>/.exec(paragraph)?.[1] ?? '';

describe('the table of contents, in every court profile’s export', () => {
  it('links each entry to a bookmark around its heading’s text', () => {
    for (const { profile, xml } of documents) {
      const entries = paragraphs(xml)
        .filter((paragraph) => /^TOC[1-3]$/.test(styleOf(paragraph)))
        .map((paragraph) => {
          const links = [...paragraph.matchAll(/<w:hyperlink ([^>]*)>(.*?)<\/w:hyperlink>/gs)];
          expect(links, `${profile}: ${textOf(paragraph)}`).toHaveLength(1);
          const [, attributes = '', content = ''] = links[0]!;
          expect(attributes).toContain('w:history="1"');
          const [text = '', page = ''] = content.split('<w:tab/>');
          return {
            level: Number(styleOf(paragraph).slice(3)),
            anchor: /w:anchor="([^"]*)"/.exec(attributes)?.[1] ?? '',
            text: textOf(text),
            page: textOf(page),
          };
        });
      expect(entries.length, profile).toBeGreaterThanOrEqual(10);

      const headings = paragraphs(xml)
        .filter((paragraph) => /^Heading[1-3]$/.test(styleOf(paragraph)))
        .map((paragraph) => {
          const bookmark =
            /<w:bookmarkStart w:name="([^"]*)" w:id="(\d+)"\/>(.*?)<w:bookmarkEnd w:id="\2"\/>/s.exec(
              paragraph,
            );
          return {
            level: Number(styleOf(paragraph).slice(7)),
            bookmark: bookmark?.[1],
            text: textOf(bookmark?.[3] ?? ''),
            whole: textOf(paragraph),
          };
        });
      const byBookmark = new Map(headings.map((heading) => [heading.bookmark, heading]));
      for (const entry of entries) {
        expect(entry.anchor, `${profile}: ${entry.text}`).toMatch(/^_Toc\d{8,}$/);
        expect(entry.page).toMatch(/^(?:[ivx]+|\d+)$/);
        const heading = byBookmark.get(entry.anchor);
        expect(heading, `${profile}: ${entry.text}`).toMatchObject({
          level: entry.level,
          text: entry.text,
          whole: entry.text,
        });
      }
      // Every heading is in the contents, once; and no two share a bookmark.
      expect(entries.map((entry) => entry.anchor).sort()).toEqual(
        headings.map((heading) => heading.bookmark).sort(),
      );
      expect(byBookmark.size).toBe(headings.length);
      expect(entries.map((entry) => entry.text)).toEqual(
        expect.arrayContaining([
          'Table of Authorities',
          'Interest of Amicus Curiae',
          'Rule 29(a)(4)(E) Statement',
          'Certificate of Compliance',
          'Certificate of Service',
        ]),
      );
    }
  });
});
