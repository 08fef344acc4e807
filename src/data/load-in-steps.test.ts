import { describe, expect, it } from 'vitest';
import { loadDataset, loadDatasetInSteps } from './load-dataset';
import { syntheticFile } from '../../tests/helpers/synthetic-file';
import { validWire } from '../../tests/helpers/wire-fixture';

const wire = JSON.parse(syntheticFile(2_500)) as { events: Record<string, unknown>[] };

async function inSteps(input: unknown) {
  const checked: number[] = [];
  let pauses = 0;
  const result = await loadDatasetInSteps(
    input,
    (n, total) => checked.push(n, total),
    () => {
      pauses += 1;
      return Promise.resolve();
    },
    1_000,
  );
  return { result, checked, pauses };
}

describe('loadDatasetInSteps', () => {
  it('gives exactly what loadDataset gives, a slice of events at a time, pausing between', async () => {
    const { result, checked, pauses } = await inSteps(wire);
    expect(result).toEqual(loadDataset(wire));
    expect(result.ok).toBe(true);
    expect(checked).toEqual([1_000, 2_500, 2_000, 2_500, 2_500, 2_500]);
    expect(pauses).toBe(4);
  });

  it('lists every problem of a file with a bad event, as loadDataset does', async () => {
    const bad = structuredClone(wire);
    bad.events[1_500]!.date = '2022-02-30';
    delete bad.events[2_200]!.title;
    const { result } = await inSteps(bad);
    expect(result.ok).toBe(false);
    expect(result).toEqual(loadDataset(bad));
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining(['events[1500].date', 'events[2200].title']),
      );
  });

  it('reports integrity problems (an unknown actor) found after the checks', async () => {
    const bad = structuredClone(wire);
    bad.events[10]!.actors = ['nobody'];
    const { result } = await inSteps(bad);
    expect(result.ok).toBe(false);
    expect(result).toEqual(loadDataset(bad));
  });

  it('hands a file without a list of events, or with bad metadata, to loadDataset whole', async () => {
    for (const input of [null, 'text', { ...validWire(), events: 'none' }, { ...wire, meta: {} }]) {
      const { result } = await inSteps(input);
      expect(result).toEqual(loadDataset(input));
      expect(result.ok).toBe(false);
    }
  });
});
