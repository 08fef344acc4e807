import { describe, expect, it } from 'vitest';
import { groupByMonth } from './group-by-month';
import { makeEvent } from '../../tests/helpers/builders';

describe('groupByMonth', () => {
  it('groups by the UTC month of the start, keeping order', () => {
    const events = [
      makeEvent({ id: 'a', date: '2022-02-04' }),
      makeEvent({ id: 'b', date: '2022-02-24' }),
      makeEvent({ id: 'c', date: '2022-03-31', endDate: '2022-04-02' }),
      makeEvent({ id: 'd', date: '2023-03-20' }),
    ];
    expect(groupByMonth(events).map((g) => [g.key, g.events.map((e) => e.id)])).toEqual([
      ['2022-02', ['a', 'b']],
      ['2022-03', ['c']],
      ['2023-03', ['d']],
    ]);
    expect(groupByMonth(events)[0]!.month).toBe(Date.UTC(2022, 1, 1));
  });

  it('gives no groups for no events', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});
