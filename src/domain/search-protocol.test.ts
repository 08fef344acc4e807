import { describe, expect, it } from 'vitest';
import { createSearchWorkerHandler } from './search-protocol';
import { createEventSearch, toSearchDoc } from './search-events';
import { makeDataset, makeEvent } from '../../tests/helpers/builders';

const dataset = makeDataset({
  events: [
    makeEvent({ id: 'samarkand', title: 'Summit at Samarkand' }),
    makeEvent({ id: 'bali', title: 'Summit at Bali', summary: 'The G20 meets in Bali.' }),
    makeEvent({ id: 'call', title: 'A video call' }),
  ],
});
const docs = dataset.events.map((e) => toSearchDoc(e, dataset));

describe('the search worker’s handler', () => {
  it('indexes the parts it is sent and answers nothing to them', () => {
    const handle = createSearchWorkerHandler();
    expect(handle({ type: 'add', docs: docs.slice(0, 2) })).toBeNull();
    expect(handle({ type: 'add', docs: docs.slice(2) })).toBeNull();
  });

  it('answers a query with its number, the query and the hits the page would find itself', () => {
    const handle = createSearchWorkerHandler();
    handle({ type: 'add', docs: docs.slice(0, 1) });
    handle({ type: 'add', docs: docs.slice(1) });
    const local = createEventSearch(dataset);
    for (const [id, query] of [
      [1, 'summit'],
      [2, 'bal'],
      [3, 'samarknd'],
      [4, 'video summit'],
      [5, 'x'],
    ] as const)
      expect(handle({ type: 'search', id, query })).toEqual({
        type: 'hits',
        id,
        query,
        hits: local.search(query),
      });
    expect(handle({ type: 'search', id: 9, query: 'summit' })?.hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(['samarkand', 'bali']),
    );
  });

  it('answers from what it has indexed so far', () => {
    const handle = createSearchWorkerHandler();
    expect(handle({ type: 'search', id: 1, query: 'summit' })?.hits).toEqual([]);
    handle({ type: 'add', docs });
    expect(handle({ type: 'search', id: 2, query: 'summit' })?.hits).toHaveLength(2);
  });

  it('sends only plain data, which a worker can post (structured clone)', () => {
    const handle = createSearchWorkerHandler();
    handle(structuredClone({ type: 'add' as const, docs }));
    const reply = handle({ type: 'search', id: 1, query: 'bali' });
    expect(structuredClone(reply)).toEqual(reply);
  });
});
