import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot, type EditorState } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import type { Matter, Snippet } from '../../../shared/library';
import { call } from '../api';
import { EDITOR_NODES } from '../editor/nodes';
import { CitationChipsPlugin } from '../editor/plugins/citation-chips/CitationChipsPlugin';
import { ClipboardPlugin } from '../editor/plugins/clipboard/ClipboardPlugin';
import { FootnotesPlugin } from '../editor/plugins/footnotes/FootnotesPlugin';
import { ShortcutsPlugin } from '../editor/plugins/shortcuts/ShortcutsPlugin';
import { SmartQuotesPlugin } from '../editor/plugins/smart-quotes/SmartQuotesPlugin';
import { ToolbarPlugin } from '../editor/plugins/toolbar/ToolbarPlugin';
import { editorTheme } from '../editor/theme';
import { MatterSelect } from '../ui/MatterSelect';
import { Field, tagsToText, textToTags } from '../ui/Field';
import { RecordDialog } from './RecordDialog';

/**
 * Reports the snippet's content and its text as it starts (a selection saved from a brief is
 * ready to save as it is) and after every edit.
 */
function ContentPlugin({ onChange }: { onChange(content: string, plainText: string): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const report = (state: EditorState) =>
      onChange(
        JSON.stringify(state.toJSON()),
        state.read(() => $getRoot().getTextContent()),
      );
    report(editor.getEditorState());
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) report(editorState);
    });
  }, [editor, onChange]);
  return null;
}

interface Props {
  snippet: Snippet | null;
  /** Rich content to start a new snippet with (the editor's selection). */
  initialContent?: string;
  matters: Matter[];
  defaultMatterId: number | null;
  onClose(): void;
  onSaved(): void;
}

export function SnippetForm({
  snippet,
  initialContent,
  matters,
  defaultMatterId,
  onClose,
  onSaved,
}: Props) {
  const [title, setTitle] = useState(snippet?.title ?? '');
  const [matterId, setMatterId] = useState<number | null>(
    snippet ? snippet.matterId : defaultMatterId,
  );
  const [tags, setTags] = useState(tagsToText(snippet?.tags ?? []));
  const [content, setContent] = useState(snippet?.content ?? initialContent ?? '');
  const [plainText, setPlainText] = useState(snippet?.plainText ?? '');
  const changeContent = useCallback((next: string, nextText: string) => {
    setContent(next);
    setPlainText(nextText);
  }, []);

  const save = async () => {
    if (!plainText.trim()) throw new Error('A snippet needs some text.');
    const input = { title, matterId, content, plainText, tags: textToTags(tags) };
    if (snippet) await call('snippet:update', { ...input, id: snippet.id });
    else await call('snippet:create', input);
    onSaved();
  };
  const remove = snippet
    ? async () => {
        await call('snippet:delete', { id: snippet.id });
        onSaved();
      }
    : undefined;

  return (
    <RecordDialog
      title={snippet ? 'Edit snippet' : 'New snippet'}
      noun="snippet"
      onSave={save}
      onDelete={remove}
      onClose={onClose}
      wide
    >
      <Field label="Title" value={title} onChange={setTitle} required wide />
      <MatterSelect matters={matters} value={matterId} onChange={setMatterId} />
      <Field label="Tags" value={tags} onChange={setTags} placeholder="comma, separated" />
      <div className="field field--wide">
        <span className="field__label" id="snippet-text-label">
          Text
        </span>
        <div className="snippet-editor">
          <LexicalComposer
            initialConfig={{
              namespace: 'snippet',
              nodes: EDITOR_NODES,
              theme: editorTheme,
              editorState: content || undefined,
              onError(error) {
                throw error;
              },
            }}
          >
            <ToolbarPlugin />
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="snippet-editor__content"
                  aria-labelledby="snippet-text-label"
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
            <HistoryPlugin />
            <ListPlugin />
            <ShortcutsPlugin />
            <SmartQuotesPlugin />
            <FootnotesPlugin />
            <CitationChipsPlugin />
            <ClipboardPlugin />
            <ContentPlugin onChange={changeContent} />
          </LexicalComposer>
        </div>
      </div>
    </RecordDialog>
  );
}
