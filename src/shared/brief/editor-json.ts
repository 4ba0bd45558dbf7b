/**
 * The serialized Lexical editor state, as stored in SQLite and read outside the editor (export,
 * seed data, citation tracking). Only the node types Amicus registers are modelled; anything
 * else is read as plain text so a newer document never breaks an older reader.
 */

export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8 } as const;

/** Invisible, and not text: the editor's placeholder in a footnote not yet written. */
export const ZERO_WIDTH_SPACE = '\u200b';

export interface SerializedText {
  type: 'text';
  version: 1;
  text: string;
  format: number;
  detail: number;
  mode: 'normal' | 'token' | 'segmented';
  style: string;
}

export interface SerializedLineBreak {
  type: 'linebreak';
  version: 1;
}

export interface CitationFields {
  authorityId: number;
  pin: string;
  signal: string;
  parenthetical: string;
  /** The user pinned this use to the full citation, whatever its position. */
  forceFull: boolean;
}

export interface SerializedCitation extends CitationFields {
  type: 'citation';
  version: 1;
}

export interface SerializedElement {
  type: string;
  version: 1;
  children: SerializedNode[];
  direction: 'ltr' | 'rtl' | null;
  format: string | number;
  indent: number;
  tag?: string;
  listType?: 'bullet' | 'number';
  start?: number;
  value?: number;
  textFormat?: number;
  textStyle?: string;
}

export type SerializedNode =
  SerializedText | SerializedLineBreak | SerializedCitation | SerializedElement;

export interface SerializedEditorState {
  root: SerializedElement;
}

export function text(value: string, format = 0): SerializedText {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

export function citation(
  fields: Partial<CitationFields> & { authorityId: number },
): SerializedCitation {
  return {
    type: 'citation',
    version: 1,
    pin: '',
    signal: '',
    parenthetical: '',
    forceFull: false,
    ...fields,
  };
}

function element(type: string, children: SerializedNode[], extra: Partial<SerializedElement> = {}) {
  return {
    type,
    version: 1 as const,
    children,
    direction: 'ltr' as const,
    format: '',
    indent: 0,
    ...extra,
  };
}

export function paragraph(...children: SerializedNode[]): SerializedElement {
  return element('paragraph', children, { textFormat: 0, textStyle: '' });
}

export function heading(level: 1 | 2 | 3, ...children: SerializedNode[]): SerializedElement {
  return element('heading', children, { tag: `h${level}` });
}

export function quote(...children: SerializedNode[]): SerializedElement {
  return element('quote', children);
}

export function lineBreak(): SerializedLineBreak {
  return { type: 'linebreak', version: 1 };
}

/** A list item; a nested list goes in an item of its own, as Lexical keeps it. */
export function listItem(value: number, ...children: SerializedNode[]): SerializedElement {
  return element('listitem', children, { value });
}

export function list(listType: 'bullet' | 'number', items: SerializedElement[]): SerializedElement {
  return element('list', items, { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' });
}

/** A footnote, written where its number stands in the text; its content is inline. */
export function footnote(...children: SerializedNode[]): SerializedElement {
  return element('footnote', children);
}

export function editorState(blocks: SerializedElement[]): SerializedEditorState {
  return { root: { ...element('root', blocks), type: 'root' } };
}

/** Inline content of a block, flattened for readers outside the editor. */
export type Inline =
  | { kind: 'text'; text: string; bold: boolean; italic: boolean; underline: boolean }
  | { kind: 'break' }
  | ({ kind: 'citation' } & CitationFields)
  | { kind: 'footnote'; inlines: Inline[] };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | { kind: 'list-item'; listType: 'bullet' | 'number'; depth: number; inlines: Inline[] };

export function isElement(node: SerializedNode): node is SerializedElement {
  return Array.isArray((node as SerializedElement).children);
}

function inlinesOf(node: SerializedElement, into: Inline[] = []): Inline[] {
  for (const child of node.children) {
    if (child.type === 'text') {
      const { text: value, format } = child as SerializedText;
      into.push({
        kind: 'text',
        text: value.replaceAll(ZERO_WIDTH_SPACE, ''),
        bold: (format & TEXT_FORMAT.bold) !== 0,
        italic: (format & TEXT_FORMAT.italic) !== 0,
        underline: (format & TEXT_FORMAT.underline) !== 0,
      });
    } else if (child.type === 'linebreak') {
      into.push({ kind: 'break' });
    } else if (child.type === 'citation') {
      const { authorityId, pin, signal, parenthetical, forceFull } = child as SerializedCitation;
      into.push({
        kind: 'citation',
        authorityId,
        pin,
        signal,
        parenthetical,
        forceFull: forceFull === true,
      });
    } else if (isElement(child) && child.type === 'footnote') {
      into.push({ kind: 'footnote', inlines: inlinesOf(child) });
    } else if (isElement(child)) {
      // Inline elements (links and the like) contribute their text.
      inlinesOf(child, into);
    }
  }
  return into;
}

function headingLevel(tag: string | undefined): 1 | 2 | 3 {
  const level = Number(tag?.slice(1));
  return level === 1 || level === 2 ? level : 3;
}

function collectBlocks(
  node: SerializedElement,
  blocks: Block[],
  listDepth: number,
  listType: 'bullet' | 'number',
): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    switch (child.type) {
      case 'heading':
        blocks.push({ kind: 'heading', level: headingLevel(child.tag), inlines: inlinesOf(child) });
        break;
      case 'quote':
        blocks.push({ kind: 'quote', inlines: inlinesOf(child) });
        break;
      case 'list':
        collectBlocks(
          child,
          blocks,
          listDepth + 1,
          child.listType === 'number' ? 'number' : 'bullet',
        );
        break;
      case 'listitem': {
        const nested = child.children.filter((c) => isElement(c) && c.type === 'list');
        if (nested.length === child.children.length && nested.length > 0) {
          collectBlocks(child, blocks, listDepth, listType);
        } else {
          blocks.push({
            kind: 'list-item',
            listType,
            depth: Math.max(0, listDepth - 1),
            inlines: inlinesOf(child),
          });
        }
        break;
      }
      default:
        blocks.push({ kind: 'paragraph', inlines: inlinesOf(child) });
    }
  }
}

/** Parses stored editor JSON; an empty or unreadable document reads as no blocks. */
export function parseEditorState(json: string): SerializedEditorState | null {
  if (!json.trim()) return null;
  try {
    const parsed = JSON.parse(json) as Partial<SerializedEditorState>;
    return parsed.root && Array.isArray(parsed.root.children)
      ? (parsed as SerializedEditorState)
      : null;
  } catch {
    return null;
  }
}

/** The blocks one child of the root reads as: one, or a list's items. */
export function topLevelBlocks(node: SerializedNode): Block[] {
  const blocks: Block[] = [];
  if (isElement(node)) collectBlocks({ ...node, children: [node] }, blocks, 0, 'bullet');
  return blocks;
}

export function documentBlocks(json: string): Block[] {
  const state = parseEditorState(json);
  const blocks: Block[] = [];
  if (state) collectBlocks(state.root, blocks, 0, 'bullet');
  return blocks;
}

/** Every citation of some inline content in reading order, those in its footnotes included. */
export function* citationsIn(
  inlines: readonly Inline[],
): Generator<CitationFields, undefined, undefined> {
  for (const inline of inlines) {
    if (inline.kind === 'citation') yield inline;
    else if (inline.kind === 'footnote') yield* citationsIn(inline.inlines);
  }
}

/** Every authority a document cites, once each, in order of first use. */
export function citedAuthorityIds(blocks: readonly Block[]): number[] {
  const ids = new Set<number>();
  for (const block of blocks) {
    for (const { authorityId } of citationsIn(block.inlines)) ids.add(authorityId);
  }
  return [...ids];
}

/**
 * Plain text of inline content; a citation reads as `citationText` gives it (nothing by default).
 * A footnote is not part of the text it is attached to, so it reads as nothing here.
 */
export function inlinesToPlainText(
  inlines: readonly Inline[],
  citationText: (citation: CitationFields) => string = () => '',
): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'text') return inline.text;
      if (inline.kind === 'break') return '\n';
      if (inline.kind === 'footnote') return '';
      return citationText(inline);
    })
    .join('');
}

/** The node types a brief may hold: Lexical's own, rich text, lists, citations and footnotes. */
export const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'list']);
const LEAF_TYPES = new Set(['text', 'linebreak', 'tab']);

function isNode(value: unknown): value is SerializedNode & Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/** Any node's text: a leaf's own, an element's children's, nothing for anything else. */
function textOf(node: unknown): string {
  if (!isNode(node)) return '';
  if (typeof node.text === 'string') return node.text;
  return Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
}

/**
 * A stored brief made fit for the editor, and how many of its parts had to change: a node of a
 * type this version does not know becomes its text (never dropped), text standing directly
 * under the root gets a paragraph, a list holds list items, a citation without an authority
 * becomes its text. A brief from a newer Amicus, or one damaged, still opens; a notice says so.
 */
export function repairEditorState(state: SerializedEditorState): {
  state: SerializedEditorState;
  repaired: number;
} {
  let repaired = 0;
  const asText = (node: unknown): SerializedText[] => {
    repaired++;
    const value = textOf(node);
    return value ? [text(value)] : [];
  };
  const inlines = (children: unknown, inFootnote = false): SerializedNode[] =>
    (Array.isArray(children) ? children : []).flatMap((child): SerializedNode[] => {
      if (!isNode(child)) return asText(child);
      if (LEAF_TYPES.has(child.type)) {
        if (child.type !== 'text' || typeof child.text === 'string') return [child];
        return asText(child);
      }
      if (child.type === 'citation') {
        const id = (child as { authorityId?: unknown }).authorityId;
        return typeof id === 'number' && Number.isInteger(id) && id > 0 ? [child] : asText(child);
      }
      if (child.type === 'footnote' && !inFootnote)
        return [{ ...(child as SerializedElement), children: inlines(child.children, true) }];
      // An inline element of another kind (a link, say) keeps its text in place.
      if (Array.isArray(child.children)) {
        repaired++;
        return inlines(child.children, inFootnote);
      }
      return asText(child);
    });
  const listItems = (children: unknown): SerializedNode[] =>
    (Array.isArray(children) ? children : []).map((child): SerializedElement => {
      if (isNode(child) && child.type === 'listitem') {
        const nested = (Array.isArray(child.children) ? child.children : []) as unknown[];
        return {
          ...(child as SerializedElement),
          children: nested.flatMap((grandchild): SerializedNode[] =>
            isNode(grandchild) && grandchild.type === 'list'
              ? [{ ...(grandchild as SerializedElement), children: listItems(grandchild.children) }]
              : inlines([grandchild]),
          ),
        };
      }
      repaired++;
      return element(
        'listitem',
        inlines(isNode(child) && child.children ? child.children : [child]),
      );
    });
  const blocks = (Array.isArray(state.root.children) ? state.root.children : []).flatMap(
    (child: unknown): SerializedElement[] => {
      if (isNode(child) && BLOCK_TYPES.has(child.type)) {
        const block = child as SerializedElement;
        return [
          {
            ...block,
            children: block.type === 'list' ? listItems(block.children) : inlines(block.children),
          },
        ];
      }
      repaired++;
      // Text or an unknown block directly under the root reads as a paragraph of its text.
      return [paragraph(...inlines(isNode(child) && child.children ? child.children : [child]))];
    },
  );
  return { state: { root: { ...state.root, children: blocks } }, repaired };
}
