import { describe, expect, it } from 'vitest';
import { axisTicks } from './png-axis';
import { day } from '../../../tests/helpers/builders';

describe('axisTicks', () => {
  it('labels days with their month in a fortnight, in the language asked, at UTC midnight', () => {
    const ticks = axisTicks({ start: day('2023-03-13'), end: day('2023-03-24') }, 'en');
    expect(ticks.map((t) => t.label)).toEqual([
      'Mar 13',
      'Mar 14',
      'Mar 15',
      'Mar 16',
      'Mar 17',
      'Mar 18',
      'Mar 19',
      'Mar 20',
      'Mar 21',
      'Mar 22',
      'Mar 23',
    ]);
    expect(ticks[0]!.at).toBe(day('2023-03-13'));
  });

  it('ticks weeks in a quarter, and months with their year over a year', () => {
    const quarter = axisTicks({ start: day('2023-01-01'), end: day('2023-03-23') }, 'fr');
    expect(quarter).toHaveLength(12);
    expect(quarter[1]!.label).toBe('8 janv.');
    const span = axisTicks({ start: day('2022-02-01'), end: day('2023-03-23') }, 'en');
    expect(span[0]!.label).toBe('Mar 2022'); // every other month, from January
    expect(span.at(-1)!.label).toBe('Mar 2023');
    expect(new Set(span.map((t) => t.label)).size).toBe(span.length);
  });
});
