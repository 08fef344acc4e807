/**
 * How long a tab takes to open a big spreadsheet (parse, restore, check, convert): the figures
 * behind `MAX_DATASET_BYTES` (src/data/size-limit.ts). Run with:
 *   npx vitest bench --run --project unit tests/bench/own-data.bench.ts
 */
import { bench, describe } from 'vitest';
import { openDatasetText } from '../../src/data/formats/open-dataset';

/** A sheet of `rows` events of typical length (about 250 bytes a row). */
function sheet(rows: number): string {
  const lines = ['Year,Month,Day,Headline,Text,Group,Source URL,Kind'];
  for (let i = 0; i < rows; i += 1) {
    const d = new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000);
    lines.push(
      `${d.getUTCFullYear()},${d.getUTCMonth() + 1},${d.getUTCDate()},Event number ${i} of the synthetic sheet,` +
        `"A summary of event ${i}, long enough to look like a real one in a class chronology, with a second clause.",` +
        `Group ${i % 12},https://example.org/events/${i},meeting`,
    );
  }
  return lines.join('\n');
}

describe('opening a CSV', () => {
  for (const rows of [1_000, 10_000, 40_000]) {
    const text = sheet(rows);
    bench(
      `${rows} events (${(text.length / 1_048_576).toFixed(1)} MB)`,
      () => {
        const r = openDatasetText(text, { name: 'big.csv', today: '2026-12-07' });
        if (!r.ok) throw new Error(r.problems[0]?.message);
      },
      { iterations: 2, time: 0 },
    );
  }
});
