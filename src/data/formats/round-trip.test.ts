import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { realDataset } from '../../../tests/helpers/real-dataset';
import type { Dataset } from '../../domain/types';
import { eventsToCsvTemplate } from './export-csv-template';
import { eventsToTimelineJs } from './export-timelinejs';
import { openDatasetText } from './open-dataset';

const OPTS = { today: '2026-12-07' };

/** What a round trip must keep of every event: title, dates, lane, first web source. */
function essentials(d: Dataset) {
  return d.events.map((e) => {
    const source = e.sources.map((s) => d.sourcesById.get(s)!).find((s) => s.url)!;
    return {
      id: e.id,
      title: e.title,
      date: e.date,
      endDate: e.endDate,
      precision: e.precision,
      lane: d.actorsById.get(e.primaryActor)!.name,
      source: {
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        date: source.date,
      },
    };
  });
}

function reopen(text: string, name: string): Dataset {
  const r = openDatasetText(text, { ...OPTS, name });
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 5)));
  return r.dataset;
}

describe('round trips of the bundled dataset', () => {
  const parley = realDataset();

  it('Parley → TimelineJS JSON → Parley keeps titles, dates, lanes, sources and the title', () => {
    const back = reopen(eventsToTimelineJs(parley.events, parley), 'parley-timelinejs.json');
    expect(essentials(back)).toEqual(essentials(parley));
    expect(back.meta.title).toBe(parley.meta.title);
    expect(back.presets.map((p) => p.label)).toEqual(parley.presets.map((p) => p.label));
    expect(back.events.map((e) => e.kind)).toEqual(parley.events.map((e) => e.kind));
  });

  it('Parley → CSV template → Parley keeps titles, dates, lanes, sources and the title', () => {
    const back = reopen(eventsToCsvTemplate(parley.events, parley), 'parley.csv');
    expect(essentials(back)).toEqual(essentials(parley));
    expect(back.meta.title).toBe(parley.meta.title);
    expect(back.presets.map((p) => p.label)).toEqual(parley.presets.map((p) => p.label));
    expect(back.events.map((e) => e.topics.length)).toEqual(
      parley.events.map((e) => e.topics.length),
    );
  });

  it('opens the bundled Parley file itself through the same door', () => {
    const text = fs.readFileSync(new URL('../../../data/parley.json', import.meta.url), 'utf8');
    const r = openDatasetText(text, { ...OPTS, name: 'parley.json' });
    expect(r.format).toBe('parley');
    expect(r.ok && r.dataset.events.length).toBe(parley.events.length);
  });

  it('opens a format-1 Parley file (no meta.format) through the migration step', () => {
    const text = fs.readFileSync(new URL('../../../data/parley.json', import.meta.url), 'utf8');
    const old = JSON.parse(text) as { meta: Record<string, unknown> };
    delete old.meta.format;
    delete old.meta.defaults;
    const r = openDatasetText(JSON.stringify(old), { ...OPTS, name: 'old.json' });
    expect(r.ok).toBe(true);
  });

  it('reports a Parley file for a newer format at meta.format', () => {
    const r = openDatasetText('{"meta":{"format":99}}', { ...OPTS, name: 'new.json' });
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['meta.format']);
  });
});

describe('exports stay harmless', () => {
  it('escapes markup in TimelineJS text and keeps CSV cells from running as formulas', () => {
    const parley = realDataset();
    const e = {
      ...parley.events[0]!,
      title: '=HYPERLINK("http://x") <script>',
      summary: '@SUM(A1)',
    };
    const tjs = eventsToTimelineJs([e], parley);
    expect(tjs).toContain('=HYPERLINK(\\"http://x\\") &lt;script&gt;');
    expect(tjs).not.toContain('<script>');
    const csv = eventsToCsvTemplate([e], parley);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") <script>"`);
    expect(csv).toContain("'@SUM(A1)");
  });
});
