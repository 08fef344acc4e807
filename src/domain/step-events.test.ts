import { describe, expect, it } from 'vitest';
import { positionOf, stepEvent } from './step-events';
import { makeEvent } from '../../tests/helpers/builders';
import type { EventId } from './types';

const events = ['a', 'b', 'c'].map((id, i) => makeEvent({ id, date: `2022-03-0${i + 1}` }));
const id = (s: string | null) => s as EventId | null;

describe('stepEvent', () => {
  it.each<[string | null, number, string | undefined]>([
    ['a', 1, 'b'],
    ['b', -1, 'a'],
    ['c', 1, 'c'],
    ['a', -1, 'a'],
    [null, 1, 'a'],
    [null, -1, 'c'],
    ['gone', 1, 'a'],
    ['a', Infinity, 'c'],
    ['c', -Infinity, 'a'],
  ])('from %s by %d gives %s', (from, delta, expected) => {
    expect(stepEvent(events, id(from), delta)?.id).toBe(expected);
  });

  it('gives nothing for an empty list', () => {
    expect(stepEvent([], null, 1)).toBeUndefined();
  });

  it('numbers positions from 1, 0 when absent', () => {
    expect(positionOf(events, id('b'))).toBe(2);
    expect(positionOf(events, id(null))).toBe(0);
    expect(positionOf(events, id('gone'))).toBe(0);
  });
});
