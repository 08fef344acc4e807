import { describe, expect, it } from 'vitest';
import { describeFilters } from './describe-filters';
import { NO_FILTERS, type Filters } from '../../domain/filter-events';
import { translator } from '../../i18n/translate';
import type { ActorId, TopicId } from '../../domain/types';
import { day, makeActor, makeDataset, makeTopic } from '../../../tests/helpers/builders';

const dataset = makeDataset({
  actors: [makeActor({ id: 'china', name: 'China' }), makeActor({ id: 'russia', name: 'Russia' })],
  topics: [makeTopic({ id: 'sanctions', title: 'Sanctions' })],
});
const t = translator('en');

describe('describeFilters', () => {
  it.each<[Partial<Filters>, string]>([
    [{}, 'all events in the dataset'],
    [{ kinds: ['vote'] }, 'events of kind UN vote'],
    [{ kinds: ['vote', 'statement'] }, 'events of kind UN vote or Statement'],
    [{ actors: ['china', 'russia'] as ActorId[] }, 'events involving China or Russia'],
    [{ topics: ['sanctions'] as TopicId[] }, 'events on Sanctions'],
    [
      { from: day('2022-03-01'), to: day('2022-06-30') },
      'events from 1 March 2022, until 30 June 2022',
    ],
    [
      { kinds: ['call'], actors: ['china'] as ActorId[], from: day('2023-01-01') },
      'events of kind Call, involving China, from 1 January 2023',
    ],
  ])('%o → %s', (filters, expected) => {
    expect(describeFilters({ ...NO_FILTERS, ...filters }, dataset, t)).toBe(expected);
  });
});

describe('describeFilters in the reader’s language', () => {
  const translated = makeDataset({
    actors: [makeActor({ id: 'china', name: 'China', translations: { ru: { name: 'Китай' } } })],
    topics: [
      {
        ...makeTopic({ id: 'sanctions', title: 'Sanctions' }),
        translations: { ru: { title: 'Санкции' } },
      },
    ],
  });

  it('names actors and topics by their translations', () => {
    const filters = {
      ...NO_FILTERS,
      actors: ['china'] as ActorId[],
      topics: ['sanctions'] as TopicId[],
    };
    const text = describeFilters(filters, translated, t, 'ru');
    expect(text).toContain('Китай');
    expect(text).toContain('Санкции');
    expect(text).not.toContain('China');
  });
});
