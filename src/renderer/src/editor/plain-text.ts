import { $isTextNode, type ElementNode, type NodeKey } from 'lexical';

/** Stands for a citation (or any non-text node) inside a paragraph's text. */
export const OBJECT_MARK = '\uFFFC';

export interface BlockText {
  text: string;
  /** Each text node's place in `text`. */
  pieces: { key: NodeKey; start: number; length: number }[];
}

/** A block's typed text, with a mark where a citation node sits, so nothing typed spans one. */
export function $blockText(block: ElementNode): BlockText {
  let text = '';
  const pieces: BlockText['pieces'] = [];
  for (const child of block.getChildren()) {
    if ($isTextNode(child)) {
      pieces.push({ key: child.getKey(), start: text.length, length: child.getTextContentSize() });
      text += child.getTextContent();
    } else {
      text += OBJECT_MARK;
    }
  }
  return { text, pieces };
}
