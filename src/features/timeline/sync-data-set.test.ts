import { describe, expect, it, vi } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { syncDataSet } from './sync-data-set';

interface Row {
  id: string;
  start: number;
  align?: 'right';
}

describe('syncDataSet', () => {
  it('adds, updates and removes to match the target', () => {
    const set = new DataSet<Row>([
      { id: 'a', start: 1 },
      { id: 'b', start: 2 },
    ]);
    syncDataSet(set, [
      { id: 'a', start: 5 },
      { id: 'c', start: 3 },
    ]);
    expect(set.get({ order: 'id' })).toEqual([
      { id: 'a', start: 5 },
      { id: 'c', start: 3 },
    ]);
  });

  it('clears a field the target no longer has (a label flipped back)', () => {
    const set = new DataSet<Row>([{ id: 'a', start: 1, align: 'right' }]);
    syncDataSet(set, [{ id: 'a', start: 1 }]);
    expect(set.get('a')?.align).toBeUndefined();
  });

  it('leaves unchanged items alone, a cleared field counting as absent', () => {
    const set = new DataSet<Row>([{ id: 'a', start: 1, align: 'right' }]);
    syncDataSet(set, [{ id: 'a', start: 1 }]);
    const update = vi.spyOn(set, 'update');
    syncDataSet(set, [{ id: 'a', start: 1 }]);
    expect(update).not.toHaveBeenCalled();
  });
});
