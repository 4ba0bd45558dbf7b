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
import { $isFootnoteNode } from '../../nodes/FootnoteNode';
import { $footnoteAtCaret } from '../footnotes/FootnotesPlugin';

/** The caret, or the end of the document when the editor has never had one. */
function $caret(): BaseSelection {
  const selection = $getSelection();
  if (selection) return selection;
  return $getRoot().selectEnd();
}

/**
 * Inserts inline nodes at the caret. Lexical's insertion moves anything inserted at the edge of
 * an inline element out of it; in a footnote, the nodes go where the caret is, replacing the
 * selected text.
 */
function $insertInline(nodes: LexicalNode[]): void {
  const selection = $getSelection();
  if ($isRangeSelection(selection) && !selection.isCollapsed() && $footnoteAtCaret())
    selection.removeText();
  const [first, ...rest] = nodes;
  if (!first || !$isRangeSelection(selection) || !$footnoteAtCaret()) {
    $insertNodes(nodes);
    return;
  }
  const { anchor } = selection;
  const at = anchor.getNode();
  if ($isTextNode(at)) {
    if (anchor.offset === 0) at.insertBefore(first);
    else if (anchor.offset >= at.getTextContentSize()) at.insertAfter(first);
    else at.splitText(anchor.offset)[0]?.insertAfter(first);
  } else if ($isElementNode(at)) {
    const child = at.getChildAtIndex(anchor.offset);
    if (child) child.insertBefore(first);
    else at.append(first);
  }
  let last = first;
  for (const node of rest) last = last.insertAfter(node);
  if ($isTextNode(last)) last.select();
  else last.selectNext(0, 0);
}

/**
 * A snippet's content as a footnote can hold it: its paragraphs run on, and a footnote of its
 * own (a footnote cannot hold one) keeps its text in brackets where its number stood.
 */
function $asFootnoteText(nodes: readonly LexicalNode[]): LexicalNode[] {
  const inline: LexicalNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isFootnoteNode(node)) {
      inline.push($createTextNode(' ['));
      node.getChildren().forEach(visit);
      inline.push($createTextNode(']'));
    } else if ($isElementNode(node)) {
      if (!node.isInline() && inline.length > 0) inline.push($createTextNode(' '));
      node.getChildren().forEach(visit);
    } else {
      inline.push(node);
    }
  };
  nodes.forEach(visit);
  return inline;
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
            $insertInline([
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
            if ($isRangeSelection(selection) && !$footnoteAtCaret()) selection.insertText(sentence);
            else $insertInline([$createTextNode(sentence)]);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_SNIPPET_COMMAND,
          ({ content }) => {
            const state = JSON.parse(content) as SerializedEditorState;
            const nodes = $generateNodesFromSerializedNodes(state.root.children);
            if ($footnoteAtCaret()) $insertInline($asFootnoteText(nodes));
            else $insertGeneratedNodes(editor, nodes, $caret());
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
