import {
  $applyNodeReplacement,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type SerializedElementNode,
} from 'lexical';

export const FOOTNOTE_CLASS = 'doc-footnote';

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

  /** Copy and paste inside Amicus keep a footnote a footnote. */
  static override importDOM(): DOMConversionMap {
    return {
      span: (element: HTMLElement) =>
        element.classList.contains(FOOTNOTE_CLASS)
          ? { conversion: () => ({ node: $createFootnoteNode() }), priority: 1 }
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

  override exportDOM(): DOMExportOutput {
    const span = document.createElement('span');
    span.className = FOOTNOTE_CLASS;
    return { element: span };
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
