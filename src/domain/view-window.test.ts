import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS } from './dates';
import { defaultWindow, normaliseWindow, viewBounds } from './view-window';
import { day } from '../../tests/helpers/builders';

const span = { start: day('2022-02-04'), end: day('2023-03-23') };
const bounds = viewBounds(span);

describe('view window', () => {
  it('leaves room before the span and more after it, in whole days', () => {
    expect(bounds.start).toBe(day('2022-01-20'));
    expect(bounds.end % DAY_MS).toBe(0);
    expect(bounds.end - span.end).toBeGreaterThan(span.start - bounds.start);
  });

  it('keeps a window running past the last day (the visit fortnight)', () => {
    const visit = { start: day('2023-03-13'), end: day('2023-03-25') };
    expect(normaliseWindow(visit, span)).toEqual(visit);
  });

  it('rounds a pan to whole days, keeping its width in days', () => {
    const w = { start: day('2022-06-01') + 0.4 * DAY_MS, end: day('2022-06-11') + 0.4 * DAY_MS };
    expect(normaliseWindow(w, span)).toEqual({ start: day('2022-06-01'), end: day('2022-06-11') });
  });

  it('cuts a window to the bounds; one wholly outside becomes the nearer edge day', () => {
    expect(normaliseWindow({ start: day('2022-01-01'), end: day('2023-01-01') }, span)).toEqual({
      start: day('2022-01-20'),
      end: day('2023-01-01'),
    });
    expect(normaliseWindow({ start: day('2020-01-01'), end: day('2020-02-01') }, span)).toEqual({
      start: bounds.start,
      end: bounds.start + DAY_MS,
    });
  });

  it('is idempotent and always whole days inside the bounds', () => {
    const t = fc.double({ min: bounds.start - 1e11, max: bounds.end + 1e11, noNaN: true });
    fc.assert(
      fc.property(t, t, (a, b) => {
        const w = normaliseWindow({ start: Math.min(a, b), end: Math.max(a, b) }, span);
        expect(normaliseWindow(w, span)).toEqual(w);
        expect(w.start % DAY_MS).toBe(0);
        expect(w.end - w.start).toBeGreaterThanOrEqual(DAY_MS);
        expect(w.start >= bounds.start && w.end <= bounds.end).toBe(true);
      }),
    );
  });

  it('defaults to the first preset, else the span', () => {
    expect(defaultWindow([], span)).toEqual(span);
    const w = { start: day('2022-03-01'), end: day('2022-04-01') };
    expect(defaultWindow([{ window: w }], span)).toEqual(w);
  });
});
