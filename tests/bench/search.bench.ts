/**
 * Search latency: building the index, and answering queries, on the bundled dataset and on a
 * 10,000-event synthetic one. Run with:
 *   npx vitest bench --run --project unit tests/bench/search.bench.ts
 */
import fs from 'node:fs';
import { bench, describe } from 'vitest';
import { loadDatasetText } from '../../src/data/load-dataset';
import { createEventSearch } from '../../src/domain/search-events';
import { makeSyntheticDataset } from '../helpers/synthetic-dataset';

const text = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');
const loaded = loadDatasetText(text);
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const real = loaded.dataset;
const synthetic = makeSyntheticDataset(real, 10_000);

const realSearch = createEventSearch(real);
const syntheticSearch = createEventSearch(synthetic);

/** An exact word, a typo, a prefix, several words, a two-letter prefix (the worst case). */
const QUERIES = ['samarkand', 'zelenksy', 'sanc', 'xi putin call', 'moscow visit', 'sa'];

/** What the search box asks while someone types "sanctions". */
const KEYSTROKES = Array.from('sanctions', (_, i) => 'sanctions'.slice(0, i + 1));

describe('index build', () => {
  bench(`bundled dataset (${real.events.length} events)`, () => {
    createEventSearch(real);
  });
  bench(
    `synthetic dataset (${synthetic.events.length} events)`,
    () => {
      createEventSearch(synthetic);
    },
    { iterations: 10, time: 0 },
  );
});

for (const [label, engine] of [
  [`bundled dataset (${real.events.length} events)`, realSearch],
  [`synthetic dataset (${synthetic.events.length} events)`, syntheticSearch],
] as const) {
  describe(`query: ${label}`, () => {
    for (const q of QUERIES) {
      bench(`"${q}"`, () => {
        engine.search(q);
      });
    }
    bench('typing "sanctions" (9 queries)', () => {
      for (const q of KEYSTROKES) engine.search(q);
    });
  });
}
