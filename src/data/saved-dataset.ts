/**
 * The dataset a reader opened from a file, kept in this browser (IndexedDB) so that a reload shows
 * it again. One entry only, under one key: opening another file replaces it, going back to the
 * bundled dataset deletes it. A dataset from a link (`?data=`) is never stored.
 */
export interface SavedDataset {
  readonly name: string;
  readonly text: string;
}

const DB_NAME = 'parley';
const STORE = 'own-data';
const KEY = 'current';
/**
 * A flag beside the stored dataset, readable before any module runs: the prerendered frame of the
 * bundled dataset is hidden at once when it is set (build-plugins/prerender-gate.js).
 */
export const OWN_DATA_FLAG = 'parley:own-data';

function flagOwnData(kept: boolean): void {
  try {
    if (kept) localStorage.setItem(OWN_DATA_FLAG, '1');
    else localStorage.removeItem(OWN_DATA_FLAG);
  } catch {
    // No storage: the app still drops the frame once it knows what it shows.
  }
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * How long the browser may take to open the store. Some never answer: Chromium, in a frame of a
 * page that is not a secure context (an embed on an `http:` host page), neither opens IndexedDB
 * nor reports an error, which would hold the app at "Loading…" for ever.
 */
export const STORAGE_TIMEOUT_MS = 1500;

function opened(open: IDBOpenDBRequest, timeoutMs: number): Promise<IDBDatabase> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), timeoutMs);
  });
  return Promise.race([request(open), late]).finally(() => clearTimeout(timer));
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
  idb: IDBFactory = indexedDB,
  timeoutMs = STORAGE_TIMEOUT_MS,
): Promise<T> {
  const open = idb.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  const db = await opened(open, timeoutMs);
  try {
    return await request(run(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

/** The stored dataset, or `undefined` when there is none (or storage is unavailable). */
export async function readSavedDataset(
  idb?: IDBFactory,
  timeoutMs?: number,
): Promise<SavedDataset | undefined> {
  try {
    const value: unknown = await withStore('readonly', (s) => s.get(KEY), idb, timeoutMs);
    const v = value as Partial<SavedDataset> | undefined;
    return typeof v?.name === 'string' && typeof v.text === 'string'
      ? { name: v.name, text: v.text }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a dataset for the next visit; false when the browser refuses (private mode, full disk). */
export async function saveDataset(saved: SavedDataset, idb?: IDBFactory): Promise<boolean> {
  try {
    await withStore('readwrite', (s) => s.put(saved, KEY), idb);
    flagOwnData(true);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the stored dataset. */
export async function forgetSavedDataset(idb?: IDBFactory): Promise<void> {
  try {
    await withStore('readwrite', (s) => s.delete(KEY), idb);
    flagOwnData(false);
  } catch {
    // Nothing stored, or no storage: nothing to forget.
  }
}
