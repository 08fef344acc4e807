import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../src/data/load-dataset';

const text = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');

describe('the bundled dataset', () => {
  it('loads with zero problems', () => {
    const result = loadDatasetText(text);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
