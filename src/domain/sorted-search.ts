/**
 * Binary search over anything sorted: the rows of a long list by their top edge, events by their
 * start. Used to draw only what is on screen (the list view) and can map only the events of a
 * time window (the timeline): O(log n) to find the window, O(items in it) to draw it.
 */

/** The first index in [0, n) whose value is ≥ target (n when there is none). */
export function lowerBound(n: number, valueAt: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (valueAt(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in [0, n) whose value is > target (n when there is none). */
export function upperBound(n: number, valueAt: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (valueAt(mid) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index range [start, end) of the items sorted by start that can overlap [from, to]: the ones
 * that start at or before `to`, less those that ended before `from`. `maxLength` is the longest
 * item's length (so an item that started long before `from` but is still running is kept).
 */
export function overlapRange(
  starts: ArrayLike<number>,
  from: number,
  to: number,
  maxLength = 0,
): { readonly start: number; readonly end: number } {
  const at = (i: number) => starts[i]!;
  const start = lowerBound(starts.length, at, from - maxLength);
  const end = upperBound(starts.length, at, to);
  return { start, end: Math.max(start, end) };
}
