/**
 * The search worker: indexes a large dataset's events off the page's thread and answers queries,
 * so typing never waits for the index (see search-protocol.ts). Started by search-worker.ts (from src/app/App.tsx) with
 * `new Worker(new URL(…, import.meta.url), { type: 'module' })`: a file of the app's own origin,
 * which the Content Security Policy allows (`worker-src` falls back to `script-src 'self'`).
 */
import {
  createSearchWorkerHandler,
  transferablesOf,
  type ToSearchWorker,
} from '../domain/search-protocol';

const handle = createSearchWorkerHandler();

addEventListener('message', (event: MessageEvent<ToSearchWorker>) => {
  const reply = handle(event.data);
  // The hits' arrays are handed over, not copied (see search-protocol.ts).
  if (reply) postMessage(reply, { transfer: transferablesOf(reply) });
});
