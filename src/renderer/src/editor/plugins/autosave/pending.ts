/**
 * Edits not yet confirmed saved, kept in the page's own IndexedDB: written before every save is
 * sent and cleared only when the library confirms it, so edits made while the library process
 * is down (or the tab is closing) are still in the page when Amicus is back.
 */
export interface PendingEdit {
  briefId: number;
  content: string;
  /** When it was typed (ISO 8601). */
  at: string;
}

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
  /** Forgets the kept edit once the library holds it (and not a newer one typed meanwhile). */
  async saved(briefId: number, content: string): Promise<void> {
    const kept = await pendingEdits.get(briefId);
    if (kept?.content === content) await transact('readwrite', (store) => store.delete(briefId));
  },
  forget: (briefId: number) =>
    transact('readwrite', (store) => store.delete(briefId)).then(() => undefined),
};
