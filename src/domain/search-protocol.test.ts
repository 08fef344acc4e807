import { describe, expect, it } from 'vitest';
import { createSearchWorkerHandler, hitsOf, transferablesOf } from './search-protocol';
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
const idAt = (place: number) => dataset.events[place]!.id;

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
    ] as const) {
      const reply = handle({ type: 'search', id, query })!;
      expect(reply).toMatchObject({ type: 'hits', id, query });
      expect(hitsOf(reply, idAt)).toEqual(local.search(query));
    }
    expect(
      hitsOf(handle({ type: 'search', id: 9, query: 'summit' })!, idAt).map((h) => h.id),
    ).toEqual(expect.arrayContaining(['samarkand', 'bali']));
  });

  it('lists each set of matched words once, however many hits share it', () => {
    const many = makeDataset({
      events: Array.from({ length: 50 }, (_, i) =>
        makeEvent({ id: `s${i}`, title: i % 2 ? 'Sanctions talk' : 'New sanctions' }),
      ),
    });
    const handle = createSearchWorkerHandler();
    handle({ type: 'add', docs: many.events.map((e) => toSearchDoc(e, many)) });
    const reply = handle({ type: 'search', id: 1, query: 'sanctions' })!;
    expect(reply.places).toHaveLength(50);
    expect(reply.termSets).toEqual([['sanctions']]);
    expect(new Set(hitsOf(reply, (p) => many.events[p]!.id).map((h) => h.terms)).size).toBe(1);
  });

  it('answers from what it has indexed so far', () => {
    const handle = createSearchWorkerHandler();
    expect(handle({ type: 'search', id: 1, query: 'summit' })?.places).toHaveLength(0);
    handle({ type: 'add', docs });
    expect(handle({ type: 'search', id: 2, query: 'summit' })?.places).toHaveLength(2);
  });

  it('sends only data a worker can post, its arrays handed over without a copy', () => {
    const handle = createSearchWorkerHandler();
    handle(structuredClone({ type: 'add' as const, docs }));
    const reply = handle({ type: 'search', id: 1, query: 'bali' })!;
    const copy = structuredClone(reply);
    expect(copy).toEqual(reply);
    const moved = structuredClone(reply, { transfer: transferablesOf(reply) });
    expect(hitsOf(moved, idAt)).toEqual(hitsOf(copy, idAt));
    expect(reply.places.byteLength).toBe(0); // transferred: the worker keeps nothing
  });
});
