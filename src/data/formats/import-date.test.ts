import { describe, expect, it } from 'vitest';
import { lastDayOf, readDate } from './import-date';
import { englishOf } from '../../domain/problem-text';

describe('readDate', () => {
  it.each([
    [
      { year: 2022, month: 2, day: 24 },
      { iso: '2022-02-24', precision: 'day' },
    ],
    [
      { year: '2022', month: '02', day: ' 4 ' },
      { iso: '2022-02-04', precision: 'day' },
    ],
    [
      { year: 2022, month: 5 },
      { iso: '2022-05-01', precision: 'month' },
    ],
    [{ year: 2022 }, { iso: '2022-01-01', precision: 'year' }],
    [
      { year: 2024, month: 2, day: 29 },
      { iso: '2024-02-29', precision: 'day' },
    ],
  ])('reads %j', (parts, date) => {
    expect(readDate(parts)).toEqual({ date });
  });

  it('is undefined when no part is given', () => {
    expect(readDate({ year: '', month: ' ' })).toBeUndefined();
  });

  it.each([
    [{ month: 3 }, 'year', 'has a month or day but no year'],
    [{ year: '2022a' }, 'year', 'has a year that is not a whole number ("2022a")'],
    [{ year: -44 }, 'year', 'has the year -44; Parley reads years 1 to 9999'],
    [{ year: 2022, day: 3 }, 'month', 'has a day but no month'],
    [{ year: 2022, month: 0 }, 'month', 'has the month "0"; a month is a number from 1 to 12'],
    [{ year: 2023, month: 2, day: 29 }, 'day', 'has the day "29", which 2023-02 does not have'],
    [{ year: { y: 1 } }, 'year', 'has a year that is not a whole number ("{"y":1}")'],
  ])('reports %j in its %s', (parts, part, problem) => {
    const read = readDate(parts);
    const english =
      read && 'problem' in read ? { ...read, problem: englishOf(read.problem) } : read;
    expect(english).toEqual({ problem, part });
  });
});

describe('lastDayOf', () => {
  it('runs an imprecise end to the end of its month or year', () => {
    expect(lastDayOf({ iso: '2024-02-01', precision: 'month' })).toBe('2024-02-29');
    expect(lastDayOf({ iso: '2022-01-01', precision: 'year' })).toBe('2022-12-31');
    expect(lastDayOf({ iso: '2022-03-05', precision: 'day' })).toBe('2022-03-05');
  });
});
