import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { curlyQuote } from '../../../../../shared/typography';

/** Typing " or ' writes the curly mark the place calls for, as Word does. */
export function SmartQuotesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.key !== '"' && event.key !== "'") return false;
          if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const start = selection.isBackward() ? selection.focus : selection.anchor;
          const node = start.getNode();
          // The character before the caret, within its text node (a new node starts a word).
          const before = $isTextNode(node)
            ? node.getTextContent().slice(0, start.offset).slice(-1)
            : '';
          event.preventDefault();
          selection.insertText(curlyQuote(event.key, before));
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
