import { describe, expect, it } from 'vitest';
import { english, plain } from '../../tests/helpers/english-problems';
import { loadDataset } from './load-dataset';
import { migrateDataset } from './migrate';
import { validWire } from '../../tests/helpers/wire-fixture';

describe('migrateDataset', () => {
  it('takes a format-1 file (no meta.format) to the current format without touching its input', () => {
    const v1 = validWire();
    delete (v1.meta as { format?: number }).format;
    const before = JSON.stringify(v1);
    const result = migrateDataset(v1);
    expect(result).toMatchObject({ ok: true, from: 1, data: { meta: { format: 2 } } });
    expect(JSON.stringify(v1)).toBe(before);
    expect(loadDataset(v1).ok).toBe(true);
  });

  it('leaves a current file as it is', () => {
    const v2 = { ...validWire(), meta: { ...validWire().meta, format: 2 } };
    expect(migrateDataset(v2)).toEqual({ ok: true, data: v2, from: 2 });
  });

  it('refuses a file from a newer Parley with a plain problem', () => {
    const v9 = { ...validWire(), meta: { ...validWire().meta, format: 9 } };
    expect(plain(loadDataset(v9))).toEqual({
      ok: false,
      problems: [
        {
          path: 'meta.format',
          message: 'is 9: the file was written for a newer Parley (this one reads formats 1 to 2)',
        },
      ],
    });
  });

  it('lets the schema report a format that is not a number', () => {
    const bad = { ...validWire(), meta: { ...validWire().meta, format: 'two' } };
    const result = loadDataset(bad);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['meta.format']);
  });
});

describe('meta.defaults', () => {
  it('is checked: references resolve and the comparison day is in the period', () => {
    const wire = validWire();
    const withDefaults = {
      ...wire,
      meta: {
        ...wire.meta,
        defaults: {
          matrixActors: ['china', 'atlantis'],
          voteColumns: ['nowhere'],
          compareFrom: '2021-01-01',
          document: 'doc-missing',
        },
      },
    };
    const result = loadDataset(withDefaults);
    expect(result.ok ? [] : english(result.problems)).toEqual([
      { path: 'meta.defaults.matrixActors[1]', message: 'refers to unknown actor "atlantis"' },
      { path: 'meta.defaults.voteColumns[0]', message: 'refers to unknown actor "nowhere"' },
      { path: 'meta.defaults.document', message: 'refers to unknown document "doc-missing"' },
      {
        path: 'meta.defaults.compareFrom',
        message: "(2021-01-01) is outside the dataset's period (2022-02-04 to 2023-03-22)",
      },
    ]);
  });
});
