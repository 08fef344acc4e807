/** What the service worker and the page say to each other, and the names both use. */
export const WORKER_MESSAGES = {
  /** Page → worker: the reader chose to reload into the new version. */
  skipWaiting: 'SKIP_WAITING',
  /** Worker → page: the network failed, so the dataset came from the saved copy. */
  datasetFromCache: 'parley-dataset-from-cache',
} as const;

export interface DatasetFromCache {
  readonly type: typeof WORKER_MESSAGES.datasetFromCache;
  /** When that copy was saved (ISO), or null for the copy saved with the app itself. */
  readonly savedAt: string | null;
}

/** The cache holding the last dataset fetched from the network. */
export const DATASET_CACHE = 'parley-dataset';
/** The header the worker stamps on the saved copy. */
export const SAVED_AT_HEADER = 'x-parley-saved-at';

export function isDatasetFromCache(data: unknown): data is DatasetFromCache {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === WORKER_MESSAGES.datasetFromCache
  );
}
