import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSavedDataset, saveDataset, STORAGE_TIMEOUT_MS } from './saved-dataset';

/** A request that answers `result` on the next tick, as IndexedDB does. */
function answering<T>(result: T) {
  const r = { result, onsuccess: null as null | (() => void), onerror: null };
  setTimeout(() => r.onsuccess?.(), 0);
  return r;
}

/** An IndexedDB that holds `value` under every key. */
function holding(value: unknown): IDBFactory {
  const store = { get: () => answering(value), put: () => answering(undefined) };
  const db = { transaction: () => ({ objectStore: () => store }), close: vi.fn() };
  return { open: () => answering(db) } as unknown as IDBFactory;
}

/** An IndexedDB that never answers (Chromium, in a frame of a page that is not secure). */
const silent = { open: () => ({}) } as unknown as IDBFactory;

afterEach(() => {
  vi.useRealTimers();
});

describe('the dataset kept in this browser', () => {
  it('reads what the store holds', async () => {
    const saved = { name: 'mine.json', text: '{"events":[]}' };
    await expect(readSavedDataset(holding(saved))).resolves.toEqual(saved);
    await expect(readSavedDataset(holding({ name: 3 }))).resolves.toBeUndefined();
  });

  it('gives up on a store that never answers, so the app loads the bundled dataset', async () => {
    vi.useFakeTimers();
    const read = readSavedDataset(silent);
    const save = saveDataset({ name: 'mine.json', text: '{}' }, silent);
    await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS - 1);
    let settled = false;
    void read.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(read).resolves.toBeUndefined();
    await expect(save).resolves.toBe(false);
  });
});
