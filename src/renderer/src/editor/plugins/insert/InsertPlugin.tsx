import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
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
            $insertNodes([
              $createCitationNode({
                authorityId,
                pin: '',
                signal: '',
                parenthetical: '',
                forceFull: false,
              }),
            ]);
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
