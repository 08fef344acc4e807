import { describe, expect, it } from 'vitest';
import { MAX_ITEMS_IN_VIEW, toTimelineItems } from './to-timeline-items';
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

  it('folds crowded runs in a lane into one aggregate, but never the selected event', () => {
    const events = ['01', '02', '03', '04', '05'].map((d) =>
      makeEvent({ id: `e${d}`, date: `2023-02-${d}` }),
    );
    const far = makeEvent({ id: 'far', date: '2022-06-01' });
    const items = toTimelineItems([far, ...events], window, data, {
      clusterMs: 10 * DAY_MS,
      keep: 'e03' as EventId,
    });
    expect(items.map((i) => [i.id, i.text, i.eventIds.length])).toEqual([
      ['far', 'far', 1],
      ['e03', 'e03', 1],
      ['agg:china:e01', '4 events', 4],
    ]);
  });

  it('keeps runs of up to maxStack events as items', () => {
    const events = ['01', '02', '03'].map((d) => makeEvent({ id: `e${d}`, date: `2023-02-${d}` }));
    expect(toTimelineItems(events, window, data, { clusterMs: 10 * DAY_MS })).toHaveLength(3);
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
});
