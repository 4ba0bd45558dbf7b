import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { useMemo, type RefObject } from 'react';
import { parseEditorState, repairEditorState } from '../../../shared/brief/editor-json';
import { BriefRecovery } from './BriefRecovery';
import type { Brief } from '../../../shared/library';
import { EDITOR_NODES } from './nodes';
import { AutosavePlugin, type SaveStatus } from './plugins/autosave/AutosavePlugin';
import { CitationChipsPlugin } from './plugins/citation-chips/CitationChipsPlugin';
import { ClipboardPlugin } from './plugins/clipboard/ClipboardPlugin';
import { CitationContext, type CitationContextValue } from './plugins/citation-forms/store';
import { FootnotesPlugin } from './plugins/footnotes/FootnotesPlugin';
import { InsertPlugin } from './plugins/insert/InsertPlugin';
import { LinkCitationPlugin } from './plugins/link-citation/LinkCitationPlugin';
import { LinkCitationsPlugin } from './plugins/link-citations/LinkCitationsPlugin';
import {
  BriefReadingPlugin,
  type BriefStats,
  type OutlineEntry,
} from './plugins/reading/BriefReadingPlugin';
import { PasteWordPlugin } from './plugins/paste-word/PasteWordPlugin';
import { ShortcutsPlugin } from './plugins/shortcuts/ShortcutsPlugin';
import { SmartQuotesPlugin } from './plugins/smart-quotes/SmartQuotesPlugin';
import { ToolbarPlugin } from './plugins/toolbar/ToolbarPlugin';
import { editorTheme } from './theme';

interface Props {
  brief: Brief;
  editorRef: RefObject<LexicalEditor | null>;
  saveRef: RefObject<(() => Promise<void>) | null>;
  onSaveStatus(status: SaveStatus): void;
  onOutline(outline: OutlineEntry[]): void;
  citations: CitationContextValue;
  onStats(stats: BriefStats): void;
  /** The content is edits recovered from the page, not yet in the library. */
  recovered?: boolean;
  onShowHistory(): void;
}

/**
 * The editor's opening state from the brief as stored; null when it is not a document Amicus can
 * read. Parts the editor does not know are opened as their text; the brief as stored is kept in
 * its history at the first save.
 */
function openStored(
  content: string,
): { initialConfig: InitialConfigType; repaired: number } | null {
  const stored = content.trim();
  const parsed = stored ? parseEditorState(stored) : null;
  if (stored && !parsed) return null;
  const { state, repaired } = parsed ? repairEditorState(parsed) : { state: null, repaired: 0 };
  return {
    repaired,
    initialConfig: {
      namespace: 'brief',
      nodes: EDITOR_NODES,
      theme: editorTheme,
      editorState: state ? JSON.stringify(state) : undefined,
      onError(error) {
        throw error;
      },
    },
  };
}

export function BriefEditor({
  brief,
  editorRef,
  saveRef,
  onSaveStatus,
  onOutline,
  citations,
  onStats,
  recovered = false,
  onShowHistory,
}: Props) {
  // Read once per stored text, not on every render: the app re-renders the editor's parent at
  // each save status, and a long brief's JSON takes tens of milliseconds to parse.
  const opened = useMemo(() => openStored(brief.content), [brief.content]);
  if (!opened) {
    return (
      <BriefRecovery
        brief={brief}
        reason="Its stored text is not a document Amicus can read."
        onShowHistory={onShowHistory}
      />
    );
  }
  const { initialConfig, repaired } = opened;

  return (
    <CitationContext.Provider value={citations}>
      <LexicalComposer initialConfig={initialConfig}>
        <ToolbarPlugin linkCitations />
        {repaired > 0 && (
          <p className="editor-notice" role="status">
            {repaired === 1 ? 'One part' : `${repaired} parts`} of this brief could not be read as
            written (made by a newer Amicus, or damaged) and {repaired === 1 ? 'is' : 'are'} shown
            as plain text. The brief as stored is kept in its history when you first save.
          </p>
        )}
        <LinkCitationPlugin />
        <LinkCitationsPlugin />
        <div className="page-scroller">
          <div className="page">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="page__content"
                  aria-label="Brief editor"
                  aria-placeholder="Start writing the brief…"
                  placeholder={<div className="page__placeholder">Start writing the brief…</div>}
                  spellCheck
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <ShortcutsPlugin />
        <SmartQuotesPlugin />
        <InsertPlugin />
        <FootnotesPlugin />
        <CitationChipsPlugin />
        <ClipboardPlugin />
        <PasteWordPlugin />
        <AutosavePlugin
          brief={brief}
          onStatus={onSaveStatus}
          saveRef={saveRef}
          recovered={recovered}
        />
        <BriefReadingPlugin onOutline={onOutline} onStats={onStats} />
        <EditorRefPlugin editorRef={editorRef} />
      </LexicalComposer>
    </CitationContext.Provider>
  );
}
