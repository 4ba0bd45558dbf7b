import { applyChanges, splitDocument, type BriefChanges } from '../../../../../shared/brief/blocks';
import type { Brief } from '../../../../../shared/library';

/**
 * Edits not yet confirmed saved, kept in the page's own IndexedDB: written before every save is
 * sent and cleared only when the library confirms it, so edits made while the library process
 * is down (or the tab is closing) are still in the page when Amicus is back. What is kept is a
 * save's changes (the blocks changed since the library last confirmed one), not the whole brief.
 */
export type PendingEdit = {
  briefId: number;
  /** When it was typed (ISO 8601). */
  at: string;
} & (
  | {
      /** Tells this keeping from a later one of the same brief. */
      id: string;
      changes: BriefChanges;
    }
  /** The whole document, as kept by Amicus before saves were made of blocks. */
  | { content: string }
);

const DATABASE = 'amicus';
const STORE = 'pending-edits';

let opened: Promise<IDBDatabase | null> | null = null;

/** The page's database, or null where the browser offers none (then nothing is kept). */
function database(): Promise<IDBDatabase | null> {
  opened ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'briefId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
  });
  return opened;
}

async function transact<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | undefined> {
  const db = await database();
  if (!db) return undefined;
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
  });
}

export const pendingEdits = {
  keep: (edit: PendingEdit) =>
    transact('readwrite', (store) => store.put(edit)).then(() => undefined),
  get: (briefId: number) =>
    transact<PendingEdit | undefined>('readonly', (store) => store.get(briefId)),
  /** Forgets the kept edit once the library holds it (and not a newer one kept meanwhile). */
  async saved(briefId: number, id: string): Promise<void> {
    const kept = await pendingEdits.get(briefId);
    if (kept && 'id' in kept && kept.id === id)
      await transact('readwrite', (store) => store.delete(briefId));
  },
  forget: (briefId: number) =>
    transact('readwrite', (store) => store.delete(briefId)).then(() => undefined),
};

/**
 * The brief as the kept edit leaves it, from the brief as the library holds it. Changes apply
 * leniently, so changes already saved, or made against an older revision, still give every
 * block typed. Null when the brief is not of the blocks the changes were made in.
 */
export function editedContent(
  edit: PendingEdit,
  brief: Pick<Brief, 'content' | 'blockKeys'>,
): string | null {
  if ('content' in edit) return edit.content;
  const split = splitDocument(brief.content);
  if (!split && edit.changes.kind === 'blocks') return null;
  const { head = '', blocks = [], tail = '' } = split ?? {};
  return applyChanges(
    { head, tail, blocks: blocks.map((json, i) => ({ key: brief.blockKeys[i] ?? `#${i}`, json })) },
    edit.changes,
  );
}
