import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../src/data/load-dataset';
import { createEventSearch } from '../../src/domain/search-events';

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
});
