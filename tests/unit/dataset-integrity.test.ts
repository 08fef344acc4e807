/**
 * What issue 3 asks of the bundled dataset beyond "it loads": the integrity rules a schema cannot
 * express, the coverage the chronology promises, and the honesty rules for UN votes. The file is
 * loaded through the app's own door (`loadDatasetText`); the raw JSON is read only for the meta
 * fields the domain model folds away (period start, prelude start).
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../src/data/load-dataset';
import { BODY_SIZE } from '../../src/data/check-integrity';
import type { Dataset, ParleyEvent } from '../../src/domain/types';

const text = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');
const raw = JSON.parse(text) as {
  meta: { period: { start: string; end: string }; preludeStart?: string };
};

let data: Dataset;

beforeAll(() => {
  const result = loadDatasetText(text);
  if (!result.ok)
    throw new Error(`data/parley.json does not load: ${JSON.stringify(result.problems)}`);
  data = result.dataset;
});

const voteEvents = (): ParleyEvent[] => data.events.filter((e) => e.vote !== undefined);

describe('references the schema cannot check', () => {
  it('every position cites events that exist, and its quote names a known speaker and source', () => {
    const missing: string[] = [];
    for (const p of data.positions) {
      if (p.evidence.events.length === 0) missing.push(`${p.id}: no evidence event`);
      for (const id of p.evidence.events)
        if (!data.eventsById.has(id)) missing.push(`${p.id}: unknown event ${id}`);
      const q = p.evidence.quote;
      if (q && !data.actorsById.has(q.speaker))
        missing.push(`${p.id}: unknown speaker ${q.speaker}`);
      if (q && !data.sourcesById.has(q.source)) missing.push(`${p.id}: unknown source ${q.source}`);
    }
    expect(missing).toEqual([]);
  });

  it('every event has at least one source, and every source it names exists', () => {
    const bad = data.events.flatMap((e) =>
      e.sources.length === 0
        ? [`${e.id}: no source`]
        : e.sources.filter((s) => !data.sourcesById.has(s)).map((s) => `${e.id}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('every actor appears in at least one event', () => {
    const inEvents = new Set(data.events.flatMap((e) => e.actors.map((a) => a.actor)));
    expect(data.actors.filter((a) => !inEvents.has(a.id)).map((a) => a.id)).toEqual([]);
  });
});

describe('the period', () => {
  it('has no event outside the period except the stated prelude', () => {
    const { period, preludeStart } = raw.meta;
    expect(preludeStart).toBe('2022-02-04');
    const outside = data.events.filter((e) => {
      const first = e.date < period.start ? preludeStart! : period.start;
      return e.date < first || (e.endDate ?? e.date) > period.end;
    });
    expect(outside.map((e) => `${e.id} (${e.date})`)).toEqual([]);
  });

  it('only the February 2022 prelude, opened by the 4 Feb joint statement, comes before the invasion', () => {
    const before = data.events.filter((e) => e.date < raw.meta.period.start);
    expect(before[0]?.id).toBe('2022-02-04-xi-putin-joint-statement');
    expect(before.filter((e) => !e.date.startsWith('2022-02-')).map((e) => e.id)).toEqual([]);
  });
});

describe('UN votes', () => {
  it('count no more votes than the body has members (193 GA, 15 SC)', () => {
    for (const e of voteEvents()) {
      const v = e.vote!;
      const total = v.yes + v.no + v.abstain + (v.absent ?? 0);
      expect(total, e.id).toBeLessThanOrEqual(BODY_SIZE[v.body]);
      // Every recorded Security Council vote in the period was cast by all 15 members; every
      // Assembly vote records its non-voting members, so both add up to the full membership.
      expect(v.absent, `${e.id}: absent count`).toBeDefined();
      expect(total, e.id).toBe(BODY_SIZE[v.body]);
    }
  });

  it('record per-country votes consistent with the totals and the vetoes', () => {
    for (const e of voteEvents()) {
      const v = e.vote!;
      const n = (choice: string) => v.votes.filter((x) => x.vote === choice).length;
      expect(n('yes'), e.id).toBeLessThanOrEqual(v.yes);
      expect(n('no'), e.id).toBeLessThanOrEqual(v.no);
      expect(n('abstain'), e.id).toBeLessThanOrEqual(v.abstain);
      expect(n('absent'), e.id).toBeLessThanOrEqual(v.absent ?? 0);
      for (const p of v.vetoedBy) {
        expect(['china', 'france', 'russia', 'uk', 'usa'], `${e.id}: veto by ${p}`).toContain(p);
        expect(v.adopted, e.id).toBe(false);
      }
    }
  });

  it('cover every Assembly resolution ES-11/1 to ES-11/6 and the vetoed Council drafts', () => {
    const docs = voteEvents().map((e) => e.vote!.document);
    for (let n = 1; n <= 6; n++) expect(docs).toContain(`A/RES/ES-11/${n}`);
    expect(docs).toContain('S/2022/155');
    expect(docs).toContain('S/2022/720');
    expect(docs).toContain('S/RES/2623 (2022)');
  });

  /** The nine states issue 3 names. */
  const NINE = ['china', 'russia', 'usa', 'uk', 'france', 'india', 'brazil', 'south-africa', 'uae'];
  /** Security Council members among the nine: the five permanent members plus the elected ones. */
  const COUNCIL: Record<string, readonly string[]> = {
    '2022': ['china', 'russia', 'usa', 'uk', 'france', 'india', 'brazil', 'uae'],
    '2023': ['china', 'russia', 'usa', 'uk', 'france', 'brazil', 'uae'],
  };
  /**
   * Votes that could not be confirmed from a page naming the country as voting that way, and so are
   * left out of the data (see data/README.md, "Unconfirmed"). They are almost certainly "yes" for
   * the US, the UK and France (co-sponsors, in no published list of "no" votes or abstentions), but
   * the dataset records only what a source shows. The 10 Oct 2022 procedural vote was found only
   * as a total and a chart; only China's and Russia's non-participation is reported in words.
   * When a vote is confirmed and added, remove it here: the test fails if a listed vote appears.
   */
  const UNCONFIRMED: Record<string, readonly string[]> = {
    '2022-03-24-unga-es-11-2': ['usa', 'uk', 'france'],
    '2022-10-10-unga-rejects-secret-ballot': [
      'usa',
      'uk',
      'france',
      'india',
      'brazil',
      'south-africa',
      'uae',
    ],
    '2022-10-12-unga-es-11-4': ['uk', 'france'],
    '2023-02-23-unga-es-11-6': ['uk'],
  };

  it('record how the nine named states voted where they were members of the voting body', () => {
    const gaps: string[] = [];
    for (const e of voteEvents()) {
      const v = e.vote!;
      const members = v.body === 'UNGA' ? NINE : COUNCIL[e.date.slice(0, 4)];
      expect(members, `${e.id}: Council membership for ${e.date}`).toBeDefined();
      const recorded = new Set<string>(v.votes.map((x) => x.actor));
      const excused = new Set(UNCONFIRMED[e.id] ?? []);
      for (const state of members!) {
        if (excused.has(state)) {
          expect(
            recorded.has(state),
            `${e.id}: ${state} is recorded; drop it from UNCONFIRMED`,
          ).toBe(false);
        } else if (!recorded.has(state)) gaps.push(`${e.id}: ${state}`);
      }
      // A state that was not on the Council cannot have voted there.
      if (v.body === 'UNSC')
        for (const x of recorded) expect(members, `${e.id}: ${x}`).toContain(x);
    }
    expect(gaps).toEqual([]);
  });
});

describe("China's position paper and the Moscow statements", () => {
  const paper = () => data.documentsById.get('doc-china-position-paper-2023' as never);

  it('has exactly the points 1 to 12, each with a title and a summary', () => {
    const doc = paper();
    expect(doc).toBeDefined();
    expect(doc!.date).toBe('2023-02-24');
    expect(doc!.points.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const p of doc!.points) {
      expect(p.title.trim(), `point ${p.number}`).not.toBe('');
      expect(p.summary.trim(), `point ${p.number}`).not.toBe('');
    }
  });

  it('records reactions of Ukraine, the US, the EU, NATO and Russia, each linked to its event', () => {
    const doc = paper()!;
    for (const actor of ['ukraine', 'usa', 'eu', 'nato', 'russia'])
      expect(doc.reactions.map((r) => r.actor)).toContain(actor);
    for (const r of doc.reactions) if (r.event) expect(data.eventsById.has(r.event)).toBe(true);
  });

  it('holds the two joint statements signed in Moscow on 21 March 2023', () => {
    const moscow = data.documents.filter(
      (d) =>
        d.date === '2023-03-21' &&
        d.issuedBy.includes('china' as never) &&
        d.issuedBy.includes('russia' as never),
    );
    expect(moscow).toHaveLength(2);
  });
});

describe('coverage promised by issue 3', () => {
  it('has at least 70 events, 14 actors and 50 positions', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(70);
    expect(data.actors.length).toBeGreaterThanOrEqual(14);
    expect(data.positions.length).toBeGreaterThanOrEqual(50);
  });

  it('has the guided story from the invasion to the Moscow visit, 12 to 16 steps, each on an event', () => {
    const story = data.stories.find((s) => s.id === 'invasion-to-moscow');
    expect(story).toBeDefined();
    expect(story!.steps.length).toBeGreaterThanOrEqual(12);
    expect(story!.steps.length).toBeLessThanOrEqual(16);
    for (const step of story!.steps) {
      expect(step.event && data.eventsById.has(step.event), step.title).toBe(true);
      expect(step.narration.trim()).not.toBe('');
    }
  });
});
