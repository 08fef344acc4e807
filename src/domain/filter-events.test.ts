import { describe, expect, it } from 'vitest';
import { facetCounts, filterEvents, NO_FILTERS, type Filters } from './filter-events';
import { day, makeActor, makeDataset, makeEvent } from '../../tests/helpers/builders';
import type { ActorId, TopicId } from './types';

const data = makeDataset({
  actors: [
    makeActor({ id: 'china' }),
    makeActor({ id: 'russia' }),
    makeActor({ id: 'xi', kind: 'person', memberOf: 'china' }),
  ],
  events: [
    makeEvent({ id: 'call', date: '2022-02-25', actors: ['xi', 'russia'], kind: 'call' }),
    makeEvent({
      id: 'vote',
      date: '2022-03-02',
      actors: ['china'],
      kind: 'vote',
      topics: ['sovereignty'],
    }),
    makeEvent({
      id: 'visit',
      date: '2023-03-20',
      endDate: '2023-03-22',
      actors: ['xi'],
      kind: 'visit',
    }),
    makeEvent({
      id: 'ru',
      date: '2022-09-21',
      actors: ['russia'],
      kind: 'statement',
      topics: ['nuclear'],
    }),
  ],
});

const f = (o: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...o });
const ids = (o: Partial<Filters>) => filterEvents(data.events, f(o), data).map((e) => e.id);

describe('filterEvents', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filters keeps everything in order', {}, ['call', 'vote', 'ru', 'visit']],
    ['a state includes its people', { actors: ['china' as ActorId] }, ['call', 'vote', 'visit']],
    ['a person only their own', { actors: ['xi' as ActorId] }, ['call', 'visit']],
    [
      'actors are alternatives',
      { actors: ['russia' as ActorId, 'xi' as ActorId] },
      ['call', 'ru', 'visit'],
    ],
    ['kinds', { kinds: ['vote', 'visit'] }, ['vote', 'visit']],
    ['topics', { topics: ['nuclear' as TopicId] }, ['ru']],
    [
      'a range keeps overlapping multi-day events',
      { from: day('2023-03-21'), to: day('2023-03-31') },
      ['visit'],
    ],
    ['an open-ended range', { to: day('2022-03-01') }, ['call']],
    ['facets combine', { actors: ['china' as ActorId], kinds: ['call'] }, ['call']],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });
});

describe('facetCounts', () => {
  it('counts each value as if it were chosen, with the other facets applied', () => {
    const kinds = facetCounts(
      data.events,
      f({ actors: ['china' as ActorId], kinds: ['vote'] }),
      'kinds',
      data,
    );
    expect(Object.fromEntries(kinds)).toEqual({ call: 1, vote: 1, visit: 1 });
    const actors = facetCounts(data.events, f({ kinds: ['call'] }), 'actors', data);
    expect(Object.fromEntries(actors)).toEqual({ xi: 1, china: 1, russia: 1 });
  });
});
