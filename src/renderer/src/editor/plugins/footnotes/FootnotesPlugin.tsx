import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_NORMAL,
  KEY_BACKSPACE_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { INSERT_FOOTNOTE_COMMAND } from '../../commands';
import { $createFootnoteNode, $isFootnoteNode, type FootnoteNode } from '../../nodes/FootnoteNode';

/** The footnote the caret is in, if any. */
export function $footnoteAtCaret(): FootnoteNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const found = $findMatchingParent(selection.anchor.getNode(), (node: LexicalNode) =>
    $isFootnoteNode(node),
  );
  return $isFootnoteNode(found) ? found : null;
}

/**
 * Footnotes as Word users know them: inserted at the caret (Ctrl+Alt+F), written in place, left
 * with Enter, and removed by Backspace once empty. Their numbers follow their order.
 */
export function FootnotesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_FOOTNOTE_COMMAND,
          () => {
            const selection = $getSelection();
            // A footnote cannot hold another footnote.
            if (!$isRangeSelection(selection) || $footnoteAtCaret()) return false;
            // As in Word, a footnote goes at the end of the selected text, which stays.
            const end = selection.isBackward() ? selection.anchor : selection.focus;
            selection.anchor.set(end.key, end.offset, end.type);
            selection.focus.set(end.key, end.offset, end.type);
            const footnote = $createFootnoteNode();
            $insertNodes([footnote]);
            footnote.select(0, 0);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            const footnote = $footnoteAtCaret();
            if (!footnote) return false;
            event?.preventDefault();
            footnote.selectNext(0, 0);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          KEY_BACKSPACE_COMMAND,
          (event) => {
            const footnote = $footnoteAtCaret();
            if (!footnote || footnote.getTextContentSize() > 0) return false;
            event.preventDefault();
            const previous = footnote.getPreviousSibling();
            if (previous) previous.selectEnd();
            else footnote.selectPrevious();
            footnote.remove();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            // Word's shortcut for a footnote.
            if (!(event.ctrlKey || event.metaKey) || !event.altKey) return false;
            if (event.key.toLowerCase() !== 'f' && event.code !== 'KeyF') return false;
            event.preventDefault();
            return editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined);
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );
  return null;
}
