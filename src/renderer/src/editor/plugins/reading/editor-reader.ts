import {
  $getRoot,
  $isElementNode,
  HISTORIC_TAG,
  type LexicalNode,
  type NodeKey,
  type UpdateListenerPayload,
} from 'lexical';
import { topLevelBlocks } from '../../../../../shared/brief/editor-json';
import {
  readBlock,
  readBrief,
  type BlockReading,
  type BriefReading,
  type CitationWriter,
} from '../../../../../shared/brief/reader';
import { $nodeToJSON } from '../../node-json';
import { $isCitationNode } from '../../nodes/CitationNode';

/** The brief as the shared reader reads it, with the editor's node behind each part. */
export interface EditorReading extends BriefReading {
  /** Each block's reading, in order. */
  blocks: readonly BlockReading[];
  /** The top-level node each block is read from (a list gives one block per item). */
  blockKeys: readonly NodeKey[];
  /** The node of each citation in `citations`. */
  citationKeys: readonly NodeKey[];
}

interface TopLevelReading {
  blocks: BlockReading[];
  citationKeys: NodeKey[];
}

function $citationKeys(node: LexicalNode, into: NodeKey[] = []): NodeKey[] {
  if ($isCitationNode(node)) into.push(node.getKey());
  else if ($isElementNode(node)) for (const child of node.getChildren()) $citationKeys(child, into);
  return into;
}

/**
 * Reads the editor's brief with the export's reader, keeping each top-level node's reading so a
 * keystroke re-reads only the node typed in: the rest of a read is linear in the brief's
 * citations and blocks, with no text read again.
 */
export class EditorBriefReader {
  private byKey = new Map<NodeKey, TopLevelReading>();
  /** The elements changed since the last read (a node's ancestors included), or all of them. */
  private changed: Set<NodeKey> | 'all' = 'all';

  /** Notes what an update changed, from Lexical's update listener; false if it changed nothing. */
  noteUpdate({
    dirtyElements,
    dirtyLeaves,
    prevEditorState,
    tags,
  }: UpdateListenerPayload): boolean {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return false;
    // A state put in whole (opening, undo, redo) marks only the root, and not as changed itself.
    const replaced =
      prevEditorState.isEmpty() ||
      tags.has(HISTORIC_TAG) ||
      (dirtyElements.size === 1 && dirtyElements.get('root') === false && !dirtyLeaves.size);
    if (replaced) this.changed = 'all';
    else if (this.changed !== 'all') for (const key of dirtyElements.keys()) this.changed.add(key);
    return true;
  }

  /** Reads the current editor state (inside `editorState.read`), again only where it changed. */
  $read(write: CitationWriter): EditorReading {
    const changed = this.changed;
    this.changed = new Set();
    const next = new Map<NodeKey, TopLevelReading>();
    const blocks: BlockReading[] = [];
    const blockKeys: NodeKey[] = [];
    const citationKeys: NodeKey[] = [];
    for (const node of $getRoot().getChildren()) {
      const key = node.getKey();
      let reading = changed === 'all' || changed.has(key) ? undefined : this.byKey.get(key);
      if (!reading) {
        const read = topLevelBlocks($nodeToJSON(node)).map(readBlock);
        const keys = $citationKeys(node);
        // The JSON reader and the node walk meet the same citations in the same order.
        const counted = read.reduce((sum, block) => sum + block.citations.length, 0);
        reading = {
          blocks: read,
          citationKeys: counted === keys.length ? keys : Array<NodeKey>(counted).fill(''),
        };
      }
      next.set(key, reading);
      for (const block of reading.blocks) {
        blocks.push(block);
        blockKeys.push(key);
      }
      for (const citationKey of reading.citationKeys) citationKeys.push(citationKey);
    }
    this.byKey = next;
    return { ...readBrief(blocks, write), blocks, blockKeys, citationKeys };
  }
}
