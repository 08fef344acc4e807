import { describe, expect, it } from 'vitest';
import { createParleyStore } from './create-store';
import { selectAsOfDay } from './selectors';
import { defaultComparison, resolveMatrix } from './use-positions';
import {
  day,
  makeActor,
  makeDataset,
  makeDocument,
  makeEvent,
  makePosition,
  makeTopic,
} from '../../tests/helpers/builders';
import { DAY_MS } from '../domain/dates';
import type { ActorId, DocumentId, EventId, TopicId } from '../domain/types';

const dataset = makeDataset({
  actors: ['china', 'russia', 'japan'].map((id) => makeActor({ id })),
  topics: ['sanctions', 'talks', 'nuclear'].map((id) => makeTopic({ id })),
  events: [
    makeEvent({ id: 'ev-early', date: '2022-03-01' }),
    makeEvent({ id: 'ev-late', date: '2023-03-01' }),
  ],
  positions: [
    makePosition({ actor: 'japan', topic: 'talks', date: '2022-03-01' }),
    makePosition({ actor: 'russia', topic: 'sanctions', date: '2022-03-01' }),
    makePosition({ actor: 'china', topic: 'sanctions', date: '2022-03-01' }),
  ],
  documents: [makeDocument({ id: 'doc-other' }), makeDocument({ id: 'doc-main' })],
  defaults: { document: 'doc-main' as DocumentId },
});

describe('the "as of" day', () => {
  it('is the centre of the window until pinned, then the pinned day, clamped into the span', () => {
    const window = { start: day('2022-06-01'), end: day('2022-06-11') };
    const store = createParleyStore(dataset, { window });
    expect(selectAsOfDay(store.getState())).toBe(day('2022-06-06'));
    store.getState().pinAsOf(day('2022-09-30'));
    expect(selectAsOfDay(store.getState())).toBe(day('2022-09-30'));
    store.getState().pinAsOf(day('2030-01-01'));
    expect(selectAsOfDay(store.getState())).toBe(day('2023-03-22'));
  });
});

describe('openEventOnTimeline', () => {
  it('selects the event, opens its panel and switches to the timeline', () => {
    const store = createParleyStore(dataset, { view: 'matrix' });
    store.getState().openEventOnTimeline('ev-early' as EventId);
    const s = store.getState();
    expect([s.selectedEventId, s.panel, s.view]).toEqual(['ev-early', 'event', 'timeline']);
  });

  it('brings an event outside the window into view, keeping the width', () => {
    const window = { start: day('2022-03-01'), end: day('2022-04-01') };
    const store = createParleyStore(dataset, { window, view: 'matrix' });
    store.getState().openEventOnTimeline('ev-late' as EventId);
    const w = store.getState().window;
    expect(w.end - w.start).toBe(window.end - window.start);
    expect(w.start <= day('2023-03-01') && day('2023-03-01') < w.end).toBe(true);
  });

  it('leaves a window that already shows the event alone, and ignores unknown ids', () => {
    const window = { start: day('2022-02-01'), end: day('2022-04-01') };
    const store = createParleyStore(dataset, { window, view: 'matrix' });
    store.getState().openEventOnTimeline('ev-early' as EventId);
    expect(store.getState().window).toEqual(window);
    store.getState().openEventOnTimeline('nope' as EventId);
    expect(store.getState().selectedEventId).toBe('ev-early');
  });
});

describe('openDocument', () => {
  it('shows a known document in the paper view and ignores an unknown one', () => {
    const store = createParleyStore(dataset);
    store.getState().openDocument('doc-other' as DocumentId);
    expect([store.getState().documentId, store.getState().view]).toEqual(['doc-other', 'paper']);
    store.getState().openDocument('doc-missing' as DocumentId);
    expect(store.getState().documentId).toBe('doc-other');
  });

  it('can start from a document id', () => {
    const store = createParleyStore(dataset, { documentId: 'doc-other' as DocumentId });
    expect(store.getState().documentId).toBe('doc-other');
  });
});

describe('defaultComparison', () => {
  it("runs from the dataset's default day (the eve of the invasion) to the last day of the span", () => {
    expect(defaultComparison(dataset)).toEqual({
      from: day('2022-02-23'),
      to: day('2023-03-22'),
    });
  });

  it('stays inside a span that starts later', () => {
    const span = { start: day('2022-06-01'), end: day('2022-07-01') };
    expect(defaultComparison({ ...dataset, span })).toEqual({
      from: day('2022-06-01'),
      to: day('2022-07-01') - DAY_MS,
    });
  });
});

describe('resolveMatrix', () => {
  it('shows every actor and topic with a position when nothing is chosen', () => {
    const m = resolveMatrix(dataset, { actors: [], topics: [] });
    expect(m.actors.map((a) => a.id)).toEqual(['china', 'russia', 'japan']);
    expect(m.topics.map((t) => t.id)).toEqual(['sanctions', 'talks']);
  });

  it('keeps the display order whatever the order of the choice, and drops unknown ids', () => {
    const m = resolveMatrix(dataset, {
      actors: ['japan', 'atlantis', 'china'] as ActorId[],
      topics: ['talks'] as TopicId[],
    });
    expect(m.actors.map((a) => a.id)).toEqual(['china', 'japan']);
    expect(m.topics.map((t) => t.id)).toEqual(['talks']);
    expect(m.allActors).toHaveLength(3);
  });
});
