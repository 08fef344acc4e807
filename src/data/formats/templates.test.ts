/**
 * The templates in data/templates/ are three real events of the bundled chronology, exported by
 * Parley itself; they must open without a problem (UPDATE_TEMPLATES=1 rewrites them).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../tests/helpers/real-dataset';
import { eventsToCsvTemplate } from './export-csv-template';
import { eventsToTimelineJs } from './export-timelinejs';
import { openDatasetText } from './open-dataset';

const IDS = ['2022-02-24-invasion', '2022-03-02-unga-es-11-1', '2023-02-24-china-position-paper'];
const DIR = new URL('../../../data/templates/', import.meta.url);

function templateData() {
  const d = realDataset();
  const events = IDS.map((id) => d.eventsById.get(id as never)!);
  const data = {
    ...d,
    meta: {
      ...d.meta,
      title: 'Three days of the chronology (template)',
      description: 'Three events of the bundled chronology: replace them with your own.',
    },
    presets: d.presets.filter((p) => p.id === 'all'),
  };
  return { events, data };
}

describe.each([
  ['parley-template.csv', eventsToCsvTemplate],
  ['parley-timelinejs-template.json', eventsToTimelineJs],
])('data/templates/%s', (name, write) => {
  const { events, data } = templateData();
  const expected = write(events, data);
  if (process.env.UPDATE_TEMPLATES) fs.writeFileSync(new URL(name, DIR), expected);

  it('is what Parley exports for its three events', () => {
    const text = fs.readFileSync(new URL(name, DIR), 'utf8');
    // The JSON template is kept in Prettier's layout: compare what it says, not its spacing.
    if (name.endsWith('.json')) expect(JSON.parse(text)).toEqual(JSON.parse(expected));
    else expect(text).toBe(expected);
  });

  it('opens without a problem', () => {
    const r = openDatasetText(fs.readFileSync(new URL(name, DIR), 'utf8'), {
      name,
      today: '2026-12-07',
    });
    expect(r.ok ? r.dataset.events.map((e) => e.id) : r.problems).toEqual(IDS);
  });
});
