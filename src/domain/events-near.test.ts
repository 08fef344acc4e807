import { describe, expect, it } from 'vitest';
import { eventsNear } from './events-near';
import { mulberry32 } from './prng';
import { DAY_MS } from './dates';
import type { EventId, ParleyEvent } from './types';

/** Just what eventsNear reads; the rest of an event does not matter here. */
function ev(i: number, start: number, days = 0): ParleyEvent {
  return { id: `e${i}` as EventId, start, end: start + days * DAY_MS } as ParleyEvent;
}

/** Sorted events: mostly one-day, some running for weeks, a few starting on the same day. */
function randomEvents(n: number, seed: number): ParleyEvent[] {
  const rng = mulberry32(seed);
  const starts = Array.from({ length: n }, () => Math.floor(rng() * 400) * DAY_MS).sort(
    (a, b) => a - b,
  );
  return starts.map((s, i) => ev(i, s, rng() < 0.1 ? Math.floor(rng() * 40) : 1));
}

const naive = (events: readonly ParleyEvent[], from: number, to: number) =>
  events.filter((e) => e.end > from && e.start < to);

/** An array that counts how many of its elements are read. */
function counting(events: readonly ParleyEvent[]) {
  const reads = { n: 0 };
  const proxy = new Proxy(events as ParleyEvent[], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { proxy, reads };
}

describe('eventsNear', () => {
  it('finds exactly the events that overlap the span, in order, on any window', () => {
    for (const seed of [1, 2, 3]) {
      const events = randomEvents(2_000, seed);
      const rng = mulberry32(seed + 100);
      for (let k = 0; k < 200; k += 1) {
        const from = Math.floor(rng() * 420 - 10) * DAY_MS;
        const to = from + Math.floor(rng() * 60) * DAY_MS;
        expect(eventsNear(events, from, to)).toEqual(naive(events, from, to));
      }
    }
  });

  it('keeps a long event that began well before the span', () => {
    const events = [ev(0, 0, 100), ...Array.from({ length: 50 }, (_, i) => ev(i + 1, i * DAY_MS))];
    expect(eventsNear(events, 80 * DAY_MS, 81 * DAY_MS).map((e) => e.id)).toEqual(['e0']);
  });

  it('returns the list itself when every event is in the span (no copy)', () => {
    const events = randomEvents(500, 4);
    expect(eventsNear(events, -DAY_MS, 500 * DAY_MS)).toBe(events);
  });

  it('still answers on a list that is not in order, by checking every event', () => {
    const events = [ev(0, 10 * DAY_MS), ev(1, 2 * DAY_MS), ev(2, 5 * DAY_MS)];
    expect(eventsNear(events, 4 * DAY_MS, 11 * DAY_MS).map((e) => e.id)).toEqual(['e0', 'e2']);
  });

  it('once the list is indexed, reads only the events near the span: O(log n + k)', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ev(i, i * 60_000)); // one a minute
    const { proxy, reads } = counting(events);
    eventsNear(proxy, 0, 1); // builds the index: one pass
    reads.n = 0;
    const near = eventsNear(proxy, 50_000 * 60_000, 50_010 * 60_000);
    // Instants: those strictly inside the ten minutes.
    expect(near.map((e) => e.id)).toEqual(Array.from({ length: 9 }, (_, i) => `e${50_001 + i}`));
    expect(reads.n).toBeLessThan(20);
  });
});
