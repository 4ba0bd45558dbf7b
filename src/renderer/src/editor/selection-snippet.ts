import { $generateJSONFromSelectedNodes } from '@lexical/clipboard';
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import {
  BLOCK_TYPES,
  editorState,
  paragraph,
  type SerializedElement,
  type SerializedNode,
} from '../../../shared/brief/editor-json';

/**
 * The selected passage as a snippet's content (editor JSON), citations and footnotes live, or
 * null when nothing is selected. A selection within one paragraph, or one starting in a footnote,
 * is inline content: it becomes a paragraph of its own.
 */
export function $selectionAsSnippet(editor: LexicalEditor): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const nodes = $generateJSONFromSelectedNodes<SerializedNode>(editor, selection).nodes;
  if (nodes.length === 0) return null;
  const blocks = nodes.every((node) => BLOCK_TYPES.has(node.type))
    ? (nodes as SerializedElement[])
    : [paragraph(...nodes)];
  return JSON.stringify(editorState(blocks));
}
