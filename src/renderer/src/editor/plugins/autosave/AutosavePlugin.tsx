import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG } from 'lexical';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { call, errorMessage, isDesktop } from '../../../api';
import { newBlockKey } from '../../../../../shared/brief/blocks';
import type { Brief, BriefSummary } from '../../../../../shared/library';
import { SAVE_NOW_COMMAND } from '../../commands';
import { BlockChanges, type PendingSave } from './block-changes';
import { pendingEdits } from './pending';
import { measureSave } from './save-timing';

export type SaveStatus =
  /** With the brief's summary when this save wrote it, for the brief list. */
  | { state: 'saved'; summary?: BriefSummary }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'failed'; message: string };

/** A change is saved at most this long after it was typed, even during continuous typing. */
const MAX_UNSAVED_MS = 1000;
/** A pause in typing this long saves at once. */
const PAUSE_MS = 500;
const RETRY_MS = 3000;

/**
 * Saves the brief shortly after every change, on Ctrl+S, when another brief is opened and when
 * the window closes. A save sends only the top-level blocks changed since the last one
 * (block-changes.ts), so it costs what was typed, not the brief's length. Saves never overlap,
 * and a failed one is retried without losing the text: each is first kept in the page
 * (pending.ts), and forgotten there only once the library holds it. Closing the page with
 * changes not yet saved asks first.
 */
interface Props {
  brief: Pick<Brief, 'id' | 'blockKeys' | 'revision'>;
  onStatus(status: SaveStatus): void;
  /** Set to a function that saves pending changes now, for actions that read the stored brief (export). */
  saveRef: RefObject<(() => Promise<void>) | null>;
  /** The editor opened on edits recovered from the page, which the library does not hold yet. */
  recovered?: boolean;
}

export function AutosavePlugin({ brief, onStatus, saveRef, recovered = false }: Props) {
  const [editor] = useLexicalComposerContext();
  const briefId = brief.id;
  // The blocks as opened: later copies of the brief (its details saved) do not change them.
  const [stored] = useState(() => ({ blockKeys: brief.blockKeys, revision: brief.revision }));
  const onStatusRef = useRef(onStatus);
  useEffect(() => {
    onStatusRef.current = onStatus;
  }, [onStatus]);

  useEffect(() => {
    // "Unsaved" comes at every keystroke: it is told once, so the app is not drawn again for it.
    let reported: SaveStatus['state'] | null = null;
    const report = (status: SaveStatus) => {
      const repeated =
        (status.state === 'unsaved' || status.state === 'saving') && status.state === reported;
      reported = status.state;
      if (!repeated) onStatusRef.current(status);
    };
    let dirtySince: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight: Promise<void> | null = null;
    // What the library holds; an update that changes nothing (Lexical normalizing a document it
    // just opened) is not saved, so opening a brief does not mark it edited. Recovered edits
    // are not in the library yet: their first save is whole.
    const blocks = new BlockChanges(editor, recovered ? null : stored);

    const keep = (changes: PendingSave['changes']) => {
      const id = newBlockKey();
      return pendingEdits.keep({ briefId, at: new Date().toISOString(), id, changes }).then(
        () => id,
        () => id,
      );
    };

    /** The changes to save now, timed from `started` (which the save's timing entry begins at). */
    const take = (started: number) => {
      const pending = blocks.begin();
      return pending && { pending, started, serializeMs: performance.now() - started };
    };

    /** Sends one save, and the brief whole at once if the library refuses it as stale. */
    const send = async (taken: NonNullable<ReturnType<typeof take>>): Promise<BriefSummary> => {
      const { pending } = taken;
      const keeping = performance.now();
      const kept = await keep(pending.changes);
      const keepMs = performance.now() - keeping;
      const result = await call('brief:save-blocks', { id: briefId, changes: pending.changes });
      if (result.kind === 'stale') {
        blocks.stale();
        const whole = take(performance.now());
        if (!whole) throw new Error('Nothing to save after a stale save');
        return send(whole);
      }
      blocks.confirm(pending, result.revision);
      void pendingEdits.saved(briefId, kept).catch(() => undefined);
      measureSave(pending, taken.started, { serializeMs: taken.serializeMs, keepMs });
      return result.summary;
    };

    const save = async (): Promise<void> => {
      clearTimeout(timer);
      timer = undefined;
      while (inFlight) await inFlight;
      if (dirtySince === null) return;
      const taken = take(performance.now());
      dirtySince = null;
      if (!taken) {
        report({ state: 'saved' });
        return;
      }
      report({ state: 'saving' });
      inFlight = send(taken).then(
        (summary) =>
          report(dirtySince === null ? { state: 'saved', summary } : { state: 'unsaved' }),
        (error: unknown) => {
          dirtySince ??= Date.now();
          report({ state: 'failed', message: errorMessage(error) });
          timer = setTimeout(() => void save(), RETRY_MS);
        },
      );
      await inFlight;
      inFlight = null;
    };

    const schedule = () => {
      const now = Date.now();
      dirtySince ??= now;
      clearTimeout(timer);
      timer = setTimeout(
        () => void save(),
        Math.max(0, Math.min(PAUSE_MS, dirtySince + MAX_UNSAVED_MS - now)),
      );
    };

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtySince === null && !inFlight) return;
      // Keep what is not yet saved in the page, then ask before leaving: the browser's prompt
      // gives the save time to land, and nothing counts as saved before the library says so.
      const pending = blocks.changes();
      if (pending) void keep(pending.changes);
      event.preventDefault();
      event.returnValue = '';
      // Desktop: hold the window open until the save lands, then close it.
      void save().then(() => {
        if (isDesktop && dirtySince === null) window.close();
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    saveRef.current = save;
    if (recovered) {
      dirtySince = Date.now();
      void save();
    }

    const unregister = mergeRegister(
      editor.registerUpdateListener((update) => {
        const { dirtyElements, dirtyLeaves, prevEditorState, tags } = update;
        // The brief being loaded into the empty editor marks every node dirty: not an edit.
        if (prevEditorState.isEmpty()) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        blocks.noteUpdate(update);
        // Lexical marks whole node types dirty when a plugin registers a transform, most often as
        // a brief opens; the save that follows finds nothing changed. Only an edit shows as one.
        if (!tags.has(HISTORY_MERGE_TAG)) report({ state: 'unsaved' });
        schedule();
      }),
      editor.registerCommand(
        SAVE_NOW_COMMAND,
        () => {
          dirtySince ??= Date.now();
          void save();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
    return () => {
      unregister();
      window.removeEventListener('beforeunload', onBeforeUnload);
      if (saveRef.current === save) saveRef.current = null;
      void save();
    };
  }, [editor, briefId, stored, saveRef, recovered]);

  return null;
}
