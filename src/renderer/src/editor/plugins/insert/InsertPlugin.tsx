import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  type LexicalNode,
  type BaseSelection,
  type SerializedEditorState,
} from 'lexical';
import { useEffect } from 'react';
import { factWithRecordCite } from '../../../../../shared/brief/fact-text';
import {
  INSERT_CITATION_COMMAND,
  INSERT_FACT_COMMAND,
  INSERT_SNIPPET_COMMAND,
} from '../../commands';
import { $createCitationNode } from '../../nodes/CitationNode';
import { $footnoteAtCaret } from '../footnotes/FootnotesPlugin';

/** The caret, or the end of the document when the editor has never had one. */
function $caret(): BaseSelection {
  const selection = $getSelection();
  if (selection) return selection;
  return $getRoot().selectEnd();
}

/**
 * Inserts an inline node at the caret. Lexical's insertion moves anything inserted at the edge
 * of an inline element out of it; in a footnote, the node goes where the caret is.
 */
function $insertInline(node: LexicalNode): void {
  const selection = $getSelection();
  const footnote = $footnoteAtCaret();
  if (!footnote || !$isRangeSelection(selection) || !selection.isCollapsed()) {
    $insertNodes([node]);
    return;
  }
  const { anchor } = selection;
  const at = anchor.getNode();
  if ($isTextNode(at)) {
    if (anchor.offset === 0) at.insertBefore(node);
    else if (anchor.offset >= at.getTextContentSize()) at.insertAfter(node);
    else at.splitText(anchor.offset)[0]?.insertAfter(node);
  } else if ($isElementNode(at)) {
    const child = at.getChildAtIndex(anchor.offset);
    if (child) child.insertBefore(node);
    else at.append(node);
  }
  node.selectNext(0, 0);
}

/** Inserts library items (citations, facts, snippets) where the caret is. */
export function InsertPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_CITATION_COMMAND,
          ({ authorityId }) => {
            $caret();
            $insertInline(
              $createCitationNode({
                authorityId,
                pin: '',
                signal: '',
                parenthetical: '',
                forceFull: false,
              }),
            );
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_FACT_COMMAND,
          ({ text, recordCite }) => {
            const selection = $caret();
            const sentence = factWithRecordCite(text, recordCite);
            if ($isRangeSelection(selection)) selection.insertText(sentence);
            else $insertNodes([$createTextNode(sentence)]);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_SNIPPET_COMMAND,
          ({ content }) => {
            const state = JSON.parse(content) as SerializedEditorState;
            const nodes = $generateNodesFromSerializedNodes(state.root.children);
            // A snippet is paragraphs: in a footnote, it goes after the footnote instead.
            $footnoteAtCaret()?.selectNext(0, 0);
            $insertGeneratedNodes(editor, nodes, $caret());
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
