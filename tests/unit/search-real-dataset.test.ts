import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../src/data/load-dataset';
import { createEventSearch } from '../../src/domain/search-events';
import { createRecordSearch } from '../../src/domain/search-records';

const text = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');
const loaded = loadDatasetText(text);
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const { dataset } = loaded;
const engine = createEventSearch(dataset);
const ids = (q: string) => engine.search(q).map((h) => h.id as string);

describe('search over the bundled dataset', () => {
  it('finds the Samarkand summit despite a missing letter, at the top', () => {
    expect(ids('samarkan').slice(0, 2)).toEqual(
      expect.arrayContaining(['2022-09-15-sco-samarkand-summit', '2022-09-15-xi-putin-samarkand']),
    );
  });

  it('finds Zelensky despite swapped letters', () => {
    expect(ids('zelenksy')).toContain('2023-02-24-zelensky-on-peace-plan');
  });

  it('finds the sanctions events by a prefix', () => {
    expect(ids('sanc')).toContain('2022-02-28-china-opposes-unilateral-sanctions');
  });

  it('finds the position paper by words of its title', () => {
    expect(ids('position paper')[0]).toBe('2023-02-24-china-position-paper');
  });

  it('finds events by an actor named only in their actor list', () => {
    const lukashenko = dataset.events.filter((e) =>
      e.actors.some((a) => a.actor === 'alexander-lukashenko'),
    );
    expect(lukashenko.length).toBeGreaterThan(0);
    expect(ids('lukashenko')).toEqual(expect.arrayContaining(lukashenko.map((e) => e.id)));
  });

  it('finds the Black Sea Grain Initiative event and the paper point that mentions it by "grain"', () => {
    expect(ids('grain')).toEqual(expect.arrayContaining(['2022-07-22-black-sea-grain-initiative']));
    const paper = dataset.documents.find((d) => d.id === 'doc-china-position-paper-2023')!;
    const point = paper.points.find((p) => /grain/i.test(`${p.title} ${p.summary}`))!;
    const records = createRecordSearch(dataset).search('grain');
    expect(records.map((h) => h.key)).toContain(`point:${paper.id}:${point.number}`);
    expect(records.find((h) => h.kind === 'point')?.target).toEqual({
      document: paper.id,
      point: point.number,
    });
  });
});
