/**
 * What a Word paragraph is in a brief, from its style name, its outline level and its indent:
 * one reading for a .docx imported and for Word's HTML pasted (whose classes are the style
 * names without spaces, "MsoQuote" for "Quote").
 */

export type WordParagraphKind =
  | { kind: 'heading'; level: 1 | 2 | 3; deeper: boolean }
  | { kind: 'quote' }
  | { kind: 'paragraph' }
  /** An entry of a table of contents or of authorities, which Amicus builds itself at export. */
  | { kind: 'table-entry' }
  /** A style Amicus has no counterpart for: its text comes in as a paragraph. */
  | { kind: 'unmapped'; style: string };

export interface WordParagraph {
  /** The style's name as Word shows it ("heading 1", "Block Text"), or a class from HTML. */
  style: string | null;
  /** 0 for a top-level heading (w:outlineLvl, mso-outline-level less one); 9 or none for body text. */
  outlineLevel: number | null;
  /** Left indent in twentieths of a point (1440 an inch); null when none is set. */
  leftIndentTwips: number | null;
}

/** "Heading 1", "heading1", "MsoHeading1" and "heading-1" read alike. */
function styleKey(style: string): string {
  return style
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/^mso(?=[a-z])/, '');
}

const QUOTE_STYLES = new Set([
  'quote',
  'intensequote',
  'blocktext',
  'blockquote',
  'blockquotation',
  'quotation',
  'quotations',
  'extract',
]);
/** Styles of plain body text in Word's and LibreOffice's templates and in briefs. */
const BODY_STYLES =
  /^(?:normal|normalweb|default|defaultparagraphfont|standard|textbody|bodytext\d?|bodytextindent\d?|bodytextfirstindent\d?|bodysingle|bodydouble|plaintext|nospacing|listparagraph(?:cxsp(?:first|middle|last))?|list(?:bullet|number)?\d?|listcontinue\d?|footnotetext|endnotetext|commenttext|firstparagraph|compact|paragraph|p)$/;
/** A table's lines; not "TOC Heading", which Amicus, like others, gives other front titles. */
const TABLE_ENTRY_STYLES =
  /^(?:toc\d|contents\d|tableofauthorities|toaheading|tableoffigures|index\d|indexheading)$/;
/**
 * A paragraph indented this far on the left, not in a list, is a block quotation; one indented
 * further (past two inches) is being placed, as a signature or a date is, and stays a paragraph.
 */
const BLOCK_QUOTE_INDENT_TWIPS = { least: 720, most: 2880 };

/** The brief's reading of one Word paragraph; lists are read from numbering, not here. */
export function wordParagraphKind({
  style,
  outlineLevel,
  leftIndentTwips,
}: WordParagraph): WordParagraphKind {
  const key = style ? styleKey(style) : '';
  const heading = /^heading([1-9])$/.exec(key);
  const level = heading
    ? Number(heading[1]) - 1
    : key === 'title'
      ? 0
      : outlineLevel !== null && outlineLevel >= 0 && outlineLevel < 9
        ? outlineLevel
        : null;
  if (level !== null && !TABLE_ENTRY_STYLES.test(key)) {
    return { kind: 'heading', level: Math.min(level + 1, 3) as 1 | 2 | 3, deeper: level > 2 };
  }
  if (QUOTE_STYLES.has(key) || /quot/.test(key)) return { kind: 'quote' };
  if (TABLE_ENTRY_STYLES.test(key)) return { kind: 'table-entry' };
  if (
    leftIndentTwips !== null &&
    leftIndentTwips >= BLOCK_QUOTE_INDENT_TWIPS.least &&
    leftIndentTwips <= BLOCK_QUOTE_INDENT_TWIPS.most
  )
    return { kind: 'quote' };
  if (!key || BODY_STYLES.test(key)) return { kind: 'paragraph' };
  // Word's built-in styles are stored in lower case ("caption") and shown capitalized.
  const shown = style ?? '';
  return { kind: 'unmapped', style: shown.charAt(0).toUpperCase() + shown.slice(1) };
}
