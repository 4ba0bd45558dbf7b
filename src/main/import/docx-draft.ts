import type JSZip from 'jszip';
import mammoth from 'mammoth';
import {
  footnote,
  heading,
  lineBreak,
  paragraph,
  quote,
  text,
  TEXT_FORMAT,
  type SerializedElement,
  type SerializedNode,
  type SerializedText,
} from '../../shared/brief/editor-json';
import { ListBuilder } from '../../shared/brief/list-builder';
import { wordParagraphKind } from '../../shared/brief/word-styles';
import { AppError } from '../errors';
import { DOCX_LIMITS, NOT_DOCX, openDocx, readPart, type DocxLimits } from './docx-text';

/** A Word draft read as a brief's blocks, with what could not be kept as it was. */
export interface DocxDraft {
  blocks: SerializedElement[];
  counts: {
    headings: number;
    paragraphs: number;
    quotations: number;
    listItems: number;
    footnotes: number;
  };
  /** What came in as plain paragraphs or plain text, and how often. */
  leftAsText: { what: string; count: number }[];
  /**
   * What was not brought in: what is not text (pictures), what the reader skipped, and the
   * tables of contents and authorities, which Amicus builds from the brief itself at export.
   */
  leftOut: { what: string; count: number }[];
}

/** The part of mammoth's document model read here (mammoth's `documents.js`). */
interface WordNode {
  type: string;
  children?: WordNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  indent?: { start: string | null };
  isBold?: boolean;
  isItalic?: boolean;
  isUnderline?: boolean;
  breakType?: string;
  noteType?: string;
  noteId?: string;
  commentId?: string;
  checked?: boolean;
}
interface WordDocument extends WordNode {
  notes: { resolve(reference: WordNode): { body: WordNode[] } | null };
  comments: { commentId: string; body: WordNode[]; authorName?: string | null }[];
}

interface StyleInfo {
  basedOn: string | null;
  outlineLevel: number | null;
  /** Bold, italic and underline a character style sets, as TEXT_FORMAT bits. */
  format: number;
}

/** Word's on/off properties: present means on unless its value says otherwise. */
function isOn(attributes: Record<string, string>): boolean {
  return !['0', 'false', 'off', 'none'].includes(attributes.val ?? 'true');
}

const RUN_FORMATS: Record<string, number> = {
  b: TEXT_FORMAT.bold,
  i: TEXT_FORMAT.italic,
  u: TEXT_FORMAT.underline,
};

function outlineValue(attributes: Record<string, string>): number | null {
  const level = Number(attributes.val);
  return Number.isInteger(level) && level >= 0 && level < 9 ? level : null;
}

/** Styles' outline levels and character formatting, which mammoth does not read. */
async function readStyles(
  part: JSZip.JSZipObject,
  budget: { left: number },
  limits: DocxLimits,
): Promise<Map<string, StyleInfo>> {
  const styles = new Map<string, StyleInfo>();
  const path: string[] = [];
  let current: StyleInfo | null = null;
  await readPart(part, budget, limits, {
    open(element) {
      path.push(element.local);
      if (!element.word) return;
      const parent = path.at(-2);
      if (element.local === 'style' && path.length === 2) {
        current = { basedOn: null, outlineLevel: null, format: 0 };
        styles.set(element.attributes.styleId ?? '', current);
      } else if (!current || path.length < 3) {
        return;
      } else if (element.local === 'basedOn' && path.length === 3) {
        current.basedOn = element.attributes.val ?? null;
      } else if (element.local === 'outlineLvl' && parent === 'pPr' && path.length === 4) {
        current.outlineLevel = outlineValue(element.attributes);
      } else if (parent === 'rPr' && path.length === 4 && element.local in RUN_FORMATS) {
        if (isOn(element.attributes)) current.format |= RUN_FORMATS[element.local] ?? 0;
      }
    },
    close(element) {
      path.pop();
      if (element.local === 'style' && path.length === 1) current = null;
    },
  });
  return styles;
}

/** A style's own value or the first one up its basedOn chain (cycles read as none). */
function inherited<T>(
  styles: Map<string, StyleInfo>,
  styleId: string | null | undefined,
  pick: (style: StyleInfo) => T | null,
): T | null {
  const seen = new Set<string>();
  for (let id = styleId; id && !seen.has(id); id = styles.get(id)?.basedOn) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) return null;
    const value = pick(style);
    if (value !== null) return value;
  }
  return null;
}

function isText(node: SerializedNode): node is SerializedText {
  return node.type === 'text';
}

const normalized = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * Paragraphs given an outline level directly (Paragraph, Outline level) rather than by style,
 * in document order with their text, to be recognised in mammoth's reading by that text.
 */
async function readDirectOutlineLevels(
  part: JSZip.JSZipObject,
  budget: { left: number },
  limits: DocxLimits,
): Promise<{ text: string; level: number }[]> {
  const found: { text: string; level: number }[] = [];
  const open: { text: string; level: number | null }[] = [];
  await readPart(part, budget, limits, {
    open(element, parent) {
      if (!element.word) return;
      if (element.local === 'p') open.push({ text: '', level: null });
      const paragraph = open.at(-1);
      if (paragraph && element.local === 'outlineLvl' && parent?.local === 'pPr')
        paragraph.level = outlineValue(element.attributes);
    },
    text(value, element) {
      const paragraph = open.at(-1);
      if (paragraph && element?.word && element.local === 't') paragraph.text += value;
    },
    close(element) {
      if (!element.word || element.local !== 'p') return;
      const paragraph = open.pop();
      if (paragraph?.level !== null && paragraph?.level !== undefined)
        found.push({ text: normalized(paragraph.text), level: paragraph.level });
    },
  });
  return found;
}

/** The parts mammoth reads, each inflated and parsed within the budget before it sees them. */
const PARTS_READ = /^(?:\[Content_Types\]\.xml|_rels\/\.rels|word\/.*\.(?:xml|rels))$/;

const TWIPS = /^-?\d+(?:\.\d+)?$/;

/** The title of a table of contents or authorities, whatever its style. */
const TABLE_TITLE =
  /^(?:(?:table of )?contents|table of (?:cited )?authorities|index of authorities)$/i;
export const TABLE_LINES =
  'lines of the tables of contents and authorities (Amicus builds both from the brief at export)';

class DraftBuilder {
  readonly blocks: SerializedElement[] = [];
  readonly counts: DocxDraft['counts'] = {
    headings: 0,
    paragraphs: 0,
    quotations: 0,
    listItems: 0,
    footnotes: 0,
  };
  private readonly leftAsText = new Map<string, number>();
  private readonly leftOut = new Map<string, number>();
  private readonly lists = new ListBuilder(this.blocks);
  private inNote = false;
  private readonly comments: Map<string, { body: WordNode[]; authorName?: string | null }>;

  constructor(
    private readonly document: WordDocument,
    private readonly styles: Map<string, StyleInfo>,
    private readonly directOutline: { text: string; level: number }[],
  ) {
    this.comments = new Map(document.comments.map((comment) => [comment.commentId, comment]));
  }

  note(into: 'text' | 'out', what: string, count = 1): void {
    const tally = into === 'text' ? this.leftAsText : this.leftOut;
    tally.set(what, (tally.get(what) ?? 0) + count);
  }

  result(): DocxDraft {
    const entries = (tally: Map<string, number>) =>
      [...tally].map(([what, count]) => ({ what, count }));
    return {
      blocks: this.blocks,
      counts: this.counts,
      leftAsText: entries(this.leftAsText),
      leftOut: entries(this.leftOut),
    };
  }

  body(nodes: readonly WordNode[]): void {
    for (const node of nodes) {
      if (node.type === 'paragraph') this.paragraph(node);
      else if (node.type === 'table') {
        this.note('text', 'tables, their cells’ text as paragraphs one after another');
        this.body(this.cells(node));
      } else if (node.children) this.body(node.children);
    }
  }

  private cells(table: WordNode): WordNode[] {
    return (table.children ?? []).flatMap((row) =>
      (row.children ?? []).flatMap((cell) => cell.children ?? []),
    );
  }

  private outlineLevel(paragraphNode: WordNode, inlineText: string): number | null {
    const key = normalized(inlineText);
    const at = key ? this.directOutline.findIndex((entry) => entry.text === key) : -1;
    if (at >= 0) {
      const [entry] = this.directOutline.splice(0, at + 1).slice(-1);
      if (entry) return entry.level;
    }
    return inherited(this.styles, paragraphNode.styleId, (style) => style.outlineLevel);
  }

  private paragraph(node: WordNode): void {
    const inlines = this.inlines(node.children ?? []);
    const plain = inlines.map((inline) => (isText(inline) ? inline.text : '')).join('');
    if (!plain.trim() && !inlines.some((inline) => inline.type === 'footnote')) {
      // An empty paragraph is spacing, not text.
      return;
    }
    const indent = node.indent?.start ?? null;
    const kind = TABLE_TITLE.test(normalized(plain))
      ? ({ kind: 'table-entry' } as const)
      : wordParagraphKind({
          style: node.styleName ?? null,
          outlineLevel: this.outlineLevel(node, plain),
          leftIndentTwips: indent && TWIPS.test(indent) ? Number(indent) : null,
        });
    if (node.numbering && kind.kind !== 'heading' && kind.kind !== 'table-entry') {
      this.counts.listItems++;
      const level = Number(node.numbering.level) || 0;
      this.lists.add(node.numbering.isOrdered ? 'number' : 'bullet', level, inlines);
      return;
    }
    this.lists.end();
    switch (kind.kind) {
      case 'heading':
        this.counts.headings++;
        if (kind.deeper) this.note('text', 'headings below the third level, set as third-level');
        if (node.numbering)
          this.note('text', 'heading numbers Word added (not part of the text), left off');
        this.blocks.push(heading(kind.level, ...inlines));
        return;
      case 'quote':
        this.counts.quotations++;
        this.blocks.push(quote(...inlines));
        return;
      case 'table-entry':
        // Left in, the tables would be printed twice and counted as the brief's words.
        this.note('out', TABLE_LINES);
        return;
      case 'unmapped':
        this.note('text', `paragraphs in the style “${kind.style}”, as body text`);
        break;
      case 'paragraph':
        break;
    }
    this.counts.paragraphs++;
    this.blocks.push(paragraph(...inlines));
  }

  private inlines(nodes: readonly WordNode[], format = 0, into: SerializedNode[] = []) {
    const push = (value: string, bits: number) => {
      const last = into.at(-1);
      if (last && isText(last) && last.format === bits) last.text += value;
      else if (value) into.push(text(value, bits));
    };
    for (const node of nodes) {
      switch (node.type) {
        case 'run': {
          const bits =
            format |
            (node.isBold ? TEXT_FORMAT.bold : 0) |
            (node.isItalic ? TEXT_FORMAT.italic : 0) |
            (node.isUnderline ? TEXT_FORMAT.underline : 0) |
            (inherited(this.styles, node.styleId, (style) => style.format || null) ?? 0);
          this.inlines(node.children ?? [], bits, into);
          break;
        }
        case 'text':
          push(node.value ?? '', format);
          break;
        case 'tab':
          // A tab opening a paragraph is its indent; inside, it separates words.
          if (into.length > 0) push(' ', format);
          break;
        case 'break':
          if (node.breakType === 'line') into.push(lineBreak());
          break;
        case 'noteReference':
          into.push(...this.footnote(node));
          break;
        case 'commentReference':
          push(this.comment(node), 0);
          break;
        case 'checkbox':
          push(node.checked ? '☒' : '☐', format);
          break;
        case 'image':
          this.note('out', 'pictures (a brief holds text only)');
          break;
        case 'bookmarkStart':
          break;
        default:
          this.inlines(node.children ?? [], format, into);
      }
    }
    return into;
  }

  private footnote(reference: WordNode): SerializedNode[] {
    const note = this.document.notes.resolve(reference);
    if (this.inNote) {
      this.note('text', 'notes inside notes, as their text');
    }
    if (!note) {
      this.note('out', 'note numbers whose note is missing from the file');
      return [];
    }
    if (reference.noteType === 'endnote') this.note('text', 'endnotes, as footnotes');
    const paragraphs = note.body.filter((node) => node.type === 'paragraph');
    if (paragraphs.length > 1)
      this.note('text', 'footnotes of several paragraphs, joined by line breaks');
    const outer = this.inNote;
    this.inNote = true;
    const content: SerializedNode[] = [];
    for (const node of note.body) {
      const before = content.length;
      const inlines = this.inlines(node.type === 'paragraph' ? (node.children ?? []) : [node]);
      if (inlines.length === 0) continue;
      if (before > 0) content.push(lineBreak());
      content.push(...inlines);
    }
    this.inNote = outer;
    // A note inside a note has no place of its own: its text stays where its number was.
    const flattened = outer
      ? content.flatMap((node) =>
          node.type === 'footnote' && 'children' in node ? node.children : [node],
        )
      : content;
    const first = flattened[0];
    if (first && isText(first)) first.text = first.text.trimStart();
    if (outer) return flattened;
    if (!flattened.some((node) => !isText(node) || node.text)) {
      this.note('out', 'empty footnotes');
      return [];
    }
    this.counts.footnotes++;
    return [footnote(...flattened)];
  }

  private comment(reference: WordNode): string {
    const comment = this.comments.get(reference.commentId ?? '');
    if (!comment) return '';
    this.note('text', 'comments, as bracketed text where they were made');
    const said = normalized(
      this.inlines(comment.body.flatMap((node) => node.children ?? []))
        .map((node) => (isText(node) ? node.text : ' '))
        .join(''),
    );
    return ` [Comment${comment.authorName ? ` by ${comment.authorName}` : ''}: ${said}]`;
  }
}

/** mammoth's warnings that tell of something not read; those about styles are not. */
function readerWarnings(messages: readonly { type: string; message: string }[]) {
  return messages
    .filter((message) => message.type === 'warning' && !/style/i.test(message.message))
    .map((message) => message.message.replace(/:.*/, ''));
}

/**
 * Reads a Word draft as a brief: headings by style and by outline level, paragraphs, bold,
 * italic and underline, lists, block quotations, footnotes (and endnotes) where their numbers
 * stand. mammoth reads the document's structure; each part it reads is first inflated and
 * parsed here within the limits, and styles' outline levels and character formatting are read
 * here too. Whatever has no counterpart in a brief comes in as text and is counted.
 */
export async function readDocxDraft(
  bytes: Uint8Array,
  limits: DocxLimits = DOCX_LIMITS,
): Promise<DocxDraft> {
  const zip = await openDocx(bytes, limits);
  const budget = { left: limits.textBytes };
  let styles = new Map<string, StyleInfo>();
  let directOutline: { text: string; level: number }[] = [];
  for (const [name, part] of Object.entries(zip.files)) {
    if (part.dir || !PARTS_READ.test(name)) continue;
    if (name === 'word/styles.xml') styles = await readStyles(part, budget, limits);
    else if (name === 'word/document.xml')
      directOutline = await readDirectOutlineLevels(part, budget, limits);
    else await readPart(part, budget, limits, {});
  }

  let document: WordDocument | null = null;
  let messages: { type: string; message: string }[];
  try {
    ({ messages } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        // The document model is what is wanted; mammoth's HTML of it is not.
        transformDocument: (read: WordDocument) => {
          document = read;
          return { ...read, children: [] };
        },
      },
    ));
  } catch {
    throw new AppError('invalid-argument', NOT_DOCX);
  }
  if (!document) throw new AppError('invalid-argument', NOT_DOCX);
  const builder = new DraftBuilder(document, styles, directOutline);
  builder.body((document as WordDocument).children ?? []);
  for (const warning of readerWarnings(messages)) builder.note('out', warning);
  return builder.result();
}
