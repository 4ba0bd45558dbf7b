import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { act, createRef, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { EDITOR_NODES } from '../../src/renderer/src/editor/nodes';
import { CitationChipsPlugin } from '../../src/renderer/src/editor/plugins/citation-chips/CitationChipsPlugin';
import {
  CitationContext,
  type CitationContextValue,
} from '../../src/renderer/src/editor/plugins/citation-forms/store';
import { documentBlocks } from '../../src/shared/brief/editor-json';
import { editorTheme } from '../../src/renderer/src/editor/theme';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: Root[] = [];

export interface MountedEditor {
  editor: LexicalEditor;
  /** The editable element, as the page shows it. */
  content: HTMLElement;
}

/**
 * A Lexical editor with Amicus's nodes and the given plugins, rendered into the document (jsdom)
 * the way the app renders it; `citations` makes it a brief's editor (forms and style).
 */
export function mountEditor(
  initial: string | undefined,
  plugins: ReactNode,
  citations: CitationContextValue | null = null,
): MountedEditor {
  const ref = createRef<LexicalEditor>();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push(root);
  act(() =>
    root.render(
      <CitationContext.Provider value={citations}>
        <LexicalComposer
          initialConfig={{
            namespace: citations ? 'brief' : 'snippet',
            nodes: EDITOR_NODES,
            theme: editorTheme,
            editorState: initial,
            onError: (error) => {
              throw error;
            },
          }}
        >
          <RichTextPlugin
            contentEditable={<ContentEditable />}
            ErrorBoundary={LexicalErrorBoundary}
          />
          <CitationChipsPlugin />
          {plugins}
          <EditorRefPlugin editorRef={ref} />
        </LexicalComposer>
      </CitationContext.Provider>,
    ),
  );
  const content = container.querySelector<HTMLElement>('[contenteditable]');
  if (!ref.current || !content) throw new Error('the editor did not mount');
  return { editor: ref.current, content };
}

/** Unmounts every editor mounted since the last call. */
export function unmountEditors(): void {
  act(() => {
    for (const root of mounted.splice(0)) root.unmount();
  });
  document.body.innerHTML = '';
}

/** The editor's document as the export reads it. */
export function storedBlocks(editor: LexicalEditor) {
  return documentBlocks(JSON.stringify(editor.getEditorState().toJSON()));
}
