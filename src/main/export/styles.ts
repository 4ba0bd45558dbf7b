import type { CourtProfile } from '../../shared/brief/profiles';
import { escapeXml } from './package';

/** Twentieths of a point: 240 is single spacing, 480 double. */
const DOUBLE_SPACED = 480;
export const SINGLE_SPACED = 240;
export const INCH = 1440;
/** The right edge of the text on letter paper with the profile's margins, for right tab stops. */
const rightTab = (profile: CourtProfile) => Math.round((8.5 - 2 * profile.marginsInches) * INCH);
/** Word sizes type in half-points, whole ones only. */
const halfPoints = (points: number) => Math.round(points * 2);

/** Named styles, so the attorney keeps working in Word with the court's format. */
export const STYLE = {
  quote: 'Quote',
  footnoteText: 'FootnoteText',
  /** Titles of the front matter (disclosure, contents) that the table of contents leaves out. */
  frontTitle: 'TOCHeading',
  toaHeading: 'TOAHeading',
  toaEntry: 'TableofAuthorities',
  toc: (level: 1 | 2 | 3) => `TOC${level}`,
  hyperlink: 'Hyperlink',
} as const;

interface ParagraphProperties {
  keepNext?: boolean;
  /** A right tab at this position with dot leaders, for entries' page numbers. */
  dotLeaderTab?: number;
  /** Line spacing is always "auto" (a multiple of single spacing). */
  spacing?: { before?: number; after?: number; line: number };
  indent?: { left?: number; right?: number; firstLine?: number; hanging?: number };
  center?: boolean;
  /** 0 for Heading 1: what Word's outline and navigation pane go by. */
  outlineLevel?: 0 | 1 | 2;
}

interface RunProperties {
  typeface?: string;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  points?: number;
  superscript?: boolean;
  english?: boolean;
}

interface StyleDefinition {
  type: 'paragraph' | 'character';
  id: string;
  name: string;
  isDefault?: boolean;
  basedOn?: string;
  next?: string;
  link?: string;
  uiPriority?: number;
  /** Listed in the styles pane only once used, as Word does with its note and table styles. */
  hiddenUntilUsed?: boolean;
  quickFormat?: boolean;
  paragraph?: ParagraphProperties;
  run?: RunProperties;
}

function element(
  name: string,
  attributes: Record<string, string | number | undefined> = {},
  children = '',
): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` w:${key}="${escapeXml(String(value))}"`)
    .join('');
  return children ? `<w:${name}${written}>${children}</w:${name}>` : `<w:${name}${written}/>`;
}

const optional = <T>(value: T | undefined, write: (value: T) => string) =>
  value === undefined || value === false ? '' : write(value);

/** Children in the order the schema (CT_PPrBase) requires, or Word reports the file damaged. */
function paragraphProperties(p: ParagraphProperties): string {
  const inner = [
    optional(p.keepNext, () => element('keepNext')),
    optional(p.dotLeaderTab, (pos) =>
      element('tabs', {}, element('tab', { val: 'right', leader: 'dot', pos })),
    ),
    optional(p.spacing, (s) => element('spacing', { ...s, lineRule: 'auto' })),
    optional(p.indent, (indent) => element('ind', indent)),
    optional(p.center, () => element('jc', { val: 'center' })),
    optional(p.outlineLevel, (val) => element('outlineLvl', { val })),
  ].join('');
  return element('pPr', {}, inner);
}

/** Children in the order the schema (EG_RPrBase) requires. */
function runProperties(r: RunProperties): string {
  const size = r.points === undefined ? undefined : halfPoints(r.points);
  const inner = [
    optional(r.typeface, (font) =>
      element('rFonts', { ascii: font, hAnsi: font, eastAsia: font, cs: font }),
    ),
    optional(r.bold, () => element('b') + element('bCs')),
    optional(r.italic, () => element('i') + element('iCs')),
    optional(r.caps, () => element('caps')),
    optional(size, (val) => element('sz', { val }) + element('szCs', { val })),
    optional(r.superscript, () => element('vertAlign', { val: 'superscript' })),
    optional(r.english, () => element('lang', { val: 'en-US', eastAsia: 'en-US', bidi: 'ar-SA' })),
  ].join('');
  return element('rPr', {}, inner);
}

function style(s: StyleDefinition): string {
  return element(
    'style',
    { type: s.type, styleId: s.id, ...(s.isDefault && { default: 1 }) },
    element('name', { val: s.name }) +
      optional(s.basedOn, (val) => element('basedOn', { val })) +
      optional(s.next, (val) => element('next', { val })) +
      optional(s.link, (val) => element('link', { val })) +
      optional(s.uiPriority, (val) => element('uiPriority', { val })) +
      optional(s.hiddenUntilUsed, () => element('semiHidden') + element('unhideWhenUsed')) +
      optional(s.quickFormat, () => element('qFormat')) +
      optional(s.paragraph, paragraphProperties) +
      optional(s.run, runProperties),
  );
}

/** The defaults every Word document defines: the character, table and list styles' bases. */
const BASE_STYLES =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
  '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
  '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>' +
  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';

/** Headings: single-spaced, not indented, kept with the paragraph that follows. */
const headingParagraph: ParagraphProperties = {
  keepNext: true,
  spacing: { before: 240, after: 240, line: SINGLE_SPACED },
  indent: { firstLine: 0 },
};

const heading = (level: 1 | 2 | 3, run: RunProperties, center = false): StyleDefinition => ({
  type: 'paragraph',
  id: `Heading${level}`,
  name: `heading ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  uiPriority: 9,
  quickFormat: true,
  paragraph: { ...headingParagraph, center, outlineLevel: (level - 1) as 0 | 1 | 2 },
  run,
});

/** A note's text and its number: set in the court's footnote size, single-spaced. */
function noteStyles(note: 'footnote' | 'endnote', points: number): StyleDefinition[] {
  const Note = note === 'footnote' ? 'Footnote' : 'Endnote';
  return [
    {
      type: 'paragraph',
      id: `${Note}Text`,
      name: `${note} text`,
      basedOn: 'Normal',
      link: `${Note}TextChar`,
      uiPriority: 99,
      hiddenUntilUsed: true,
      paragraph: { spacing: { after: 120, line: SINGLE_SPACED }, indent: { firstLine: 0 } },
      run: { points },
    },
    {
      type: 'character',
      id: `${Note}TextChar`,
      name: `${Note} Text Char`,
      basedOn: 'DefaultParagraphFont',
      link: `${Note}Text`,
      uiPriority: 99,
      hiddenUntilUsed: true,
      run: { points },
    },
    {
      type: 'character',
      id: `${Note}Reference`,
      name: `${note} reference`,
      basedOn: 'DefaultParagraphFont',
      uiPriority: 99,
      hiddenUntilUsed: true,
      run: { superscript: true },
    },
  ];
}

/**
 * The document's style sheet (word/styles.xml), written whole: docx's own adds styles a brief
 * does not use, in colour, and leaves some of their bases undefined.
 */
export function stylesXml(profile: CourtProfile): string {
  const bodyLine =
    profile.lineSpacing === 'double'
      ? DOUBLE_SPACED
      : profile.lineSpacing === 'single'
        ? SINGLE_SPACED
        : 360;
  const entryParagraph = (left: number, indent: ParagraphProperties['indent']) => ({
    dotLeaderTab: rightTab(profile),
    spacing: { after: 120, line: SINGLE_SPACED },
    indent: { left, ...indent },
  });
  const contentsEntry = (level: 1 | 2 | 3): StyleDefinition => ({
    type: 'paragraph',
    id: STYLE.toc(level),
    name: `toc ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 39,
    paragraph: entryParagraph(360 * (level - 1), { firstLine: 0 }),
  });
  const styles: StyleDefinition[] = [
    {
      type: 'paragraph',
      id: 'Normal',
      name: 'Normal',
      isDefault: true,
      quickFormat: true,
      paragraph: {
        spacing: { before: 0, after: 0, line: bodyLine },
        indent: { firstLine: INCH / 2 },
      },
    },
    heading(1, { bold: true, caps: true }, true),
    heading(2, { bold: true }),
    heading(3, { bold: true, italic: true }),
    {
      type: 'paragraph',
      id: STYLE.quote,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 29,
      quickFormat: true,
      // Block quotations: single-spaced and indented on both sides (FRAP 32(a)(4)).
      paragraph: {
        spacing: { after: 240, line: SINGLE_SPACED },
        indent: { left: INCH, right: INCH, firstLine: 0 },
      },
    },
    // Numbered and bulleted paragraphs: docx gives them this style, the list its indents.
    {
      type: 'paragraph',
      id: 'ListParagraph',
      name: 'List Paragraph',
      basedOn: 'Normal',
      uiPriority: 34,
      quickFormat: true,
    },
    ...noteStyles('footnote', profile.footnotePointSize),
    // docx always writes an endnotes part; its notes would take these.
    ...noteStyles('endnote', profile.footnotePointSize),
    {
      type: 'paragraph',
      id: STYLE.frontTitle,
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      paragraph: { ...headingParagraph, center: true },
      run: { bold: true, caps: true },
    },
    contentsEntry(1),
    contentsEntry(2),
    contentsEntry(3),
    {
      type: 'paragraph',
      id: STYLE.toaHeading,
      name: 'toa heading',
      basedOn: 'Normal',
      next: STYLE.toaEntry,
      uiPriority: 99,
      paragraph: {
        keepNext: true,
        spacing: { before: 240, after: 120, line: SINGLE_SPACED },
        indent: { firstLine: 0 },
      },
      run: { bold: true },
    },
    {
      type: 'paragraph',
      id: STYLE.toaEntry,
      name: 'table of authorities',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 99,
      // Long citations wrap under themselves, the page list at the right margin.
      paragraph: entryParagraph(360, { hanging: 360 }),
    },
    // The contents' entries link to their headings, as Word writes them; a brief prints them
    // as plain text, so the link style adds nothing (Word's own is blue and underlined).
    {
      type: 'character',
      id: STYLE.hyperlink,
      name: 'Hyperlink',
      basedOn: 'DefaultParagraphFont',
      uiPriority: 99,
      hiddenUntilUsed: true,
    },
    // Bold in Word's style gallery: a character style, as Word defines it.
    {
      type: 'character',
      id: 'Strong',
      name: 'Strong',
      basedOn: 'DefaultParagraphFont',
      uiPriority: 22,
      quickFormat: true,
      run: { bold: true },
    },
  ];
  const defaults = runProperties({
    typeface: profile.typeface,
    points: profile.bodyPointSize,
    english: true,
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:docDefaults><w:rPrDefault>${defaults}</w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
    BASE_STYLES +
    styles.map(style).join('') +
    '</w:styles>'
  );
}
