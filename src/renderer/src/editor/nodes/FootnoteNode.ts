import { $dfsIterator } from '@lexical/utils';
import {
  $applyNodeReplacement,
  ElementNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type SerializedElementNode,
} from 'lexical';

export const FOOTNOTE_CLASS = 'doc-footnote';

/**
 * How Amicus's copied HTML marks a footnote: its mark in the text (holding the note inline, or,
 * once laid out for the clipboard, pointing at its note after the text), each note, the notes
 * after the text, and the numbers a paste back leaves out.
 */
export const FOOTNOTE_ATTRIBUTES = {
  mark: 'data-amicus-footnote',
  note: 'data-amicus-note',
  notes: 'data-amicus-notes',
  number: 'data-amicus-footnote-number',
} as const;

/** The footnote's number as the page shows it: its place among the brief's footnotes. */
function $footnoteNumber(footnote: FootnoteNode): number {
  let number = 0;
  // An iterator, so the walk stops at the footnote rather than listing the whole brief first.
  for (const { node } of $dfsIterator()) {
    if (!$isFootnoteNode(node)) continue;
    number++;
    if (node.is(footnote)) break;
  }
  return number;
}

const isNumber = (node: Node | null) =>
  node instanceof Element && node.hasAttribute(FOOTNOTE_ATTRIBUTES.number);

/** A note's text as copied, without its number or the space that follows it. */
export function noteText(note: ParentNode): ChildNode[] {
  return [...note.childNodes].filter(
    (child) => !isNumber(child) && !(child.nodeValue === ' ' && isNumber(child.previousSibling)),
  );
}

/** The note a mark laid out for the clipboard points at, when it is a note and not around it. */
function noteOf(mark: HTMLElement): Element | null {
  const number = mark.getAttribute(FOOTNOTE_ATTRIBUTES.mark);
  const note = [...mark.ownerDocument.querySelectorAll(`[${FOOTNOTE_ATTRIBUTES.note}]`)].find(
    (candidate) => candidate.getAttribute(FOOTNOTE_ATTRIBUTES.note) === number,
  );
  if (!note || note.contains(mark) || mark.contains(note)) return null;
  return note.querySelector('p') ?? note;
}

/**
 * A pasted footnote's mark takes its note's text as its children (from the note after the text,
 * or held inline), its number left out, so Lexical reads them into the footnote.
 */
function $convertFootnoteMark(mark: HTMLElement): DOMConversionOutput {
  const source = mark.tagName === 'A' ? noteOf(mark) : mark;
  mark.replaceChildren(...(source ? noteText(source) : []));
  return {
    node: $createFootnoteNode(),
    // A footnote cannot hold another: a note pasted inside one keeps its text in place.
    forChild: (child) => ($isFootnoteNode(child) ? null : child),
  };
}

/**
 * A footnote, kept where its number stands in the text and edited there. Its content is inline
 * (text, citations), so its citations are read, and their forms decided, where a reader meets
 * them. The number is not stored: the page counts footnotes in order (a CSS counter) and the
 * export lets Word number them.
 */
export class FootnoteNode extends ElementNode {
  static override getType(): string {
    return 'footnote';
  }

  static override clone(node: FootnoteNode): FootnoteNode {
    return new FootnoteNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): FootnoteNode {
    return $createFootnoteNode().updateFromJSON(json);
  }

  /**
   * Amicus's own footnotes come back live; its notes after the text, already read into their
   * marks, are left out. Other HTML is not touched.
   */
  static override importDOM(): DOMConversionMap {
    const mark = (element: HTMLElement) =>
      element.hasAttribute(FOOTNOTE_ATTRIBUTES.mark)
        ? { conversion: $convertFootnoteMark, priority: 2 as const }
        : null;
    return {
      span: mark,
      a: mark,
      div: (element: HTMLElement) =>
        element.hasAttribute(FOOTNOTE_ATTRIBUTES.notes)
          ? { conversion: () => ({ node: null, forChild: () => null }), priority: 2 }
          : null,
    };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const span = document.createElement('span');
    span.className = FOOTNOTE_CLASS;
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  /** Copied, a footnote is its number raised and its text after it, all in one mark. */
  override exportDOM(): DOMExportOutput {
    const number = String($footnoteNumber(this));
    const mark = document.createElement('span');
    mark.setAttribute(FOOTNOTE_ATTRIBUTES.mark, number);
    const raised = document.createElement('sup');
    raised.setAttribute(FOOTNOTE_ATTRIBUTES.number, '');
    raised.textContent = number;
    mark.append(raised);
    return { element: mark };
  }

  override isInline(): true {
    return true;
  }

  /** Typing at its end goes on writing the footnote (Enter leaves it: see FootnotesPlugin). */
  override canInsertTextAfter(): true {
    return true;
  }

  /** Kept while its only text is replaced; FootnotesPlugin removes one left empty. */
  override canBeEmpty(): true {
    return true;
  }
}

export function $createFootnoteNode(): FootnoteNode {
  return $applyNodeReplacement(new FootnoteNode());
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
