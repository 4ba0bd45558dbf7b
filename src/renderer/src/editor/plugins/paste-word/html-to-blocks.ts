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
} from '../../../../../shared/brief/editor-json';
import { ListBuilder } from '../../../../../shared/brief/list-builder';
import { wordParagraphKind } from '../../../../../shared/brief/word-styles';

/**
 * HTML from Word or a web page, as a brief's blocks: paragraphs, headings (by tag, Word's
 * style class or outline level), block quotations, lists, bold, italic and underline, and
 * footnotes whose text came along (Word's `ftn` notes, a page's `#fn` notes); a footnote
 * number whose note did not come along stays as its number. Everything else is read as text.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG']);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const PARAGRAPH_TAGS = new Set(['P', 'DT', 'DD', 'FIGCAPTION', 'PRE', 'ADDRESS', 'TD', 'TH']);

/** An inline style's property, read from the attribute (Word's mso-* ones included). */
function styleOf(element: Element, property: string): string | null {
  const style = element.getAttribute('style') ?? '';
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return match?.[1]?.trim() ?? null;
}

const TWIPS_PER: Record<string, number> = { in: 1440, pt: 20, cm: 567, mm: 56.7, px: 15 };

function twips(length: string | null): number | null {
  const match = /^(-?\d*\.?\d+)\s*(in|pt|cm|mm|px)$/.exec(length ?? '');
  return match ? Number(match[1]) * (TWIPS_PER[match[2] ?? ''] ?? 0) : null;
}

function formatOf(element: Element, inherited: number): number {
  let format = inherited;
  const tag = element.tagName;
  const weight = styleOf(element, 'font-weight');
  if (tag === 'B' || tag === 'STRONG' || (weight && /bold|[6-9]00/.test(weight)))
    format |= TEXT_FORMAT.bold;
  if (weight && /normal|[1-4]00/.test(weight)) format &= ~TEXT_FORMAT.bold;
  const style = styleOf(element, 'font-style');
  if (tag === 'I' || tag === 'EM' || tag === 'CITE' || style === 'italic')
    format |= TEXT_FORMAT.italic;
  if (style === 'normal') format &= ~TEXT_FORMAT.italic;
  const decoration = styleOf(element, 'text-decoration(?:-line)?');
  if (tag === 'U' || decoration?.includes('underline')) format |= TEXT_FORMAT.underline;
  return format;
}

/** The id a footnote reference points at: Word's `#_ftn1`, a page's `#fn1` or `#cite_note-1`. */
function noteTarget(anchor: Element): string | null {
  const wordNote = styleOf(anchor, 'mso-footnote-id') ?? styleOf(anchor, 'mso-endnote-id');
  if (wordNote) return wordNote;
  const href = anchor.getAttribute('href') ?? '';
  if (!href.startsWith('#') || /ref/i.test(href)) return null;
  const inNoteMark =
    anchor.closest('sup') !== null ||
    anchor.getAttribute('role') === 'doc-noteref' ||
    /footnote|noteref/i.test(anchor.className);
  return inNoteMark ? decodeURIComponent(href.slice(1)) : null;
}

/** A link back from a note to its number (Word's `#_ftnref1`, a page's "↩"): not the note's text. */
function isBackLink(element: Element): boolean {
  if (element.tagName !== 'A') return false;
  const href = element.getAttribute('href') ?? '';
  return (
    /^#.*ref/i.test(href) ||
    element.getAttribute('role') === 'doc-backlink' ||
    /footnote-back|backref/i.test(element.className)
  );
}

function collapse(value: string): string {
  return value.replace(/[ \t\r\n\f]+/g, ' ');
}

class HtmlReader {
  readonly blocks: SerializedElement[] = [];
  /** Notes whose text went into a footnote, so it is not read again as text. */
  private readonly used = new Set<Element>();
  private readonly lists = new ListBuilder(this.blocks);

  constructor(private readonly document: Document) {}

  /** Block-level content: each block element as its block, loose inline content as paragraphs. */
  container(element: Element, inQuote = false): void {
    let loose: ChildNode[] = [];
    const flush = () => {
      if (loose.length > 0) this.push(inQuote ? 'quote' : 'paragraph', loose, 0);
      loose = [];
    };
    for (const child of element.childNodes) {
      if (child instanceof Element && (SKIPPED.has(child.tagName) || this.used.has(child)))
        continue;
      if (child instanceof Element && BLOCKS.has(child.tagName)) {
        flush();
        this.block(child, inQuote);
      } else if (child instanceof Element || child.nodeType === 3) {
        loose.push(child);
      }
    }
    flush();
  }

  private block(element: Element, inQuote: boolean): void {
    const tag = element.tagName;
    if (tag !== 'LI' && tag !== 'UL' && tag !== 'OL' && !this.wordListLevel(element))
      this.lists.end();
    const level = /^H([1-6])$/.exec(tag)?.[1];
    if (level) {
      this.push('heading', [...element.childNodes], 0, Math.min(Number(level), 3) as 1 | 2 | 3);
    } else if (tag === 'BLOCKQUOTE') {
      this.container(element, true);
    } else if (tag === 'UL' || tag === 'OL') {
      this.htmlList(element, tag === 'OL' ? 'number' : 'bullet', 0);
    } else if (tag === 'HR') {
      return;
    } else if (tag === 'P' && this.wordListLevel(element)) {
      this.wordListItem(element);
    } else if (PARAGRAPH_TAGS.has(tag) || tag === 'LI' || tag === 'DIV') {
      if ([...element.children].some((child) => BLOCKS.has(child.tagName))) {
        this.container(element, inQuote);
        return;
      }
      const kind = wordParagraphKind({
        style: element.className.split(/\s+/).find((name) => /^Mso|^[A-Z]/.test(name)) ?? null,
        outlineLevel: this.outlineLevel(element),
        leftIndentTwips: twips(styleOf(element, 'margin-left')),
      });
      if (kind.kind === 'heading') this.push('heading', [...element.childNodes], 0, kind.level);
      else
        this.push(
          inQuote || kind.kind === 'quote' ? 'quote' : 'paragraph',
          [...element.childNodes],
          0,
        );
    } else {
      this.container(element, inQuote);
    }
  }

  private outlineLevel(element: Element): number | null {
    const level = Number(styleOf(element, 'mso-outline-level'));
    return Number.isInteger(level) && level >= 1 ? level - 1 : null;
  }

  /** Word's list paragraphs carry `mso-list: l0 level2 lfo1`; their number is a marker span. */
  private wordListLevel(element: Element): number | null {
    const match = /level(\d+)/.exec(styleOf(element, 'mso-list') ?? '');
    return match ? Number(match[1]) : null;
  }

  private wordListItem(element: Element): void {
    const marker = [...element.querySelectorAll('span')].find((span) =>
      /ignore/i.test(styleOf(span, 'mso-list') ?? ''),
    );
    const markerText = marker?.textContent?.trim() ?? '';
    marker?.remove();
    const listType = /^[\w]+[.)]/.test(markerText) ? 'number' : 'bullet';
    this.lists.add(
      listType,
      (this.wordListLevel(element) ?? 1) - 1,
      this.inlines([...element.childNodes], 0),
    );
  }

  private htmlList(element: Element, listType: 'bullet' | 'number', depth: number): void {
    for (const item of element.children) {
      if (this.used.has(item)) continue;
      if (item.tagName !== 'LI') {
        this.container(item);
        continue;
      }
      const inline = [...item.childNodes].filter(
        (child) =>
          !(child instanceof Element && (child.tagName === 'UL' || child.tagName === 'OL')),
      );
      this.lists.add(listType, depth, this.inlines(inline, 0));
      for (const nested of item.children) {
        if (nested.tagName === 'UL' || nested.tagName === 'OL')
          this.htmlList(nested, nested.tagName === 'OL' ? 'number' : 'bullet', depth + 1);
      }
    }
  }

  private push(
    kind: 'paragraph' | 'quote' | 'heading',
    nodes: ChildNode[],
    format: number,
    level: 1 | 2 | 3 = 1,
  ): void {
    const inlines = this.inlines(nodes, format);
    const hasContent = inlines.some((node) =>
      node.type === 'text' ? (node as SerializedText).text.trim() : node.type !== 'linebreak',
    );
    if (!hasContent) return;
    this.lists.end();
    this.blocks.push(
      kind === 'heading'
        ? heading(level, ...inlines)
        : kind === 'quote'
          ? quote(...inlines)
          : paragraph(...inlines),
    );
  }

  /** Inline content, its ends trimmed; a footnote's text read where its number stands. */
  inlines(nodes: readonly ChildNode[], format: number, inNote = false): SerializedNode[] {
    const into: SerializedNode[] = [];
    const add = (value: string, bits: number) => {
      const last = into.at(-1);
      if (last?.type === 'text' && (last as SerializedText).format === bits)
        (last as SerializedText).text += value;
      else if (value) into.push(text(value, bits));
    };
    const walk = (node: ChildNode, bits: number) => {
      if (node.nodeType === 3) {
        add(collapse(node.textContent ?? ''), bits);
        return;
      }
      if (!(node instanceof Element) || SKIPPED.has(node.tagName)) return;
      if (node.tagName === 'BR') {
        into.push(lineBreak());
        return;
      }
      if (inNote && isBackLink(node)) return;
      const target = node.tagName === 'A' ? noteTarget(node) : null;
      const note = target ? this.document.getElementById(target) : null;
      if (note && !inNote) {
        this.used.add(note);
        const content = this.inlines([...note.childNodes], 0, true);
        if (content.length > 0) into.push(footnote(...content));
        return;
      }
      const next = formatOf(node, bits);
      for (const child of node.childNodes) walk(child, next);
      // Blocks met inside inline content (a note's paragraphs) are kept apart by a space.
      if (BLOCKS.has(node.tagName)) add(' ', bits);
    };
    for (const node of nodes) walk(node, format);
    return trimmed(into);
  }
}

/** Inline content without the spaces at its ends or doubled between runs. */
function trimmed(nodes: SerializedNode[]): SerializedNode[] {
  let previousSpace = true;
  const out = nodes.flatMap((node): SerializedNode[] => {
    if (node.type !== 'text') {
      previousSpace = node.type === 'linebreak';
      return [node];
    }
    const value = (node as SerializedText).text;
    const kept = previousSpace ? value.replace(/^ +/, '') : value;
    if (kept) previousSpace = kept.endsWith(' ');
    return kept ? [{ ...(node as SerializedText), text: kept }] : [];
  });
  const last = out.at(-1);
  if (last?.type === 'text') {
    const value = (last as SerializedText).text.replace(/ +$/, '');
    if (value) out[out.length - 1] = { ...(last as SerializedText), text: value };
    else out.pop();
  }
  return out;
}

/** The blocks of pasted HTML. */
export function htmlToBlocks(html: string): SerializedElement[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const reader = new HtmlReader(document);
  reader.container(document.body);
  return reader.blocks;
}
