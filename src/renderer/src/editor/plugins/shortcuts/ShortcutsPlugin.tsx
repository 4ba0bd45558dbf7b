import { INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { SAVE_NOW_COMMAND, SET_BLOCK_TYPE_COMMAND, type BlockType } from '../../commands';
import { $setBlockType } from '../toolbar/block-type';

/** Word's shortcuts for styles, lists, redo and save; bold, italic, underline and undo come with rich text. */
export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          SET_BLOCK_TYPE_COMMAND,
          (type) => {
            $setBlockType(type);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const mod = event.ctrlKey || event.metaKey;
            if (!mod) return false;
            const key = event.key.toLowerCase();
            let blockType: BlockType | null = null;
            if (event.altKey && ['1', '2', '3'].includes(event.key))
              blockType = `h${event.key}` as BlockType;
            else if (event.shiftKey && key === 'n') blockType = 'paragraph';
            else if (event.shiftKey && key === 'q') blockType = 'quote';
            if (blockType) {
              event.preventDefault();
              editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, blockType);
              return true;
            }
            if (event.shiftKey && key === 'l') {
              event.preventDefault();
              return editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
            }
            if (!event.shiftKey && key === 'y') {
              event.preventDefault();
              return editor.dispatchCommand(REDO_COMMAND, undefined);
            }
            if (!event.shiftKey && key === 's') {
              event.preventDefault();
              return editor.dispatchCommand(SAVE_NOW_COMMAND, undefined);
            }
            return false;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );
  return null;
}
