import { describe, expect, it } from 'vitest';
import {
  LABEL_MAX_PX,
  LABEL_MIN_PX,
  MAX_ITEMS_IN_VIEW,
  toTimelineItems,
} from './to-timeline-items';
import { DAY_MS } from '../../domain/dates';
import { day, makeActor, makeDataset, makeEvent } from '../../../tests/helpers/builders';
import type { EventId } from '../../domain/types';

const actors = [
  makeActor({ id: 'china' }),
  makeActor({ id: 'russia' }),
  makeActor({ id: 'xi', kind: 'person', memberOf: 'china' }),
];
const data = makeDataset({ actors });
const window = { start: day('2022-01-01'), end: day('2023-12-31') };

describe('toTimelineItems', () => {
  it('puts a person in the lane of their state, multi-day events as ranges, text as text', () => {
    const events = [
      makeEvent({
        id: 'visit',
        date: '2023-03-20',
        endDate: '2023-03-22',
        actors: ['xi'],
        title: '<b>Visit</b>',
      }),
      makeEvent({ id: 'call', date: '2022-02-25', actors: ['russia', 'xi'], kind: 'call' }),
    ];
    expect(toTimelineItems(events, window, data)).toEqual([
      expect.objectContaining({
        id: 'visit',
        group: 'china',
        type: 'range',
        end: day('2023-03-23'),
        text: '<b>Visit</b>',
        label: '<b>Visit</b>',
      }),
      expect.objectContaining({
        id: 'call',
        group: 'russia',
        type: 'point',
        end: undefined,
        className: 'kind-call',
      }),
    ]);
  });

  it('draws a multi-day event narrower than a label as a point', () => {
    const visit = makeEvent({ id: 'visit', date: '2023-03-20', endDate: '2023-03-22' });
    const [item] = toTimelineItems([visit], window, data, { clusterMs: 30 * DAY_MS });
    expect(item).toEqual(expect.objectContaining({ type: 'point', end: undefined }));
  });

  it('dims non-matches and marks matches when highlighting', () => {
    const events = [
      makeEvent({ id: 'a', date: '2022-03-01' }),
      makeEvent({ id: 'b', date: '2022-06-01' }),
    ];
    const items = toTimelineItems(events, window, data, { highlight: new Set(['a' as EventId]) });
    expect(items.map((i) => i.className)).toEqual([
      'kind-statement is-match',
      'kind-statement is-dimmed',
    ]);
  });

  it('folds crowded runs behind their first event into a "+N" aggregate, never a kept event', () => {
    const events = ['01', '02', '03', '04', '05'].map((d) =>
      makeEvent({ id: `e${d}`, date: `2023-02-${d}` }),
    );
    const far = makeEvent({ id: 'far', date: '2022-06-01' });
    const items = toTimelineItems([far, ...events], window, data, {
      clusterMs: 10 * DAY_MS,
      keep: ['e03' as EventId, null],
      aggregateLabel: (n) => `${n} événements`,
    });
    expect(items.map((i) => [i.id, i.text, i.label, i.eventIds.length, i.expand])).toEqual([
      ['far', 'far', 'far', 1, undefined],
      ['e01', 'e01', 'e01', 1, undefined],
      ['e03', 'e03', 'e03', 1, undefined],
      ['agg:china:e02', '+3', '3 événements', 3, 'zoom'],
    ]);
  });

  it('shows the longest event of a folded run rather than its first', () => {
    const events = [
      makeEvent({ id: 'remark', date: '2023-03-19' }),
      makeEvent({ id: 'visit', date: '2023-03-20', endDate: '2023-03-22' }),
      makeEvent({ id: 'talks', date: '2023-03-20' }),
      makeEvent({ id: 'dinner', date: '2023-03-21' }),
    ];
    const items = toTimelineItems(events, window, data, { clusterMs: 10 * DAY_MS });
    expect(items.map((i) => [i.id, i.text])).toEqual([
      ['visit', 'visit'],
      ['agg:china:remark', '+3'],
    ]);
  });

  it('keeps runs of up to maxStack events as items', () => {
    const events = ['01', '02', '03'].map((d) => makeEvent({ id: `e${d}`, date: `2023-02-${d}` }));
    expect(toTimelineItems(events, window, data, { clusterMs: 10 * DAY_MS })).toHaveLength(3);
  });

  const sameDay = Array.from({ length: 16 }, (_, i) =>
    makeEvent({ id: `d${String(i).padStart(2, '0')}`, date: '2023-03-21' }),
  );

  it('lists a same-day aggregate, which zooming cannot split, instead of zooming', () => {
    const items = toTimelineItems(sameDay, window, data, { clusterMs: 10 * DAY_MS });
    expect(items.map((i) => [i.id, i.text, i.expand])).toEqual([
      ['d00', 'd00', undefined],
      ['agg:china:d01', '+15', 'list'],
    ]);
  });

  it('draws every event as its own item in a window of seven days or less', () => {
    const days = { start: day('2023-03-20'), end: day('2023-03-23') };
    const week = { start: day('2023-03-16'), end: day('2023-03-23') };
    const wider = { start: day('2023-03-15'), end: day('2023-03-23') + 1 };
    for (const w of [days, week]) {
      const items = toTimelineItems(sameDay, w, data, { clusterMs: 10 * DAY_MS });
      expect(items.map((i) => i.id)).toEqual(sameDay.map((e) => e.id));
    }
    expect(toTimelineItems(sameDay, wider, data, { clusterMs: 10 * DAY_MS })).toHaveLength(2);
  });

  it("never folds the selected event or the story step's, even on one day", () => {
    const keep = ['d07' as EventId, 'd12' as EventId];
    const items = toTimelineItems(sameDay, window, data, { clusterMs: 10 * DAY_MS, keep });
    expect(items.map((i) => i.id)).toEqual(['d00', 'd07', 'd12', 'agg:china:d01']);
    expect(items.at(-1)!.eventIds).not.toContain('d07');
    expect(items.at(-1)!.text).toBe('+13');
  });

  it('gives each label the room up to the next item of its lane, within bounds', () => {
    const events = [
      makeEvent({ id: 'a', date: '2022-03-01' }),
      makeEvent({ id: 'b', date: '2022-03-11' }),
      makeEvent({ id: 'c', date: '2022-03-12' }),
    ];
    const pxPerMs = 30 / DAY_MS;
    const items = toTimelineItems(events, window, data, { pxPerMs });
    expect(items.map((i) => i.roomPx)).toEqual([300 - 18, LABEL_MIN_PX, LABEL_MAX_PX]);
  });

  it('marks only the selected event’s label to be drawn whole, and gives it its width', () => {
    const events = [
      makeEvent({ id: 'a', date: '2022-03-01' }),
      makeEvent({ id: 'b', date: '2022-03-02' }),
    ];
    const pxPerMs = 30 / DAY_MS;
    const measure = () => 500;
    const items = toTimelineItems(events, window, data, {
      pxPerMs,
      measure,
      whole: 'a' as EventId,
    });
    expect(items.map((i) => i.className.split(' ').includes('is-whole'))).toEqual([true, false]);
    // The next item is a day (30 px) away: the selected label runs over it, the other does not.
    expect(items.map((i) => i.roomPx)).toEqual([502, LABEL_MAX_PX]);
  });

  it('maps only events near the window on very large datasets', () => {
    const events = Array.from({ length: MAX_ITEMS_IN_VIEW + 50 }, (_, i) =>
      makeEvent({
        id: `e${i}`,
        date: new Date(day('2022-03-01') + i * DAY_MS).toISOString().slice(0, 10),
      }),
    );
    const narrow = { start: day('2022-03-01'), end: day('2022-03-11') };
    const items = toTimelineItems(events, narrow, data);
    expect(items.length).toBeLessThan(40);
    expect(items.map((i) => i.id)).toContain('e5');
  });

  it('on 100,000 events, maps a narrow window reading only the events near it', () => {
    const base = makeEvent({ id: 'base', date: '2022-03-01' });
    const events = Array.from({ length: 100_000 }, (_, i) => ({
      ...base,
      id: `e${i}` as EventId,
      // Ten an hour, over about a year and a half.
      start: base.start + i * 360_000,
      end: base.start + i * 360_000 + DAY_MS,
    }));
    let reads = 0;
    const counted = new Proxy(events, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const twoDays = { start: day('2022-09-01'), end: day('2022-09-03') };
    toTimelineItems(counted, twoDays, data); // the first call indexes the starts: one pass
    reads = 0;
    const items = toTimelineItems(counted, twoDays, data);
    // Within a window's width on each side (six days), and those of the day before, still
    // running: seven days of ten an hour, of the 100,000.
    expect(items.length).toBe(7 * 240 - 1);
    expect(reads).toBeLessThan(2 * items.length);
  });
});
