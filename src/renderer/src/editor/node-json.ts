import { $isElementNode, type LexicalNode } from 'lexical';
import type { SerializedElement, SerializedNode } from '../../../shared/brief/editor-json';

/** A node and everything in it as stored JSON, as the editor state's own export writes it. */
export function $nodeToJSON(node: LexicalNode): SerializedNode {
  const json = node.exportJSON() as SerializedNode;
  if (!$isElementNode(node)) return json;
  return { ...(json as SerializedElement), children: node.getChildren().map($nodeToJSON) };
}
