import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBriefDocx } from '../../../../src/main/export/docx';
import { stylesXml } from '../../../../src/main/export/styles';
import { COURT_PROFILES } from '../../../../src/main/profiles';
import {
  footnote,
  heading,
  paragraph,
  quote,
  text as textNode,
} from '../../../../src/shared/brief/editor-json';
import { demoExportsByProfile, docxPart } from '../../../helpers/docx';
import { tempLibrary } from '../../../helpers/temp-library';

interface Style {
  type: string;
  xml: string;
  basedOn?: string;
  next?: string;
  link?: string;
}

/** The style sheet's styles by id; a duplicate id fails the test. */
function stylesById(xml: string): Map<string, Style> {
  const styles = new Map<string, Style>();
  for (const [whole, attributes = ''] of xml.matchAll(/<w:style ([^>]*)>.*?<\/w:style>/gs)) {
    const id = /w:styleId="([^"]*)"/.exec(attributes)?.[1] ?? '';
    expect(styles.has(id), `style ${id} defined twice`).toBe(false);
    const value = (name: string) => new RegExp(`<w:${name} w:val="([^"]*)"/>`).exec(whole)?.[1];
    styles.set(id, {
      type: /w:type="([^"]*)"/.exec(attributes)?.[1] ?? '',
      xml: whole,
      basedOn: value('basedOn'),
      next: value('next'),
      link: value('link'),
    });
  }
  return styles;
}

let exports: (Awaited<ReturnType<typeof demoExportsByProfile>>[number] & {
  xml: string;
  styles: Map<string, Style>;
})[];

beforeAll(async () => {
  exports = await Promise.all(
    (await demoExportsByProfile()).map(async (exported) => {
      const xml = await docxPart(exported.bytes, 'word/styles.xml');
      return { ...exported, xml, styles: stylesById(xml) };
    }),
  );
  expect(exports).toHaveLength(COURT_PROFILES.length);
});

/** Every style a part names, and every style a style names, is defined, with the right type. */
async function expectEveryStyleDefined(bytes: Uint8Array, label: string): Promise<void> {
  const styles = stylesById(await docxPart(bytes, 'word/styles.xml'));
  const zip = await JSZip.loadAsync(bytes);
  const parts = zip.file(/^word\/(?:document|footnotes|endnotes|footer\d*|header\d*)\.xml$/);
  expect(parts.map((part) => part.name)).toEqual(
    expect.arrayContaining(['word/document.xml', 'word/footnotes.xml', 'word/footer1.xml']),
  );
  for (const part of parts) {
    const xml = await part.async('string');
    for (const [, kind, id = ''] of xml.matchAll(/<w:([pr])Style w:val="([^"]*)"\/>/g)) {
      const wanted = kind === 'p' ? 'paragraph' : 'character';
      expect(styles.get(id)?.type, `${label} ${part.name} names ${id}`).toBe(wanted);
    }
  }
  for (const [id, style] of styles) {
    if (style.basedOn)
      expect(styles.get(style.basedOn)?.type, `${id} is based on ${style.basedOn}`).toBe(
        style.type,
      );
    if (style.next)
      expect(styles.get(style.next)?.type, `${id} is followed by ${style.next}`).toBe('paragraph');
    if (style.link) {
      const linked = styles.get(style.link);
      expect(linked?.link, `${id} is linked to ${style.link}`).toBe(id);
      expect(linked?.type).not.toBe(style.type);
    }
  }
  // One default of each kind, as Word's own blank document has.
  const defaults = [...styles].filter(([, style]) => style.xml.includes('w:default="1"'));
  expect(defaults.map(([id]) => id).sort()).toEqual([
    'DefaultParagraphFont',
    'NoList',
    'Normal',
    'TableNormal',
  ]);
}

describe('the style sheet, in every court profile’s export', () => {
  it('defines every style the document names, and every style a style names', async () => {
    for (const { profile, bytes } of exports) await expectEveryStyleDefined(bytes, profile.id);
  });

  it('defines the styles of every kind of block: lists, quotes, headings, footnotes', async () => {
    const { library } = tempLibrary();
    const list = (listType: 'bullet' | 'number', ...items: string[]) => ({
      type: 'list',
      version: 1,
      listType,
      children: items.map((item) => ({
        type: 'listitem',
        version: 1,
        children: [textNode(item)],
      })),
    });
    const brief = library.briefs.create(
      'Every block',
      null,
      JSON.stringify({
        root: {
          type: 'root',
          version: 1,
          children: [
            heading(1, textNode('Argument')),
            heading(2, textNode('I. First')),
            heading(3, textNode('A. Sub')),
            paragraph(textNode('Text.'), footnote(textNode('A note.'))),
            quote(textNode('Quoted.')),
            list('bullet', 'One', 'Two'),
            list('number', 'First', 'Second'),
          ],
        },
      }),
    );
    for (const profile of COURT_PROFILES) {
      const bytes = await renderBriefDocx(brief, library.authorities.getMany, profile);
      const xml = await docxPart(bytes);
      expect(xml).toContain('<w:pStyle w:val="ListParagraph"/>');
      expect(xml).toContain('<w:pStyle w:val="Quote"/>');
      await expectEveryStyleDefined(bytes, profile.id);
    }
  });

  it('sets the court’s typeface and body size, in US English, and no colour anywhere', () => {
    for (const { profile, xml } of exports) {
      const defaults = /<w:docDefaults>(.*?)<\/w:docDefaults>/s.exec(xml)?.[1] ?? '';
      const size = profile.bodyPointSize * 2;
      expect(defaults, profile.id).toContain(
        `<w:rFonts w:ascii="${profile.typeface}" w:hAnsi="${profile.typeface}" w:eastAsia="${profile.typeface}" w:cs="${profile.typeface}"/>`,
      );
      expect(defaults).toContain(`<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`);
      expect(defaults).toContain('<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>');
      expect(xml).not.toMatch(/w:color|w:themeColor|w:shd|w:highlight/);
    }
  });

  it('writes the brief’s styles: headings with outline levels, the notes in the footnote size', async () => {
    for (const { profile, bytes, styles } of exports) {
      const ids = [...styles.keys()];
      expect(ids, profile.id).toEqual(
        expect.arrayContaining([
          'Normal',
          'Heading1',
          'Heading2',
          'Heading3',
          'Quote',
          'FootnoteText',
          'FootnoteTextChar',
          'FootnoteReference',
          'TOCHeading',
          'TOC1',
          'TOC2',
          'TOC3',
          'TOAHeading',
          'TableofAuthorities',
          'Strong',
        ]),
      );
      if (await docxPart(bytes, 'word/endnotes.xml'))
        expect(ids).toEqual(expect.arrayContaining(['EndnoteText', 'EndnoteReference']));
      expect(ids.filter((id) => /^(?:Heading[4-9]|TOC[4-9]|Caption|Title)$/.test(id))).toEqual([]);
      const xmlOf = (id: string) => styles.get(id)?.xml ?? '';
      const line = { double: 480, 'one-and-a-half': 360, single: 240 }[profile.lineSpacing];
      expect(xmlOf('Normal')).toContain(`w:line="${line}"`);
      expect(xmlOf('Quote')).toContain('w:line="240"');

      const heading = (level: number) => xmlOf(`Heading${level}`);
      for (const level of [1, 2, 3]) {
        expect(heading(level)).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
        expect(heading(level)).toContain('<w:keepNext/>');
        expect(heading(level)).toContain('w:line="240" w:lineRule="auto"');
        expect(heading(level)).toContain('<w:b/>');
      }
      expect(heading(1)).toContain('<w:caps/>');
      expect(heading(1)).toContain('<w:jc w:val="center"/>');
      expect(heading(2)).not.toMatch(/<w:caps\/>|<w:i\/>|<w:jc /);
      expect(heading(3)).toContain('<w:i/>');
      expect(heading(3)).not.toMatch(/<w:caps\/>|<w:jc /);

      const footnoteSize = `<w:sz w:val="${profile.footnotePointSize * 2}"/>`;
      expect(xmlOf('FootnoteText')).toContain(footnoteSize);
      expect(xmlOf('FootnoteTextChar')).toContain(footnoteSize);
      expect(styles.get('FootnoteText')?.link).toBe('FootnoteTextChar');
      expect(xmlOf('FootnoteReference')).toContain('<w:vertAlign w:val="superscript"/>');
      expect(styles.get('FootnoteReference')?.type).toBe('character');
      // The contents' entries are links, printed as plain text.
      expect(styles.get('Hyperlink')?.type).toBe('character');
      expect(xmlOf('Hyperlink')).not.toMatch(/<w:rPr>/);
      expect(styles.get('Strong')?.type).toBe('character');
      expect(xmlOf('Strong')).toContain('<w:b/>');
    }
  });
});

describe('stylesXml', () => {
  it('escapes the typeface it is given', () => {
    const xml = stylesXml({ ...COURT_PROFILES[0]!, typeface: 'Smith & "Jones" <Old>' });
    expect(xml).toContain('w:ascii="Smith &amp; &quot;Jones&quot; &lt;Old&gt;"');
    expect(xml).not.toMatch(/Smith &(?!amp;)/);
  });
});
