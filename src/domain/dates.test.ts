import { describe, expect, it } from 'vitest';
import { formatDateRange, parseDay, toIsoDay } from './dates';

describe('dates', () => {
  it.each([
    ['2022-02-24', Date.UTC(2022, 1, 24)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2023-02-29', undefined],
    ['2022-13-01', undefined],
    ['24 Feb 2022', undefined],
    ['', undefined],
  ])('parseDay(%j)', (iso, expected) => {
    expect(parseDay(iso)).toBe(expected);
  });

  it('round-trips through toIsoDay', () => {
    expect(toIsoDay(parseDay('2023-03-22')!)).toBe('2023-03-22');
  });

  it.each<[string, string | undefined, 'day' | 'month', RegExp]>([
    ['2022-02-24', undefined, 'day', /^24 February 2022$/],
    ['2023-03-20', '2023-03-22', 'day', /^20\s*–\s*22 March 2023$/],
    ['2022-11-30', '2022-12-02', 'day', /^30 November\s*–\s*2 December 2022$/],
    ['2022-12-01', undefined, 'month', /^December 2022$/],
  ])('formats %s–%s (%s) in UTC', (start, end, precision, expected) => {
    expect(formatDateRange(start, end, precision)).toMatch(expected);
  });
});
