import { describe, expect, it } from 'vitest';
import { centreWindowOn, clampWindow, fitWindow, revealWindow, zoomWindow } from './window-math';
import { DAY_MS } from './dates';
import { day, makeEvent } from '../../tests/helpers/builders';

const span = { start: day('2022-02-04'), end: day('2023-03-23') };

describe('window maths', () => {
  it('clamps a window into the span, shifting before shrinking', () => {
    expect(
      clampWindow({ start: span.start - 10 * DAY_MS, end: span.start + 20 * DAY_MS }, span),
    ).toEqual({
      start: span.start,
      end: span.start + 30 * DAY_MS,
    });
    expect(clampWindow({ start: 0, end: span.end * 2 }, span)).toEqual(span);
  });

  it('never makes a window narrower than a day', () => {
    const w = clampWindow({ start: day('2022-06-01'), end: day('2022-06-01') + 1000 }, span);
    expect(w.end - w.start).toBe(DAY_MS);
  });

  it('zooms around the centre', () => {
    const w = { start: day('2022-06-01'), end: day('2022-06-21') };
    expect(zoomWindow(w, 0.5, span)).toEqual({ start: day('2022-06-06'), end: day('2022-06-16') });
    expect(zoomWindow(w, 2, span)).toEqual({ start: day('2022-05-22'), end: day('2022-07-01') });
  });

  it('centres on a day keeping the width', () => {
    const w = { start: day('2022-06-01'), end: day('2022-06-11') };
    expect(centreWindowOn(w, day('2022-09-10'), span)).toEqual({
      start: day('2022-09-05'),
      end: day('2022-09-15'),
    });
  });

  it('fits events with a margin, or the whole span when there are none', () => {
    const events = [
      makeEvent({ id: 'a', date: '2022-03-01' }),
      makeEvent({ id: 'b', date: '2022-03-30' }),
    ];
    const w = fitWindow(events, span);
    expect(w.start).toBeLessThan(day('2022-03-01'));
    expect(w.end).toBeGreaterThan(day('2022-03-31'));
    expect(w.end - w.start).toBeLessThan(40 * DAY_MS);
    expect(fitWindow([], span)).toEqual(span);
  });
});

describe('revealWindow', () => {
  const span = { start: 0, end: 1000 * DAY_MS };
  const w = { start: 100 * DAY_MS, end: 130 * DAY_MS };
  it.each([
    ['an event in view leaves the window alone', 110, w],
    [
      'an event before it centres the window on it, same width',
      50,
      { start: 35 * DAY_MS, end: 65 * DAY_MS },
    ],
    [
      'an event at the end of the window counts as out of view',
      130,
      { start: 115 * DAY_MS, end: 145 * DAY_MS },
    ],
    ['near the span start the window stays inside the span', 2, { start: 0, end: 30 * DAY_MS }],
  ])('%s', (_name, dayNumber, expected) => {
    expect(revealWindow(w, { start: dayNumber * DAY_MS }, span)).toEqual(expected);
  });
});
