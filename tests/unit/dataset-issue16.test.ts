/**
 * What issue 16 asks of the bundled dataset: the chronology and positions widened, every leading
 * actor with a stance on every topic, sources typed by publisher, no quote resting on a reprint
 * site alone where the dataset has the original, and the Security Council's membership.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../src/data/load-dataset';
import type { ActorId, Dataset } from '../../src/domain/types';
import { BODY_SIZE } from '../../src/data/check-integrity';
import { seatStatus } from '../../src/domain/membership';

const text = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');
let data: Dataset;

beforeAll(() => {
  const result = loadDatasetText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  data = result.dataset;
});

describe('coverage promised by issue 16', () => {
  it('has at least 140 events and 110 positions', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(140);
    expect(data.positions.length).toBeGreaterThanOrEqual(110);
  });

  it('gives China, Russia, Ukraine and the US a recorded stance (or an explicit none) on every topic', () => {
    const missing = ['china', 'russia', 'ukraine', 'usa'].flatMap((actor) =>
      data.topics
        .filter((t) => !data.positions.some((p) => p.actor === actor && p.topic === t.id))
        .map((t) => `${actor}/${t.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('explains every explicit "no public position" with more than one piece of evidence', () => {
    const thin = data.positions
      .filter((p) => p.stance === 'none' && p.evidence.events.length < 2)
      .map((p) => p.id);
    expect(thin).toEqual([]);
  });

  it('has the Black Sea Grain Initiative as an event', () => {
    expect(data.eventsById.get('2022-07-22-black-sea-grain-initiative' as never)?.date).toBe(
      '2022-07-22',
    );
  });
});

describe('sources', () => {
  it('name the kind of every publisher', () => {
    const untyped = [...data.sourcesById.values()].filter((s) => !s.publisherKind);
    expect(untyped.map((s) => s.id)).toEqual([]);
  });

  it('never cite a reprint of a text whose original the dataset has, in a quote', () => {
    const reprintOf = new Map<string, string>();
    for (const s of data.sourcesById.values())
      for (const r of s.alsoCarriedBy) reprintOf.set(r, s.id);
    const quotes = [
      ...data.events.flatMap((e) => e.quotes),
      ...data.positions.flatMap((p) => (p.evidence.quote ? [p.evidence.quote] : [])),
      ...data.documents.flatMap((d) => d.reactions.flatMap((r) => (r.quote ? [r.quote] : []))),
    ];
    expect(quotes.filter((q) => reprintOf.has(q.source)).map((q) => q.text)).toEqual([]);
  });
});

describe('Security Council membership', () => {
  it('records 15 members for 2022 and for 2023, with the five permanent members', () => {
    const council = data.memberships.filter((m) => m.body === 'UNSC');
    expect(council.map((m) => [m.startDay, m.endDay, m.members.length])).toEqual([
      ['2022-01-01', '2022-12-31', BODY_SIZE.UNSC],
      ['2023-01-01', '2023-12-31', BODY_SIZE.UNSC],
    ]);
    for (const m of council)
      for (const p5 of ['china', 'france', 'russia', 'uk', 'usa'])
        expect(
          m.members.some((x) => x.actor === p5),
          `${m.startDay} ${p5}`,
        ).toBe(true);
  });

  it('tells that India sat on the Council in 2022 but not 2023, and Japan the other way round', () => {
    const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
    const status = (iso: string, actor: string) =>
      seatStatus(data.memberships, 'UNSC', at(iso), actor as ActorId);
    expect([status('2022-02-25', 'india'), status('2023-02-24', 'india')]).toEqual([
      'member',
      'notMember',
    ]);
    expect([status('2022-02-25', 'japan'), status('2023-02-24', 'japan')]).toEqual([
      'notMember',
      'member',
    ]);
  });
});
