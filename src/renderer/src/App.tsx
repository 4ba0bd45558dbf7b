import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, $isTextNode, type LexicalEditor } from 'lexical';
import { agreeingHeading } from '../../shared/brief/agreement';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Brief, BriefSummary, Matter } from '../../shared/library';
import type { ExportResult } from '../../shared/contract';
import { CompareDialog } from './briefs/CompareDialog';
import { RecordMapDialog } from './briefs/RecordMapDialog';
import { DuplicateBriefDialog } from './briefs/DuplicateBriefDialog';
import { $proseParagraphs } from './editor/plain-text';
import { MatterDialog } from './matters/MatterDialog';
import { MattersDialog, RemoveSampleDialog, sampleRemovedMessage } from './matters/MattersDialog';
import type { LibraryImportReport } from '../../shared/library-file';
import { call, errorMessage } from './api';
import { BackupsDialog } from './backups/BackupsDialog';
import { BriefDetailsDialog } from './briefs/BriefDetailsDialog';
import { BriefHistoryDialog } from './briefs/BriefHistoryDialog';
import { TrashDialog } from './briefs/TrashDialog';
import { editedContent, pendingEdits } from './editor/plugins/autosave/pending';
import { BriefList } from './briefs/BriefList';
import { NewBriefDialog } from './briefs/NewBriefDialog';
import { ImportDraftDialog } from './briefs/ImportDraftDialog';
import { CompliancePanel } from './briefs/CompliancePanel';
import type { BriefStats } from './editor/plugins/reading/BriefReadingPlugin';
import type { CourtProfile, ProfileOverrides } from '../../shared/brief/profiles';
import { factRecordCite } from '../../shared/brief/fact-text';
import { CitedAuthorities } from './briefs/CitedAuthorities';
import { CitationUsesStore } from './editor/plugins/citation-forms/store';
import {
  DEFAULT_ACT_CITATIONS,
  DEFAULT_CITATION_STYLE,
  type ActCitations,
  type CitationStyle,
} from '../../shared/citations/styles';
import { BriefTitle } from './briefs/BriefTitle';
import { Outline } from './briefs/Outline';
import { BriefEditor } from './editor/BriefEditor';
import { EditorBoundary } from './editor/BriefRecovery';
import {
  INSERT_CITATION_COMMAND,
  INSERT_FACT_COMMAND,
  INSERT_SNIPPET_COMMAND,
  LINK_CITATIONS_COMMAND,
} from './editor/commands';
import type { SaveStatus } from './editor/plugins/autosave/AutosavePlugin';
import { $selectionAsSnippet } from './editor/selection-snippet';
import type { OutlineEntry } from './editor/plugins/reading/BriefReadingPlugin';
import { ConfidentialGuardDialog } from './export/ConfidentialGuardDialog';
import { downloadBase64 } from './export/download';
import { authorityCache } from './library/authority-cache';
import { LibraryFiles } from './library/LibraryFiles';
import { LibraryPanel, type Inserters } from './library/LibraryPanel';
import { useNotify } from './ui/toasts';

const STATUS_TEXT: Record<SaveStatus['state'], string> = {
  saved: 'All changes saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
};

export function App() {
  const notify = useNotify();
  const [briefs, setBriefs] = useState<BriefSummary[]>([]);
  const [matters, setMatters] = useState<Matter[]>([]);
  const [brief, setBrief] = useState<Brief | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'saved' });
  const [outline, setOutline] = useState<OutlineEntry[]>([]);
  const [profiles, setProfiles] = useState<CourtProfile[]>([]);
  const [stats, setStats] = useState<BriefStats | null>(null);
  const [editingDetails, setEditingDetails] = useState(false);
  const [recovered, setRecovered] = useState(false);
  const [showingBackups, setShowingBackups] = useState(false);
  const [showingTrash, setShowingTrash] = useState(false);
  const [showingHistory, setShowingHistory] = useState(false);
  const [showingMatters, setShowingMatters] = useState(false);
  const [editingMatter, setEditingMatter] = useState<Matter | 'new' | null>(null);
  const [removingSample, setRemovingSample] = useState<Matter | null>(null);
  const [duplicating, setDuplicating] = useState(false);
  const [comparing, setComparing] = useState(false);
  const [mappingRecord, setMappingRecord] = useState(false);
  /** Changes when the library's records change under the library panel (a page map applied). */
  const [libraryGeneration, setLibraryGeneration] = useState(0);
  /** The party's brief last compared with the open brief, kept while the app runs. */
  const [partyBrief, setPartyBrief] = useState<{ briefId: number; text: string } | null>(null);
  /** Changes when the brief's text is replaced under the editor (a version restored). */
  const [editorGeneration, setEditorGeneration] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [guarded, setGuarded] = useState<Extract<ExportResult, { kind: 'confidential' }> | null>(
    null,
  );
  const [newSnippetContent, setNewSnippetContent] = useState<string | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  const saveRef = useRef<(() => Promise<void>) | null>(null);
  const clearNewSnippet = useCallback(() => setNewSnippetContent(null), []);
  const [citationUses] = useState(() => new CitationUsesStore());
  const citationStyle = brief?.citationStyle ?? DEFAULT_CITATION_STYLE;
  const actCitations = brief?.metadata.actCitations ?? DEFAULT_ACT_CITATIONS;
  const citationContext = useMemo(
    () => ({ store: citationUses, style: citationStyle, act: actCitations }),
    [citationUses, citationStyle, actCitations],
  );

  const reportError = useCallback(
    (error: unknown) => notify(errorMessage(error), 'error'),
    [notify],
  );
  const refreshBriefs = useCallback(
    () => call('brief:list', {}).then(setBriefs, reportError),
    [reportError],
  );
  const refreshMatters = useCallback(
    () => call('matter:list', {}).then(setMatters, reportError),
    [reportError],
  );

  /**
   * Opens a brief; edits the page kept because they never reached the library (typed while it
   * was down, or as the tab closed) come back in, and are saved.
   */
  const openBrief = useCallback(
    (id: number) =>
      call('brief:get', { id }).then(async (loaded) => {
        const pending = await pendingEdits.get(id).catch(() => undefined);
        const edited = pending ? editedContent(pending, loaded) : null;
        const newer =
          pending && edited !== null && edited !== loaded.content && pending.at > loaded.updatedAt;
        setSaveStatus({ state: newer ? 'unsaved' : 'saved' });
        setOutline([]);
        setStats(null);
        setRecovered(Boolean(newer));
        setBrief(newer ? { ...loaded, content: edited } : loaded);
        if (newer)
          notify(
            `Recovered the changes to “${loaded.title}” typed while Amicus could not save them; saving them now.`,
          );
        // Kept edits that do not fit the brief stay in the page rather than be lost.
        else if (pending && edited !== null) void pendingEdits.forget(id).catch(() => undefined);
      }, reportError),
    [reportError, notify],
  );

  useEffect(() => {
    void refreshMatters();
    void call('profile:list', {}).then(setProfiles, reportError);
    void call('brief:list', {}).then((list) => {
      setBriefs(list);
      if (list[0]) void openBrief(list[0].id);
    }, reportError);
  }, [openBrief, reportError, refreshMatters]);

  // A save returns the brief's summary: the list takes it without reading every brief again.
  useEffect(() => {
    const saved = saveStatus.state === 'saved' ? saveStatus.summary : undefined;
    if (saved) setBriefs((list) => [saved, ...list.filter((listed) => listed.id !== saved.id)]);
  }, [saveStatus]);

  /** After an import: the lists anew, and what the open page shows of what it replaced. */
  const libraryImported = async (report: LibraryImportReport) => {
    await Promise.all([refreshBriefs(), refreshMatters()]);
    if (report.changedAuthorityIds.length > 0) {
      const changed = await call('authority:get-many', { ids: report.changedAuthorityIds });
      for (const authority of changed) authorityCache.put(authority);
    }
    if (brief && report.changedBriefIds.includes(brief.id)) {
      setEditorGeneration((generation) => generation + 1);
      await openBrief(brief.id);
    }
  };

  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const briefCreated = async (created: Brief) => {
    await Promise.all([refreshBriefs(), refreshMatters()]);
    await openBrief(created.id);
  };

  /** After matters change: the lists, and the open brief if it went with the sample. */
  const mattersChanged = async () => {
    const [list] = await Promise.all([call('brief:list', {}), refreshMatters()]);
    setBriefs(list);
    if (brief && !list.some((item) => item.id === brief.id)) {
      setBrief(null);
      if (list[0]) void openBrief(list[0].id);
    }
  };

  const moveBrief = (matterId: number | null) =>
    updateBrief((id) => call('brief:set-matter', { id, matterId })).then(() => {
      void refreshBriefs();
      void refreshMatters();
    });

  const deleteBrief = async (target: BriefSummary) => {
    try {
      await call('brief:delete', { id: target.id });
      const remaining = briefs.filter((item) => item.id !== target.id);
      setBriefs(remaining);
      void refreshMatters();
      if (brief?.id === target.id) {
        setBrief(null);
        if (remaining[0]) void openBrief(remaining[0].id);
      }
      notify(`Moved “${target.title}” to the trash.`);
    } catch (error) {
      reportError(error);
    }
  };

  const renameBrief = async (title: string) => {
    if (!brief) return;
    try {
      const renamed = await call('brief:rename', { id: brief.id, title });
      setBrief({ ...brief, title: renamed.title });
      void refreshBriefs();
    } catch (error) {
      reportError(error);
    }
  };

  const exportBrief = async (release?: string) => {
    if (!brief) return;
    setExporting(true);
    try {
      await saveRef.current?.();
      const result = await call('brief:export-docx', { id: brief.id, release });
      if (result.kind === 'confidential') {
        setGuarded(result);
      } else if (result.kind === 'download') {
        downloadBase64(result.fileName, result.base64);
        notify(`Exported ${result.fileName}.`);
      } else if (result.kind === 'saved') {
        notify(`Exported to ${result.path}.`);
      }
    } catch (error) {
      reportError(error);
    } finally {
      setExporting(false);
    }
  };

  const inEditor = (action: (editor: LexicalEditor) => void) => {
    const editor = editorRef.current;
    if (!editor) return;
    action(editor);
    editor.focus();
  };
  const insert: Inserters = {
    citation: (authority) =>
      inEditor((editor) => {
        authorityCache.put(authority);
        editor.dispatchCommand(INSERT_CITATION_COMMAND, { authorityId: authority.id });
      }),
    fact: (fact) =>
      inEditor((editor) =>
        editor.dispatchCommand(INSERT_FACT_COMMAND, {
          text: fact.text,
          recordCite: briefCourt ? factRecordCite(fact, briefCourt.recordCites) : fact.recordCite,
        }),
      ),
    snippet: (snippet) =>
      inEditor((editor) =>
        editor.dispatchCommand(INSERT_SNIPPET_COMMAND, { content: snippet.content }),
      ),
  };

  const saveSelectionAsSnippet = () => {
    const editor = editorRef.current;
    if (!editor) return;
    const content = editor.read(() => $selectionAsSnippet(editor));
    if (content) setNewSnippetContent(content);
    else notify('Select the text to keep as a snippet first.');
  };

  const briefCourt = profiles.find((profile) => profile.id === brief?.courtProfile);

  /** Headings that name the amici made to agree with their number, as an edit one can undo. */
  const fixHeadings = () => {
    const plural = (brief?.metadata.amici.length ?? 0) > 1;
    editorRef.current?.update(() => {
      for (const block of $getRoot().getChildren()) {
        if (!$isHeadingNode(block)) continue;
        for (const child of block.getChildren()) {
          if (!$isTextNode(child)) continue;
          const agreeing = agreeingHeading(child.getTextContent(), plural);
          if (agreeing !== child.getTextContent()) child.setTextContent(agreeing);
        }
      }
    });
  };

  const jumpTo = (key: string) => {
    const element = editorRef.current?.getElementByKey(key);
    element?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    element?.animate([{ backgroundColor: '#fde68a' }, { backgroundColor: 'transparent' }], {
      duration: 1200,
    });
  };

  /** Saves one of the brief's settings and shows what main stored. */
  const updateBrief = async (save: (id: number) => Promise<BriefSummary>) => {
    if (!brief) return;
    try {
      const updated = await save(brief.id);
      setBrief({ ...brief, ...updated });
    } catch (error) {
      reportError(error);
    }
  };
  const setProfile = (profileId: string) =>
    updateBrief((id) =>
      call('brief:set-profile', { id, profileId, overrides: brief?.profileOverrides ?? {} }),
    );
  /** The dialog shows a failure in place, so this one is not reported again. */
  const setOverrides = async (overrides: ProfileOverrides) => {
    if (!brief) return;
    const updated = await call('brief:set-profile', {
      id: brief.id,
      profileId: brief.courtProfile,
      overrides,
    });
    setBrief({ ...brief, ...updated });
  };
  const setCitationStyle = (style: CitationStyle) =>
    updateBrief((id) => call('brief:set-citation-style', { id, style }));
  const setActCitations = (actCitations: ActCitations) => {
    const metadata = brief && { ...brief.metadata, actCitations };
    if (metadata) void updateBrief((id) => call('brief:set-metadata', { id, metadata }));
  };

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand" aria-hidden="true">
          Amicus
        </div>
        {brief && (
          <select
            className="topbar__matter"
            aria-label="Matter of this brief"
            title="The matter this brief belongs to"
            value={brief.matterId ?? ''}
            onChange={(event) =>
              void moveBrief(event.target.value === '' ? null : Number(event.target.value))
            }
          >
            <option value="">General</option>
            {matters
              .filter((matter) => !matter.archivedAt || matter.id === brief.matterId)
              .map((matter) => (
                <option key={matter.id} value={matter.id}>
                  {matter.name}
                </option>
              ))}
          </select>
        )}
        {brief ? (
          <BriefTitle title={brief.title} onRename={(title) => void renameBrief(title)} />
        ) : (
          <span className="brief-title brief-title--empty">No brief open</span>
        )}
        {brief && (
          <span
            className={`save-status save-status--${saveStatus.state}`}
            role="status"
            title={saveStatus.state === 'failed' ? saveStatus.message : undefined}
          >
            {STATUS_TEXT[saveStatus.state]}
            {saveStatus.state === 'failed' && ` — ${saveStatus.message} Retrying.`}
          </span>
        )}
        <div className="topbar__actions">
          <button
            type="button"
            className="button"
            disabled={!brief}
            onClick={() => setEditingDetails(true)}
          >
            Brief details…
          </button>
          <button
            type="button"
            className="button"
            disabled={!brief}
            onClick={() => {
              // The copy is made from the brief as typed.
              const saved = saveRef.current?.() ?? Promise.resolve();
              void saved.then(() => setDuplicating(true));
            }}
          >
            Duplicate brief…
          </button>
          <button
            type="button"
            className="button"
            disabled={!brief}
            onClick={() => {
              // What is typed is saved first, so the history holds it.
              const saved = saveRef.current?.() ?? Promise.resolve();
              void saved.then(() => setShowingHistory(true));
            }}
          >
            History…
          </button>
          <button
            type="button"
            className="button"
            disabled={!brief}
            onClick={saveSelectionAsSnippet}
          >
            Save selection as snippet
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!brief || exporting}
            onClick={() => void exportBrief()}
          >
            {exporting ? 'Exporting…' : 'Export to Word'}
          </button>
        </div>
      </header>
      <main className="workspace">
        <div className="sidebar">
          <BriefList
            briefs={briefs}
            matters={matters}
            openId={brief?.id ?? null}
            onOpen={(id) => void openBrief(id)}
            onCreate={() => setCreating(true)}
            onCreateMatter={() => setEditingMatter('new')}
            onEditMatter={setEditingMatter}
            onRemoveSample={setRemovingSample}
            onOpenMatters={() => setShowingMatters(true)}
            onImport={() => setImporting(true)}
            onDelete={(target) => void deleteBrief(target)}
            onOpenTrash={() => setShowingTrash(true)}
            onOpenBackups={() => setShowingBackups(true)}
          />
          <LibraryFiles matters={matters} onImported={(report) => void libraryImported(report)} />
          {brief && (
            <CompliancePanel
              brief={brief}
              profiles={profiles}
              stats={stats}
              outline={outline}
              citations={citationUses}
              onProfile={(id) => void setProfile(id)}
              onCompare={() => setComparing(true)}
              onRecordMap={() => setMappingRecord(true)}
              onCitationStyle={(style) => void setCitationStyle(style)}
              onActCitations={setActCitations}
              onOverrides={setOverrides}
              onEditDetails={() => setEditingDetails(true)}
              onFixHeadings={fixHeadings}
            />
          )}
          {brief && <Outline outline={outline} onJump={jumpTo} />}
          {brief && <CitedAuthorities store={citationUses} style={citationStyle} onJump={jumpTo} />}
        </div>
        <section className="editor-pane" aria-label="Editor">
          {brief ? (
            <EditorBoundary
              key={`${brief.id}:${editorGeneration}`}
              brief={brief}
              onShowHistory={() => setShowingHistory(true)}
            >
              <BriefEditor
                brief={brief}
                editorRef={editorRef}
                saveRef={saveRef}
                onSaveStatus={setSaveStatus}
                recovered={recovered}
                onOutline={setOutline}
                citations={citationContext}
                onStats={setStats}
                onShowHistory={() => setShowingHistory(true)}
              />
            </EditorBoundary>
          ) : (
            <div className="empty-state">
              <p>Open a brief from the list, or start a new one.</p>
            </div>
          )}
        </section>
        <LibraryPanel
          insert={insert}
          canInsert={brief !== null}
          matters={matters}
          matterId={brief?.matterId ?? null}
          newSnippetContent={newSnippetContent}
          onNewSnippetHandled={clearNewSnippet}
          generation={libraryGeneration}
        />
      </main>
      {creating && (
        <NewBriefDialog
          profiles={profiles}
          matters={matters}
          defaultMatterId={brief?.matterId ?? matters[0]?.id ?? null}
          onClose={() => setCreating(false)}
          onCreated={(created) => void briefCreated(created)}
        />
      )}
      {duplicating && brief && (
        <DuplicateBriefDialog
          brief={brief}
          profiles={profiles}
          matters={matters}
          onClose={() => setDuplicating(false)}
          onCreated={(copy) => {
            notify(`Duplicated as “${copy.title}”; its case details are to be filled in.`);
            void briefCreated(copy);
          }}
        />
      )}
      {guarded && (
        <ConfidentialGuardDialog
          result={guarded}
          onBack={() => setGuarded(null)}
          onExportAnyway={(reason) => {
            setGuarded(null);
            void exportBrief(reason);
          }}
        />
      )}
      {comparing && brief && (
        <CompareDialog
          paragraphs={() => editorRef.current?.getEditorState().read($proseParagraphs) ?? []}
          citations={citationUses}
          style={citationStyle}
          partyText={partyBrief?.briefId === brief.id ? partyBrief.text : ''}
          onPartyText={(text) => setPartyBrief({ briefId: brief.id, text })}
          onJump={jumpTo}
          onClose={() => setComparing(false)}
        />
      )}
      {mappingRecord && brief && (
        <RecordMapDialog
          brief={brief}
          beforeRewrite={async () => {
            await saveRef.current?.();
          }}
          onRewritten={() => {
            setLibraryGeneration((generation) => generation + 1);
            // The editor reads its text when it mounts: remount it once the new text is here.
            void openBrief(brief.id).then(() =>
              setEditorGeneration((generation) => generation + 1),
            );
          }}
          onClose={() => setMappingRecord(false)}
        />
      )}
      {showingMatters && (
        <MattersDialog
          matters={matters}
          onChanged={() => void mattersChanged()}
          onSampleRemoved={(removal) => notify(sampleRemovedMessage(removal))}
          onClose={() => setShowingMatters(false)}
        />
      )}
      {editingMatter && (
        <MatterDialog
          matter={editingMatter === 'new' ? null : editingMatter}
          onClose={() => setEditingMatter(null)}
          onSaved={() => void mattersChanged()}
        />
      )}
      {removingSample && (
        <RemoveSampleDialog
          sample={removingSample}
          onCancel={() => setRemovingSample(null)}
          onRemoved={(removal) => {
            setRemovingSample(null);
            notify(sampleRemovedMessage(removal));
            void mattersChanged();
          }}
          onError={(message) => {
            setRemovingSample(null);
            notify(message, 'error');
          }}
        />
      )}
      {importing && (
        <ImportDraftDialog
          profiles={profiles}
          matters={matters}
          defaultMatterId={brief?.matterId ?? null}
          onClose={() => setImporting(false)}
          onImported={(created) => void briefCreated(created)}
          onLinkAll={() =>
            editorRef.current?.dispatchCommand(LINK_CITATIONS_COMMAND, { blockKeys: null })
          }
        />
      )}
      {showingBackups && <BackupsDialog onClose={() => setShowingBackups(false)} />}
      {showingTrash && (
        <TrashDialog
          onClose={() => setShowingTrash(false)}
          onRestored={() => void refreshBriefs()}
        />
      )}
      {showingHistory && brief && (
        <BriefHistoryDialog
          brief={brief}
          onClose={() => setShowingHistory(false)}
          onRestored={(restored, asCopy) => {
            setShowingHistory(false);
            notify(
              asCopy
                ? `Restored the version as a new brief, “${restored.title}”.`
                : 'Restored the version; the text it replaced is kept in the history.',
            );
            void refreshBriefs();
            // The editor reads its text when it mounts: remount it once the restored text is here.
            void openBrief(restored.id).then(() =>
              setEditorGeneration((generation) => generation + 1),
            );
          }}
        />
      )}
      {editingDetails && brief && briefCourt && (
        <BriefDetailsDialog
          brief={brief}
          profile={briefCourt}
          onClose={() => setEditingDetails(false)}
          onSaved={(saved) =>
            setBrief({ ...brief, metadata: saved.metadata, updatedAt: saved.updatedAt })
          }
        />
      )}
    </div>
  );
}
