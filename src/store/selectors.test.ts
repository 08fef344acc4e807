import { describe, expect, it } from 'vitest';
import { createParleyStore } from './create-store';
import { selectShownEvents, selectVisibleEvents } from './selectors';
import { makeDataset, makeEvent } from '../../tests/helpers/builders';

const dataset = makeDataset({
  events: [
    makeEvent({ id: 'summit', title: 'Summit at Bali', kind: 'meeting' }),
    makeEvent({ id: 'call', title: 'A call', kind: 'call' }),
    makeEvent({ id: 'vote', title: 'A vote at the summit', kind: 'vote', date: '2022-04-01' }),
  ],
});

describe('selectors', () => {
  it('give the same list for the same dataset and filters, across stores', () => {
    const a = createParleyStore(dataset);
    const b = createParleyStore(dataset);
    expect(selectVisibleEvents(a.getState())).toBe(selectVisibleEvents(b.getState()));
    a.getState().toggleKind('call');
    const calls = selectVisibleEvents(a.getState());
    expect(calls.map((e) => e.id)).toEqual(['call']);
    expect(selectVisibleEvents(a.getState())).toBe(calls);
    expect(selectVisibleEvents(b.getState())).toHaveLength(3);
  });

  it('narrow the visible events to the search matches, memoised per query', () => {
    const store = createParleyStore(dataset);
    expect(selectShownEvents(store.getState())).toBe(selectVisibleEvents(store.getState()));
    store.getState().setQuery('summit');
    const shown = selectShownEvents(store.getState());
    expect(shown.map((e) => e.id)).toEqual(['summit', 'vote']);
    store.getState().setQuery('summit ');
    expect(selectShownEvents(store.getState())).toBe(shown);
    store.getState().toggleKind('vote');
    expect(selectShownEvents(store.getState()).map((e) => e.id)).toEqual(['vote']);
  });

  it('are what keyboard stepping follows: search results only, in order', () => {
    const store = createParleyStore(dataset, { query: 'summit' });
    store.getState().stepEvent('first', 'reveal');
    expect(store.getState().selectedEventId).toBe('summit');
    store.getState().stepEvent(1, 'reveal');
    expect(store.getState().selectedEventId).toBe('vote');
  });
});
