/**
 * The service worker: the app (every script, style and icon of the build) is precached on the
 * first visit, so it opens without a network afterwards. The dataset is fetched network first:
 * a school's edited file shows at once when online; offline, the last copy is served and the
 * page is told (a notice says which copy it is), so a stale dataset is never shown silently.
 * A new version waits until the reader chooses to reload (see register-worker.ts).
 */
import { matchPrecache, precacheAndRoute, createHandlerBoundToURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { DATASET_CACHE, SAVED_AT_HEADER, WORKER_MESSAGES, type DatasetFromCache } from './messages';

interface WorkerScope {
  readonly location: Location;
  readonly clients: { get(id: string): Promise<{ postMessage(m: unknown): void } | undefined> };
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}
declare const self: WorkerScope;

const DATASET_URL = new URL('data/parley.json', self.location.href).href;

/** A copy of the response, stamped with the time it was saved. */
async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, new Date().toISOString());
  return new Response(await response.blob(), { status: 200, headers });
}

async function tellPage(clientId: string, savedAt: string | null): Promise<void> {
  const client = clientId ? await self.clients.get(clientId) : undefined;
  const message: DatasetFromCache = { type: WORKER_MESSAGES.datasetFromCache, savedAt };
  client?.postMessage(message);
}

/** What this file needs of a fetch event (not in the DOM typings the project compiles with). */
interface FetchEventIds {
  readonly clientId: string;
  readonly resultingClientId: string;
}

function waitUntil(event: unknown, work: Promise<unknown>): void {
  (event as { waitUntil(p: Promise<unknown>): void }).waitUntil(work);
}

/** How long the network may take to start answering before the saved copy is used instead. */
const NETWORK_TIMEOUT_MS = 8000;

function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

registerRoute(
  ({ url }) => url.href === DATASET_URL,
  async ({ request, event }) => {
    const cache = await caches.open(DATASET_CACHE);
    try {
      const response = await withinTime(fetch(request), NETWORK_TIMEOUT_MS);
      if (!response.ok) throw new Error(`${response.status}`);
      // Saved while the page reads the answer, not before it gets it.
      const copy = response.clone();
      waitUntil(
        event,
        stamped(copy).then((r) => cache.put(DATASET_URL, r)),
      );
      return response;
    } catch (e) {
      const saved = (await cache.match(DATASET_URL)) ?? (await matchPrecache('data/parley.json'));
      if (!saved) throw e;
      const { clientId, resultingClientId } = event as unknown as FetchEventIds;
      await tellPage(clientId || resultingClientId, saved.headers.get(SAVED_AT_HEADER));
      return saved;
    }
  },
);

// After the dataset's route: the first route that matches a request handles it, and the precache
// holds a copy of the dataset too (the one that came with the app), used only as a last resort.
precacheAndRoute(self.__WB_MANIFEST);
// Any address of the app (with any parameters: ?view=list, ?event=…) opens the precached page.
// Every page of the app opens the saved index.html, except the static per-event preview pages
// (`e/<id>.html`, made at build time for link previews), which the network serves as they are.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/e\/[^/]+\.html$/] }),
);

self.addEventListener('message', (e) => {
  if ((e.data as { type?: unknown } | null)?.type === WORKER_MESSAGES.skipWaiting)
    void self.skipWaiting();
});
