import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerBound, overlapRange, upperBound } from './sorted-search';

const at = (xs: readonly number[]) => (i: number) => xs[i]!;

describe('lowerBound / upperBound', () => {
  it.each([
    [[], 5, 0, 0],
    [[1, 3, 3, 7], 0, 0, 0],
    [[1, 3, 3, 7], 3, 1, 3],
    [[1, 3, 3, 7], 4, 3, 3],
    [[1, 3, 3, 7], 7, 3, 4],
    [[1, 3, 3, 7], 9, 4, 4],
  ])('in %j, %d: lower %d, upper %d', (xs, target, lower, upper) => {
    expect(lowerBound(xs.length, at(xs), target)).toBe(lower);
    expect(upperBound(xs.length, at(xs), target)).toBe(upper);
  });

  it('agree with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 })),
        fc.integer({ min: -60, max: 60 }),
        (raw, t) => {
          const xs = [...raw].sort((a, b) => a - b);
          const lower = xs.findIndex((x) => x >= t);
          const upper = xs.findIndex((x) => x > t);
          expect(lowerBound(xs.length, at(xs), t)).toBe(lower === -1 ? xs.length : lower);
          expect(upperBound(xs.length, at(xs), t)).toBe(upper === -1 ? xs.length : upper);
        },
      ),
    );
  });
});

describe('overlapRange', () => {
  const starts = [0, 10, 20, 30, 40];

  it('keeps the items starting inside the window', () => {
    expect(overlapRange(starts, 15, 35)).toEqual({ start: 2, end: 4 });
    expect(overlapRange(starts, 20, 20)).toEqual({ start: 2, end: 3 });
  });

  it('reaches back by the longest length, for items still running when the window opens', () => {
    expect(overlapRange(starts, 15, 35, 6)).toEqual({ start: 1, end: 4 });
  });

  it('is empty for a window before, after or between the items', () => {
    expect(overlapRange(starts, -9, -1)).toEqual({ start: 0, end: 0 });
    expect(overlapRange(starts, 41, 99)).toEqual({ start: 5, end: 5 });
    expect(overlapRange(starts, 11, 19)).toEqual({ start: 2, end: 2 });
  });
});
