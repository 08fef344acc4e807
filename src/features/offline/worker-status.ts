/**
 * What the service worker has told this page, as a tiny subscribable store (outside the app's
 * store: the worker may speak before the dataset, and so the app's store, exists).
 */
import { isDatasetFromCache } from './messages';

export interface WorkerStatus {
  /** A new version is installed and waits for the reader to reload. */
  readonly updateReady: boolean;
  /** The dataset was served from the saved copy: when it was saved (ISO; null: with the app). */
  readonly datasetFromCache: { readonly savedAt: string | null } | null;
}

let status: WorkerStatus = { updateReady: false, datasetFromCache: null };
const listeners = new Set<() => void>();

export function workerStatus(): WorkerStatus {
  return status;
}

export function setWorkerStatus(change: Partial<WorkerStatus>): void {
  status = { ...status, ...change };
  for (const l of listeners) l();
}

export function subscribeWorkerStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Listens to the worker's messages. Call it before the document finishes parsing: messages sent
 * earlier (the dataset is requested by a preload in index.html) are queued until then.
 */
export function listenToWorker(container: Pick<ServiceWorkerContainer, 'addEventListener'>): void {
  container.addEventListener('message', (e) => {
    if (isDatasetFromCache(e.data))
      setWorkerStatus({ datasetFromCache: { savedAt: e.data.savedAt } });
  });
}
