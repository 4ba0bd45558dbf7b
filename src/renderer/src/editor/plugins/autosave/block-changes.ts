import {
  $getRoot,
  HISTORIC_TAG,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type UpdateListenerPayload,
} from 'lexical';
import {
  frameOf,
  newBlockKey,
  placements,
  type BriefChanges,
  type SavedBlock,
} from '../../../../../shared/brief/blocks';
import { $nodeToJSON } from '../../node-json';

/** The blocks the library holds for the brief the editor opened, as `brief:get` gave them. */
export interface StoredBlocks {
  blockKeys: readonly string[];
  revision: number;
}

/** One save: the changes sent, and what the library holds once they are saved. */
export interface PendingSave {
  changes: BriefChanges;
  /** Every edit up to this one is in `changes`. */
  through: number;
  order: string[];
  frame: string;
  written: SavedBlock[];
}

const blockJson = (node: LexicalNode) => JSON.stringify($nodeToJSON(node));

/** The key of the root's child that holds `key`, read off the state's own node map. */
function topLevelKey(state: EditorState, key: NodeKey): NodeKey | null {
  let node = state._nodeMap.get(key);
  while (node && node.__parent !== null && node.__parent !== 'root')
    node = state._nodeMap.get(node.__parent);
  return node?.__parent === 'root' ? node.__key : null;
}

/**
 * Which of the brief's top-level blocks changed since the library last confirmed a save, and the
 * changes that save them: the blocks whose JSON differs from the library's, the blocks gone, and
 * where blocks new or moved go. Block keys last across sessions (Lexical's node keys do not):
 * the stored keys are given to the root's children in order when the editor opens, and a new
 * block gets a fresh one. When the stored blocks and the editor's do not line up (Lexical
 * normalized the document, or the library refused changes as stale), the next save is whole.
 */
export class BlockChanges {
  private readonly blockKeys = new Map<NodeKey, string>();
  /** Each block's JSON as the library holds it. */
  private held = new Map<string, string>();
  private heldOrder: string[] = [];
  private heldFrame = '';
  private revision = 0;
  private whole: boolean;
  /** The root's children changed since the last confirmed save, with the edit that changed them. */
  private readonly dirty = new Map<NodeKey, number>();
  private edits = 0;

  /** `stored`: what the library holds is what the editor opened on; null when it is not. */
  constructor(
    private readonly editor: LexicalEditor,
    stored: StoredBlocks | null,
  ) {
    this.whole = true;
    if (!stored) return;
    this.revision = stored.revision;
    editor.getEditorState().read(() => {
      const root = $getRoot();
      const children = root.getChildren();
      // Lexical normalizes what it opens: if the blocks no longer line up, the first save is
      // whole. Until something is edited nothing is, as the library holds the same text.
      const keys = stored.blockKeys.length === children.length ? stored.blockKeys : null;
      this.whole = keys === null;
      this.heldOrder = children.map((node, i) => {
        const key = keys?.[i] ?? newBlockKey();
        this.blockKeys.set(node.getKey(), key);
        this.held.set(key, blockJson(node));
        return key;
      });
      this.heldFrame = frameOf(root.exportJSON());
    });
  }

  /**
   * Notes which top-level blocks an update touched. Lexical marks every ancestor of a changed
   * node dirty, so a child of the root among them is a block that may have changed; a state set
   * whole (undo, redo) marks only the root, so then the two states' nodes are compared.
   */
  noteUpdate({
    dirtyElements,
    dirtyLeaves,
    editorState,
    prevEditorState,
    tags,
  }: Pick<
    UpdateListenerPayload,
    'dirtyElements' | 'dirtyLeaves' | 'editorState' | 'prevEditorState' | 'tags'
  >): void {
    const edit = ++this.edits;
    const nodes = editorState._nodeMap;
    const note = (key: NodeKey) => {
      if (nodes.get(key)?.__parent === 'root') this.dirty.set(key, edit);
    };
    for (const key of dirtyElements.keys()) note(key);
    for (const key of dirtyLeaves) note(key);
    const rootOnly =
      dirtyElements.size === 1 && dirtyElements.has('root') && dirtyLeaves.size === 0;
    if (!rootOnly && !tags.has(HISTORIC_TAG)) return;
    const before = prevEditorState._nodeMap;
    for (const [key, node] of nodes) {
      if (before.get(key) === node) continue;
      const top = topLevelKey(editorState, key);
      if (top !== null) this.dirty.set(top, edit);
    }
  }

  /** The changes a save would send now (all not yet confirmed), or null when there are none. */
  changes(): PendingSave | null {
    return this.editor.getEditorState().read(() => {
      const root = $getRoot();
      const frame = frameOf(root.exportJSON());
      const order: string[] = [];
      const upsert: SavedBlock[] = [];
      const all: SavedBlock[] = [];
      for (const node of root.getChildren()) {
        const nodeKey = node.getKey();
        let key = this.blockKeys.get(nodeKey);
        if (key === undefined) this.blockKeys.set(nodeKey, (key = newBlockKey()));
        order.push(key);
        const held = this.held.get(key);
        // Only a block noted as touched, or one the library lacks, is serialized again.
        const json = this.dirty.has(nodeKey) || held === undefined ? blockJson(node) : held;
        if (json !== held) upsert.push({ key, json });
        if (this.whole) all.push({ key, json });
      }
      const sameOrder =
        order.length === this.heldOrder.length &&
        order.every((key, i) => key === this.heldOrder[i]);
      if (upsert.length === 0 && sameOrder && frame === this.heldFrame) return null;
      const through = this.edits;
      if (this.whole)
        return {
          changes: { kind: 'whole', frame, blocks: all },
          through,
          order,
          frame,
          written: all,
        };
      // Typing within blocks leaves their order as it was: nothing removed or placed.
      const present = sameOrder ? null : new Set(order);
      const remove = present ? this.heldOrder.filter((key) => !present.has(key)) : [];
      const place = present
        ? placements(
            this.heldOrder.filter((key) => present.has(key)),
            order,
          )
        : [];
      return {
        changes: {
          kind: 'blocks',
          base: this.revision,
          ...(frame !== this.heldFrame && { frame }),
          upsert,
          remove,
          place,
          count: order.length,
        },
        through,
        order,
        frame,
        written: upsert,
      };
    });
  }

  /**
   * The changes for the save about to be sent; when there are none, the blocks noted as touched
   * are as the library holds them and are forgotten (no save may be in flight).
   */
  begin(): PendingSave | null {
    const save = this.changes();
    if (!save) this.dirty.clear();
    return save;
  }

  /** The library confirmed `save`, and holds the brief at `revision`. */
  confirm(save: PendingSave, revision: number): void {
    if (save.changes.kind === 'whole') this.held.clear();
    else for (const key of save.changes.remove) this.held.delete(key);
    for (const block of save.written) this.held.set(block.key, block.json);
    this.heldOrder = save.order;
    this.heldFrame = save.frame;
    this.revision = revision;
    this.whole = false;
    for (const [key, edit] of this.dirty) if (edit <= save.through) this.dirty.delete(key);
  }

  /** The library holds other blocks than these changes were made against: the next save is whole. */
  stale(): void {
    this.whole = true;
    this.held.clear();
    this.heldOrder = [];
    this.heldFrame = '';
  }
}
