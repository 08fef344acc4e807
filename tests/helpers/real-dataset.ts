/** The bundled dataset, loaded through the real loader (for tests that need real content). */
import fs from 'node:fs';
import { loadDatasetText } from '../../src/data/load-dataset';
import type { Dataset } from '../../src/domain/types';

let cached: Dataset | undefined;

export function realDataset(): Dataset {
  if (cached) return cached;
  const text = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');
  const result = loadDatasetText(text);
  if (!result.ok) throw new Error(`The bundled dataset has ${result.problems.length} problems`);
  cached = result.dataset;
  return cached;
}
