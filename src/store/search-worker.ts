/**
 * Searching a large dataset in a worker, so that typing never waits for the search index.
 *
 * Why by size: on the bundled 111 events the index is built in a few milliseconds and a query
 * answered in well under one, while a worker costs its start (a chunk to fetch and run, tens of
 * milliseconds) and a message each way per query. From `WORKER_FROM` events on, building the
 * index takes a noticeable fraction of a second on this thread and a fuzzy query tens of
 * milliseconds or more (100,000 events: seconds and hundreds of milliseconds), so the worker wins.
 *
 * How: the index is built once the page has settled (`WARM_UP_MS` after the dataset is shown), or
 * at the first query if that comes sooner, so the first search does not wait for the whole index
 * (20,000 events take seconds to index on a slow machine). The events' search text is posted in parts, with a pause between parts so the page keeps answering, and the
 * query after them. One query is in flight at a time: when its answer comes, the result goes in
 * the state (`searchResult`) and, if the reader has typed on meanwhile, only the latest query is
 * asked next, so a fast typist never queues up stale searches.
 */
import type { StoreApi } from 'zustand';
import { toSearchDoc } from '../domain/search-events';
import { hitsOf, type SearchReply, type ToSearchWorker } from '../domain/search-protocol';
import { remember, resultOf } from './select-search';
import type { ParleyState, SearchResult } from './types';

/** From this many events on, the search runs in a worker. */
export const WORKER_FROM = 2_000;
/** Events whose search text is posted in one message. */
export const POST_BATCH = 2_000;
/** How long after the dataset is shown the worker starts indexing, unasked. */
export const WARM_UP_MS = 1_500;

/** The part of a `Worker` used here (a fake in tests). */
export interface SearchPort {
  postMessage(message: ToSearchWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchReply>) => void): void;
  terminate(): void;
}

export interface SearchWorkerOptions {
  readonly batch?: number;
  /** Gives the page a turn between two parts. */
  readonly pause?: () => Promise<void>;
  /** Milliseconds before indexing starts unasked; `null`: only at the first query. */
  readonly warmUpMs?: number | null;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Hands `store`'s search to a worker made by `makePort` if its dataset is large and a worker can
 * be made (else the search stays on this thread); returns the stop, which ends the worker.
 */
export function connectSearchWorker(
  store: StoreApi<ParleyState>,
  makePort: () => SearchPort | undefined,
  { batch = POST_BATCH, pause = nextTask, warmUpMs = WARM_UP_MS }: SearchWorkerOptions = {},
): () => void {
  const { dataset } = store.getState();
  if (dataset.events.length < WORKER_FROM) return () => {};
  const port = makePort();
  if (!port) return () => {};
  store.setState({ searchResult: null });
  const results = new Map<string, SearchResult>();
  let stopped = false;
  let fed: Promise<void> | undefined;
  let inFlight = false;
  let asked = 0;

  const feed = async () => {
    const { events } = dataset;
    for (let from = 0; from < events.length && !stopped; from += batch) {
      const docs = events.slice(from, from + batch).map((e) => toSearchDoc(e, dataset));
      port.postMessage({ type: 'add', docs });
      await pause();
    }
  };

  const show = (result: SearchResult | null) => {
    if (store.getState().searchResult !== result) store.setState({ searchResult: result });
  };

  /** Asks for the current query, unless one is in flight (its answer asks again). */
  const ask = () => {
    const query = store.getState().query.trim();
    if (stopped || inFlight || !query) return;
    const known = results.get(query);
    if (known) return show(known);
    inFlight = true;
    fed ??= feed();
    void fed.then(() => {
      if (!stopped) port.postMessage({ type: 'search', id: (asked += 1), query });
    });
  };

  port.addEventListener('message', ({ data }) => {
    if (stopped) return;
    inFlight = false;
    const result = resultOf(
      data.query,
      hitsOf(data, (place) => dataset.events[place]!.id),
    );
    remember(results, result);
    show(result);
    ask();
  });

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.query === prev.query) return;
    // A cleared box forgets the last answer, so the next query does not start from it.
    if (!s.query.trim()) show(null);
    ask();
  });
  ask(); // a link's query
  const warmUp =
    warmUpMs === null
      ? undefined
      : setTimeout(() => {
          if (!stopped) fed ??= feed();
        }, warmUpMs);
  return () => {
    stopped = true;
    clearTimeout(warmUp);
    unsubscribe();
    port.terminate();
  };
}
