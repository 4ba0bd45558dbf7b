import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type LexicalNode,
} from 'lexical';
import type { BlockType } from '../../commands';

export const BLOCK_TYPE_LABELS: Record<BlockType, string> = {
  paragraph: 'Body text',
  h1: 'Heading 1',
  h2: 'Heading 2',
  h3: 'Heading 3',
  quote: 'Block quotation',
};

/** Turns the blocks under the selection into the given type. */
export function $setBlockType(type: BlockType): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  $setBlocksType(selection, () => {
    if (type === 'paragraph') return $createParagraphNode();
    if (type === 'quote') return $createQuoteNode();
    return $createHeadingNode(type);
  });
}

/** The type of the block holding the caret, or null where it is not one of ours (a list). */
export function $currentBlockType(): BlockType | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const block =
    anchor.getKey() === 'root'
      ? null
      : $findMatchingParent(anchor, (node: LexicalNode) => {
          const parent = node.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        });
  if (!block) return null;
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'h3';
  }
  if ($isQuoteNode(block)) return 'quote';
  return block.getType() === 'paragraph' ? 'paragraph' : null;
}
