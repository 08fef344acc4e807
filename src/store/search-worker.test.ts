import { describe, expect, it, vi } from 'vitest';
import { connectSearchWorker, WORKER_FROM, type SearchPort } from './search-worker';
import { createParleyStore } from './create-store';
import { selectSearchHits, selectSearchMatches } from './select-search';
import {
  createSearchWorkerHandler,
  transferablesOf,
  type SearchReply,
  type ToSearchWorker,
} from '../domain/search-protocol';
import { createEventSearch } from '../domain/search-events';
import { makeDataset, makeEvent } from '../../tests/helpers/builders';

const TOPICS = ['summit', 'sanctions', 'ceasefire', 'grain', 'energy'];
const big = makeDataset({
  events: Array.from({ length: WORKER_FROM + 500 }, (_, i) =>
    makeEvent({ id: `e${i}`, title: `Talks on ${TOPICS[i % TOPICS.length]!} number ${i}` }),
  ),
});

/** A worker in the same thread: messages are handled in order, each a task later. */
function fakeWorker() {
  const handle = createSearchWorkerHandler();
  const posted: ToSearchWorker[] = [];
  let listener: ((event: MessageEvent<SearchReply>) => void) | undefined;
  let queue = Promise.resolve();
  const terminate = vi.fn();
  const port: SearchPort = {
    postMessage(message) {
      posted.push(message);
      queue = queue.then(async () => {
        await new Promise((r) => setTimeout(r, 1));
        const reply = handle(structuredClone(message));
        // As a worker posts it: its arrays transferred (see search.worker.ts).
        const data = reply && structuredClone(reply, { transfer: transferablesOf(reply) });
        if (data) listener?.({ data } as MessageEvent<SearchReply>);
      });
    },
    addEventListener: (_type, l) => (listener = l),
    terminate,
  };
  const searches = () => posted.flatMap((m) => (m.type === 'search' ? [m.query] : []));
  const added = () => posted.reduce((n, m) => n + (m.type === 'add' ? m.docs.length : 0), 0);
  return { port, terminate, posted, searches, added, settled: () => queue };
}

describe('connectSearchWorker', () => {
  it('leaves a small dataset to this thread, making no worker', () => {
    const store = createParleyStore(makeDataset({ events: [makeEvent({ id: 'a' })] }));
    const make = vi.fn(() => fakeWorker().port);
    connectSearchWorker(store, make);
    expect(make).not.toHaveBeenCalled();
    expect(store.getState().searchResult).toBeUndefined();
  });

  it('stays on this thread when no worker can be made (jsdom)', () => {
    const store = createParleyStore(big, { query: 'summit' });
    connectSearchWorker(store, () => undefined);
    expect(selectSearchMatches(store.getState())?.size).toBe((WORKER_FROM + 500) / 5);
  });

  it('indexes nothing until the first query, then the events in parts, then asks', async () => {
    const store = createParleyStore(big);
    const worker = fakeWorker();
    connectSearchWorker(store, () => worker.port, { batch: 1_000, warmUpMs: null });
    await worker.settled();
    expect(worker.posted).toEqual([]);
    store.getState().setQuery('sanctions');
    // Before the answer, nothing is matched (and nothing is searched on this thread).
    expect(selectSearchHits(store.getState())).toBeNull();
    await vi.waitFor(() => expect(store.getState().searchResult).not.toBeNull());
    expect(worker.posted.map((m) => (m.type === 'add' ? m.docs.length : m.query))).toEqual([
      1_000,
      1_000,
      500,
      'sanctions',
    ]);
    expect(selectSearchHits(store.getState())).toEqual(createEventSearch(big).search('sanctions'));
    expect(selectSearchMatches(store.getState())).toEqual(
      new Set(big.events.filter((e) => e.title.includes('sanctions')).map((e) => e.id)),
    );
  });

  it('asks only for the latest query when the reader types on while one is in flight', async () => {
    const store = createParleyStore(big);
    const worker = fakeWorker();
    connectSearchWorker(store, () => worker.port);
    for (const q of ['gr', 'gra', 'grai', 'grain']) store.getState().setQuery(q);
    await vi.waitFor(() => expect(store.getState().searchResult?.query).toBe('grain'));
    expect(worker.searches()).toEqual(['gr', 'grain']);
    expect(worker.added()).toBe(big.events.length); // indexed once
    // A query answered before is not asked again.
    store.getState().setQuery('gr');
    expect(store.getState().searchResult?.query).toBe('gr');
    expect(worker.searches()).toEqual(['gr', 'grain']);
  });

  it('asks for a link’s query at once, forgets the answer when the box is cleared, and stops', async () => {
    const store = createParleyStore(big, { query: 'ceasefire' });
    const worker = fakeWorker();
    const stop = connectSearchWorker(store, () => worker.port);
    await vi.waitFor(() => expect(store.getState().searchResult?.query).toBe('ceasefire'));
    store.getState().setQuery('');
    expect(store.getState().searchResult).toBeNull();
    stop();
    expect(worker.terminate).toHaveBeenCalled();
    store.getState().setQuery('energy');
    await worker.settled();
    expect(worker.searches()).toEqual(['ceasefire']);
  });

  it('starts indexing unasked once the page has settled, and asks nothing', async () => {
    vi.useFakeTimers();
    try {
      const store = createParleyStore(big);
      const worker = fakeWorker();
      connectSearchWorker(store, () => worker.port, { warmUpMs: 1_000 });
      await vi.advanceTimersByTimeAsync(999);
      expect(worker.added()).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      await vi.advanceTimersByTimeAsync(100);
      expect(worker.added()).toBe(big.events.length);
      expect(worker.searches()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
