import { describe, expect, it } from 'vitest';
import { eventsInWindow, figureMarkers, figureTicks, MAX_TICK_LABELS } from './handout-figure';
import { day, makeEvent } from '../../tests/helpers/builders';

const w = (from: string, to: string) => ({ start: day(from), end: day(to) });

describe('eventsInWindow', () => {
  const events = [
    makeEvent({ id: 'a', date: '2023-03-01' }),
    makeEvent({ id: 'b', date: '2023-03-10', endDate: '2023-03-14' }),
    makeEvent({ id: 'c', date: '2023-03-20' }),
    makeEvent({ id: 'd', date: '2023-03-25' }),
  ];
  it('keeps the events any part of which is inside the window', () => {
    expect(eventsInWindow(events, w('2023-03-13', '2023-03-25')).map((e) => e.id)).toEqual([
      'b',
      'c',
    ]);
  });
  it('keeps an event on the window’s first day and drops one starting at its end', () => {
    expect(eventsInWindow(events, w('2023-03-01', '2023-03-02')).map((e) => e.id)).toEqual(['a']);
    expect(eventsInWindow(events, w('2023-02-01', '2023-03-01'))).toEqual([]);
  });
});

describe('figureMarkers', () => {
  it('numbers the events and places them by date', () => {
    const events = [
      makeEvent({ id: 'a', date: '2023-03-01' }),
      makeEvent({ id: 'b', date: '2023-03-06' }),
    ];
    const m = figureMarkers(events, w('2023-03-01', '2023-03-11'), 100, 10);
    expect(m).toEqual([
      { n: 1, x: 0, x2: 10, row: 0 },
      { n: 2, x: 50, x2: 60, row: 0 },
    ]);
  });
  it('stacks markers that would touch into further rows, and reuses freed rows', () => {
    const events = ['2023-03-01', '2023-03-01', '2023-03-02', '2023-03-08'].map((date, i) =>
      makeEvent({ id: `e${i}`, date }),
    );
    const rows = figureMarkers(events, w('2023-03-01', '2023-03-11'), 100, 15).map((m) => m.row);
    expect(rows).toEqual([0, 1, 2, 0]);
  });
  it('clamps an event that starts before the window to its left edge', () => {
    const [m] = figureMarkers(
      [makeEvent({ id: 'long', date: '2023-02-20', endDate: '2023-03-03' })],
      w('2023-03-01', '2023-03-11'),
      100,
      10,
    );
    expect(m).toMatchObject({ x: 0, x2: 30 });
  });
});

describe('figureTicks', () => {
  it('ticks every day of a fortnight, labelling at most a few', () => {
    const ticks = figureTicks(w('2023-03-13', '2023-03-25'), 120);
    expect(ticks).toHaveLength(13);
    expect(ticks[0]).toMatchObject({ t: day('2023-03-13'), x: 0, unit: 'day', labelled: true });
    expect(ticks.filter((t) => t.labelled).length).toBeLessThanOrEqual(MAX_TICK_LABELS);
    expect(ticks.filter((t) => t.labelled).length).toBeGreaterThan(3);
  });
  it('ticks the first of each month of a long window', () => {
    const ticks = figureTicks(w('2022-02-15', '2023-03-31'), 100);
    expect(ticks[0]).toMatchObject({ t: day('2022-03-01'), unit: 'month' });
    expect(ticks).toHaveLength(13);
    expect(ticks.filter((t) => t.labelled).length).toBeLessThanOrEqual(MAX_TICK_LABELS);
  });
});
