import { describe, expect, it } from 'vitest';
import { resolveSources } from './resolve-sources';
import { makeDataset, makeSource } from '../../tests/helpers/builders';
import type { SourceId } from './types';

describe('resolveSources', () => {
  it('keeps the order of the ids and skips unknown ones', () => {
    const data = makeDataset({ sources: [makeSource({ id: 'a' }), makeSource({ id: 'b' })] });
    const ids = ['b', 'nowhere', 'a'] as SourceId[];
    expect(resolveSources(ids, data).map((s) => s.id)).toEqual(['b', 'a']);
  });
});
