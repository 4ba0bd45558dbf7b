import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { createEditor } from 'lexical';
import { BARE_ROOT } from './bare-page';

/**
 * The yardstick of the editor benchmark: Lexical with rich text and history on a plain
 * contenteditable, nothing else (no React, no plugins), bundled by esbuild into a blank page.
 */

/**
 * Opens the editor on a stored editor state, timed from the JSON text in hand to the first frame
 * showing every block.
 */
function open(json: string, blocks: number): Promise<number> {
  const started = performance.now();
  const root = document.querySelector<HTMLElement>(BARE_ROOT);
  if (!root) return Promise.reject(new Error('The bare page has no editor root'));
  const editor = createEditor({
    namespace: 'bare',
    nodes: [HeadingNode, QuoteNode],
    theme: { paragraph: 'doc-p' },
    onError(error) {
      throw error;
    },
  });
  mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
  editor.setRootElement(root);
  editor.setEditorState(editor.parseEditorState(json));
  return new Promise((resolve) => {
    const check = () => {
      if (root.childElementCount === blocks) resolve(performance.now() - started);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

declare global {
  interface Window {
    bareLexical: { open: typeof open };
  }
}

window.bareLexical = { open };
