import { $isListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode, type NodeKey } from 'lexical';
import { useContext, useEffect } from 'react';
import {
  placeCitations,
  unpinnedShortForms,
  type ReadingItem,
} from '../../../../../shared/citations/resolve';
import { $isCitationNode } from '../../nodes/CitationNode';
import { $isFootnoteNode } from '../../nodes/FootnoteNode';
import { CitationContext, registerCitationContext } from './store';

/** Reads the document in order, as placeCitations expects it; the export reads the stored JSON alike. */
interface CitationKey {
  key: NodeKey;
  authorityId: number;
}

function $readingOrder(): { items: ReadingItem[]; keys: CitationKey[] } {
  const items: ReadingItem[] = [];
  const keys: CitationKey[] = [];
  const visit = (node: LexicalNode) => {
    if ($isCitationNode(node)) {
      const { authorityId, forceFull, pin } = node.getFields();
      items.push({ kind: 'citation', authorityId, forceFull, pin });
      keys.push({ key: node.getKey(), authorityId });
    } else if ($isTextNode(node)) {
      items.push({ kind: 'text', text: node.getTextContent() });
    } else if ($isFootnoteNode(node)) {
      // Read where its number stands, as a passage of its own (as readingItems does).
      items.push({ kind: 'break' });
      for (const child of node.getChildren()) visit(child);
      items.push({ kind: 'break' });
    } else if ($isElementNode(node)) {
      const isBlock = node.getParent()?.getKey() === 'root' || $isListItemNode(node);
      for (const child of node.getChildren()) visit(child);
      if (isBlock) items.push({ kind: 'break' });
    }
  };
  for (const block of $getRoot().getChildren()) visit(block);
  return { items, keys };
}

/** Keeps every citation's form (full, short, Id.) right as the text around it changes. */
export function CitationFormsPlugin() {
  const [editor] = useLexicalComposerContext();
  const context = useContext(CitationContext);
  useEffect(
    () => (context ? registerCitationContext(editor, context) : undefined),
    [editor, context],
  );
  useEffect(() => {
    if (!context) return;
    const resolve = () =>
      editor.getEditorState().read(() => {
        const { items, keys } = $readingOrder();
        const placements = placeCitations(items);
        const uses = new Map<number, NodeKey[]>();
        for (const { key, authorityId } of keys)
          uses.set(authorityId, [...(uses.get(authorityId) ?? []), key]);
        context.store.set({
          placements: new Map(
            keys.flatMap(({ key }, i) => {
              const placement = placements[i];
              return placement ? [[key, placement] as const] : [];
            }),
          ),
          uses,
          unpinnedShort: unpinnedShortForms(items, placements).flatMap((i) => {
            const key = keys[i]?.key;
            return key === undefined ? [] : [key];
          }),
        });
      });
    resolve();
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) resolve();
    });
  }, [editor, context]);
  return null;
}
