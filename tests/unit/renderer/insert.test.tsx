import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot, type LexicalEditor } from 'lexical';
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  citation,
  documentBlocks,
  editorState,
  paragraph,
  text,
} from '../../../src/shared/brief/editor-json';
import {
  INSERT_CITATION_COMMAND,
  INSERT_FACT_COMMAND,
  INSERT_SNIPPET_COMMAND,
} from '../../../src/renderer/src/editor/commands';
import { EDITOR_NODES } from '../../../src/renderer/src/editor/nodes';
import { InsertPlugin } from '../../../src/renderer/src/editor/plugins/insert/InsertPlugin';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function mountEditor(initial?: string): LexicalEditor {
  const ref = createRef<LexicalEditor>();
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <LexicalComposer
        initialConfig={{
          namespace: 'test',
          nodes: EDITOR_NODES,
          editorState: initial,
          onError: (e) => {
            throw e;
          },
        }}
      >
        <RichTextPlugin
          contentEditable={<ContentEditable />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <InsertPlugin />
        <EditorRefPlugin editorRef={ref} />
      </LexicalComposer>,
    ),
  );
  return ref.current!;
}

function stored(editor: LexicalEditor) {
  return documentBlocks(JSON.stringify(editor.getEditorState().toJSON()));
}

describe('inserting from the library', () => {
  it('inserts a citation node that stores the authority id, never its text', async () => {
    const editor = mountEditor(JSON.stringify(editorState([paragraph(text('As held in '))])));
    await act(async () => {
      editor.update(() => $getRoot().selectEnd());
      editor.dispatchCommand(INSERT_CITATION_COMMAND, { authorityId: 7 });
    });
    const [block] = stored(editor);
    expect(block?.inlines).toEqual([
      expect.objectContaining({ kind: 'text', text: 'As held in ' }),
      {
        kind: 'citation',
        authorityId: 7,
        pin: '',
        signal: '',
        parenthetical: '',
        forceFull: false,
      },
    ]);
    expect(JSON.stringify(editor.getEditorState().toJSON())).not.toContain('Gatimi');
  });

  it('inserts a fact with its record cite at the caret', async () => {
    const editor = mountEditor(JSON.stringify(editorState([paragraph(text('Facts: '))])));
    await act(async () => {
      editor.update(() => $getRoot().selectEnd());
      editor.dispatchCommand(INSERT_FACT_COMMAND, {
        text: 'She refused his advances',
        recordCite: 'A.R. 116',
      });
    });
    expect(stored(editor)[0]?.inlines).toEqual([
      expect.objectContaining({ text: 'Facts: She refused his advances. A.R. 116.' }),
    ]);
  });

  it('inserts a snippet’s rich content, citations included', async () => {
    const editor = mountEditor(JSON.stringify(editorState([paragraph(text('Intro.'))])));
    const snippet = JSON.stringify(
      editorState([
        paragraph(text('The Acosta test. '), citation({ authorityId: 2, pin: '233' })),
        paragraph(text('Second paragraph.')),
      ]),
    );
    await act(async () => {
      editor.update(() => $getRoot().selectEnd());
      editor.dispatchCommand(INSERT_SNIPPET_COMMAND, { content: snippet });
    });
    const blocks = stored(editor);
    expect(blocks.flatMap((b) => b.inlines).filter((i) => i.kind === 'citation')).toEqual([
      {
        kind: 'citation',
        authorityId: 2,
        pin: '233',
        signal: '',
        parenthetical: '',
        forceFull: false,
      },
    ]);
    expect(JSON.stringify(blocks)).toContain('Second paragraph.');
  });

  it('reads a malformed stored citation as an empty one rather than crashing', () => {
    const broken = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [{ type: 'citation', version: 1, authorityId: 'x', pin: 5 }],
          },
        ],
      },
    });
    const editor = mountEditor(broken);
    expect(stored(editor)[0]?.inlines).toEqual([
      {
        kind: 'citation',
        authorityId: 0,
        pin: '',
        signal: '',
        parenthetical: '',
        forceFull: false,
      },
    ]);
  });
});
