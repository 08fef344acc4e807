import { describe, expect, it } from 'vitest';
import { createParleyStore } from './create-store';
import { makeDataset } from '../../tests/helpers/builders';

describe('setQuery', () => {
  it('keeps the text but strips control and direction-override characters', () => {
    const store = createParleyStore(makeDataset());
    store.getState().setQuery('grain\u202e deal\u0000\u2066');
    expect(store.getState().query).toBe('grain deal');
    store.getState().setQuery('Xi–Putin “call”');
    expect(store.getState().query).toBe('Xi–Putin “call”');
  });
});
