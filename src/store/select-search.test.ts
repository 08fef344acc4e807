import { describe, expect, it, vi } from 'vitest';
import { makeDataset, makeEvent } from '../../tests/helpers/builders';
import { createEventSearch } from '../domain/search-events';
import { createParleyStore } from './create-store';
import { selectSearchHits, selectSearchMatches } from './select-search';

vi.mock('../domain/search-events', async (importOriginal) => {
  const original = await importOriginal<typeof import('../domain/search-events')>();
  return { ...original, createEventSearch: vi.fn(original.createEventSearch) };
});

const dataset = makeDataset({
  events: [
    makeEvent({ id: 'samarkand', title: 'Summit at Samarkand' }),
    makeEvent({ id: 'bali', title: 'Summit at Bali' }),
    makeEvent({ id: 'call', title: 'A video call' }),
  ],
});

describe('selectSearchMatches', () => {
  it('is null without a query', () => {
    const store = createParleyStore(dataset);
    expect(selectSearchMatches(store.getState())).toBeNull();
    store.getState().setQuery('   ');
    expect(selectSearchMatches(store.getState())).toBeNull();
    expect(selectSearchHits(store.getState())).toBeNull();
  });

  it('gives the ids of the matching events, and an empty set when none match', () => {
    const store = createParleyStore(dataset);
    store.getState().setQuery('summit');
    expect(selectSearchMatches(store.getState())).toEqual(new Set(['samarkand', 'bali']));
    store.getState().setQuery('nothing like it');
    expect(selectSearchMatches(store.getState())).toEqual(new Set());
  });

  it('gives the ranked hits with their matched words', () => {
    const store = createParleyStore(dataset, { query: 'samarkan' });
    expect(selectSearchHits(store.getState())).toEqual([
      { id: 'samarkand', score: expect.any(Number), terms: ['samarkand'] },
    ]);
  });

  it('returns the same set for the same query, and builds the index once per dataset', () => {
    vi.mocked(createEventSearch).mockClear();
    const other = makeDataset({ events: [makeEvent({ id: 'summit', title: 'Summit' })] });
    const a = createParleyStore(other, { query: 'summit' });
    const b = createParleyStore(other, { query: 'summit ' });
    const first = selectSearchMatches(a.getState());
    expect(selectSearchMatches(a.getState())).toBe(first);
    expect(selectSearchMatches(b.getState())).toBe(first);
    a.getState().setQuery('call');
    a.getState().setQuery('summit');
    expect(selectSearchMatches(a.getState())).toBe(first);
    expect(createEventSearch).toHaveBeenCalledTimes(1);
    const third = makeDataset({ events: [makeEvent({ id: 'summit', title: 'Summit' })] });
    const c = createParleyStore(third, { query: 'summit' });
    expect(selectSearchMatches(c.getState())).not.toBe(first);
    expect(createEventSearch).toHaveBeenCalledTimes(2);
  });
});
