import {
  $getNodeByKey,
  $getRoot,
  $parseSerializedNode,
  type LexicalEditor,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { SerializedElement } from '../../../../../shared/brief/editor-json';
import { linkCitations, type LinkResult } from '../../../../../shared/citations/link';
import { call } from '../../../api';

/** Tries again when the blocks being linked were edited while the library was asked. */
const ATTEMPTS = 3;

/**
 * Links the citations written as text in some top-level blocks of the editor (all when none are
 * named), by the shared linker, and writes the blocks that changed as one undoable edit.
 */
export async function linkCitationsInEditor(
  editor: LexicalEditor,
  blockKeys: readonly NodeKey[] | null,
): Promise<LinkResult> {
  for (let attempt = 1; ; attempt++) {
    const state = editor.getEditorState();
    const keys = state.read(() => $getRoot().getChildrenKeys());
    const serialized = state.toJSON().root.children as unknown as SerializedElement[];
    const chosen = keys.flatMap((key, index) =>
      !blockKeys || blockKeys.includes(key) ? [{ key, block: serialized[index] }] : [],
    );
    const blocks = chosen.flatMap(({ block }) => (block ? [block] : []));
    const result = await linkCitations(blocks, (authorityKeys) =>
      call('authority:match', { keys: authorityKeys }),
    );
    const snapshot = (json: unknown) => JSON.stringify(json);
    const latest = editor.getEditorState();
    const latestKeys = latest.read(() => $getRoot().getChildrenKeys());
    const latestBlocks = latest.toJSON().root.children;
    const unchanged = result.changed.every((index) => {
      const at = latestKeys.indexOf(chosen[index]?.key ?? '');
      return at >= 0 && snapshot(latestBlocks[at]) === snapshot(blocks[index]);
    });
    if (!unchanged && attempt < ATTEMPTS) continue;
    if (!unchanged)
      throw new Error('The text changed while its citations were being linked; try again.');
    if (result.changed.length > 0) {
      editor.update(() => {
        for (const index of result.changed) {
          const node = $getNodeByKey(chosen[index]?.key ?? '');
          const block = result.blocks[index];
          if (node && block) node.replace($parseSerializedNode(block as SerializedLexicalNode));
        }
      });
    }
    return result;
  }
}
