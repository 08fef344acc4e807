/**
 * The bundled dataset file with its events replaced by `count` synthetic ones (see
 * synthetic-dataset.ts), written in the file format the app loads: for end-to-end tests and
 * benchmarks that serve it in place of data/parley.json.
 */
import fs from 'node:fs';
import { loadDatasetText } from '../../src/data/load-dataset';
import type { ParleyEvent } from '../../src/domain/types';
import { makeSyntheticDataset } from './synthetic-dataset';

const text = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');

export function syntheticFile(count: number): string {
  const loaded = loadDatasetText(text);
  if (!loaded.ok) throw new Error('the bundled dataset does not load');
  const wire = JSON.parse(text) as Record<string, unknown>;
  const events = makeSyntheticDataset(loaded.dataset, count).events.map((e: ParleyEvent) => ({
    id: e.id,
    date: e.date,
    ...(e.endDate ? { endDate: e.endDate } : {}),
    title: e.title.slice(0, 120),
    summary: e.summary,
    kind: e.kind,
    actors: e.actors,
    ...(e.location ? { location: e.location } : {}),
    topics: e.topics,
    quotes: e.quotes,
    sources: e.sources,
  }));
  // The documents, positions and stories cite the real events: they go, and so does the default
  // document named in `meta`.
  const meta = wire.meta as { defaults?: Record<string, unknown> };
  const { document: _document, ...defaults } = meta.defaults ?? {};
  return JSON.stringify({
    ...wire,
    meta: { ...meta, defaults },
    events,
    positions: [],
    documents: [],
    stories: [],
  });
}
