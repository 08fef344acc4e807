import { describe, expect, it } from 'vitest';
import { eventPosition, focusWindow, stepIndex, stepTarget, type Step } from './step-events';
import { DAY_MS } from './dates';
import type { EventId } from './types';
import { day, makeEvent } from '../../tests/helpers/builders';

const events = [
  makeEvent({ id: 'a', date: '2022-02-24' }),
  makeEvent({ id: 'b', date: '2022-03-02' }),
  makeEvent({ id: 'c', date: '2022-03-18' }),
  makeEvent({ id: 'd', date: '2022-09-15' }),
];
const id = (s: string | null) => s as EventId | null;

describe('stepIndex', () => {
  it.each<[string | null, Step, number]>([
    ['a', 1, 1],
    ['b', 1, 2],
    ['d', 1, 3], // stays on the last
    ['c', -1, 1],
    ['a', -1, 0], // stays on the first
    ['b', 0, 1],
    ['a', 10, 3], // clamped
    ['d', -10, 0],
    ['c', 'first', 0],
    ['b', 'last', 3],
    [null, 1, 0],
    [null, 0, 0],
    [null, -1, 0], // nothing before the start of time: the first
    [null, 'first', 0],
    [null, 'last', 3],
    ['not-listed', 1, 0],
  ])('from %s, step %s → %i', (current, step, expected) => {
    expect(stepIndex(events, id(current), step)).toBe(expected);
  });

  it.each<[string, Step, number]>([
    ['2022-03-01', 1, 1], // first at or after the anchor
    ['2022-03-02', 0, 1],
    ['2022-03-01', -1, 0], // last before the anchor
    ['2022-02-01', -1, 0], // nothing before: the first
    ['2023-01-01', 1, 3], // nothing after: the last
    ['2023-01-01', -1, 3],
  ])('from an event not in the list, anchored at %s, step %s → %i', (anchor, step, expected) => {
    expect(stepIndex(events, id('hidden'), step, day(anchor))).toBe(expected);
  });

  it('is -1 for no events, whatever the step', () => {
    for (const step of [1, -1, 0, 'first', 'last'] as const) {
      expect(stepIndex([], id('a'), step)).toBe(-1);
    }
  });
});

describe('eventPosition', () => {
  it.each<[string | null, { n: number; m: number } | null]>([
    ['a', { n: 1, m: 4 }],
    ['c', { n: 3, m: 4 }],
    ['d', { n: 4, m: 4 }],
    ['hidden', null],
    [null, null],
  ])('%s → %o', (current, expected) => {
    expect(eventPosition(events, id(current))).toEqual(expected);
  });
});

describe('focusWindow', () => {
  const span = { start: day('2022-02-04'), end: day('2023-03-23') };

  it('centres a 60-day window on a one-day event', () => {
    const e = makeEvent({ id: 'x', date: '2022-06-01' });
    const w = focusWindow(e, span);
    expect(w.end - w.start).toBe(60 * DAY_MS);
    expect((w.start + w.end) / 2).toBe((e.start + e.end) / 2);
  });

  it('is wider for a long event, so all of it shows', () => {
    const e = makeEvent({ id: 'x', date: '2022-06-01', endDate: '2022-09-30' });
    const w = focusWindow(e, span);
    expect(w.start).toBeLessThan(e.start);
    expect(w.end).toBeGreaterThan(e.end);
  });

  it('stays inside the span at either end', () => {
    const first = focusWindow(makeEvent({ id: 'x', date: '2022-02-04' }), span);
    expect(first.start).toBe(span.start);
    expect(first.end - first.start).toBe(60 * DAY_MS);
    const nearEnd = focusWindow(makeEvent({ id: 'y', date: '2023-03-01' }), span);
    expect(nearEnd.end).toBe(span.end);
    expect(nearEnd.end - nearEnd.start).toBe(60 * DAY_MS);
  });

  it('narrows at the very end of the span, so the event starts at most ¾ into the window', () => {
    // The span ends on 23 March: the last day's event gets a 4-day window, 19–23 March.
    expect(focusWindow(makeEvent({ id: 'y', date: '2023-03-22' }), span)).toEqual({
      start: day('2023-03-19'),
      end: span.end,
    });
    const w = focusWindow(makeEvent({ id: 'z', date: '2023-03-08' }), span);
    expect(w.end).toBe(span.end);
    expect((day('2023-03-08') - w.start) / (w.end - w.start)).toBeCloseTo(0.75);
  });

  it('takes another width in days', () => {
    const w = focusWindow(makeEvent({ id: 'x', date: '2022-06-01' }), span, 14);
    expect(w.end - w.start).toBe(14 * DAY_MS);
  });
});

describe('stepTarget: the one stepping rule', () => {
  const list = ['2022-03-01', '2022-04-01', '2022-05-01'].map((d, i) =>
    makeEvent({ id: `s${i}`, date: d }),
  );
  const w = { start: day('2022-03-15'), end: day('2022-06-01') };
  it.each([
    ['from the selected event in the list', 's1', 1, 's2'],
    ['back from the selected event', 's1', -1, 's0'],
    ['from an event not in the list, at its day', 'hidden-0415', 1, 's2'],
    ['back from an event not in the list', 'hidden-0415', -1, 's1'],
    ['with none selected, from the start of the window', null, 0, 's1'],
    ['to the last', null, 'last', 's2'],
  ] as const)('%s', (_name, selected, step, expected) => {
    const hidden = makeEvent({ id: 'hidden-0415', date: '2022-04-15' });
    const sel =
      selected === null
        ? undefined
        : selected === 'hidden-0415'
          ? hidden
          : list.find((e) => e.id === selected);
    expect(stepTarget(list, sel, step, w)?.id).toBe(expected);
  });

  it('gives nothing for an empty list', () => {
    expect(stepTarget([], undefined, 1, w)).toBeUndefined();
  });
});
