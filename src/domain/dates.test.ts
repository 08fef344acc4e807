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

  it('agrees with a Date round trip on every month and day number of several years', () => {
    const byDate = (iso: string) => {
      const t = Date.parse(`${iso}T00:00:00Z`);
      return !Number.isNaN(t) && toIsoDay(t) === iso ? t : undefined;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (const y of [1000, 1900, 1999, 2000, 2023, 2024, 2100, 9999])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(parseDay(iso), iso).toBe(byDate(iso));
        }
    // A year before 100 would be read as 19xx by Date.UTC: refused.
    expect(parseDay('0050-01-01')).toBeUndefined();
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
