import { $getRoot, $isElementNode, $isTextNode, type ElementNode, type NodeKey } from 'lexical';
import { OBJECT_MARK } from '../../../shared/brief/reader';
import { $isCitationNode } from './nodes/CitationNode';
import { $isFootnoteNode } from './nodes/FootnoteNode';

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

/**
 * The brief's paragraphs as prose to compare: each citation a break, each footnote a paragraph
 * of its own (keyed by its node, to jump to).
 */
export function $proseParagraphs(): { id: NodeKey; text: string }[] {
  const paragraphs: { id: NodeKey; text: string }[] = [];
  const collect = (element: ElementNode): string => {
    let text = '';
    for (const child of element.getChildren()) {
      if ($isFootnoteNode(child)) {
        paragraphs.push({ id: child.getKey(), text: collect(child) });
        text += '\n';
      } else if ($isCitationNode(child)) text += '\n';
      else if ($isTextNode(child)) text += child.getTextContent();
      else if ($isElementNode(child)) text += ` ${collect(child)} `;
      else text += ' ';
    }
    return text;
  };
  for (const block of $getRoot().getChildren()) {
    if (!$isElementNode(block)) continue;
    // The block goes before the footnotes collecting its text has just added.
    const at = paragraphs.length;
    const text = collect(block);
    paragraphs.splice(at, 0, { id: block.getKey(), text });
  }
  return paragraphs;
}
