import { describe, expect, it } from 'vitest';
import { createRecordSearch } from './search-records';
import {
  makeActor,
  makeDataset,
  makeDocument,
  makePosition,
  makeReaction,
  makeTopic,
} from '../../tests/helpers/builders';
import type { ActorId, SourceId } from './types';

const paper = makeDocument({
  id: 'doc-paper',
  points: 2,
  reactions: [
    {
      ...makeReaction({ actor: 'usa', response: 'qualified' }),
      summary: 'Washington said the paper ignored sovereignty.',
      quote: { text: 'Worth looking at', speaker: 'usa' as ActorId, source: 's' as SourceId },
    },
  ],
});
const withGrain = {
  ...paper,
  shortTitle: 'Position paper',
  points: [
    { number: 1, title: 'Respecting sovereignty', summary: 'Sovereignty of all countries.' },
    { number: 9, title: 'Facilitating grain exports', summary: 'The Black Sea Grain Initiative.' },
  ],
};
const dataset = makeDataset({
  actors: [
    makeActor({ id: 'china', name: 'China' }),
    { ...makeActor({ id: 'usa', name: 'United States' }), shortName: 'US' },
    {
      ...makeActor({ id: 'spacety', name: 'Spacety', kind: 'company', memberOf: 'china' }),
      description: 'Satellite company sanctioned by the United States.',
    },
  ],
  topics: [makeTopic({ id: 'humanitarian', title: 'Humanitarian protection' })],
  documents: [withGrain],
  positions: [
    makePosition({
      actor: 'china',
      topic: 'humanitarian',
      date: '2022-07-25',
      id: 'pos-china-grain',
      summary: 'Welcomed the grain deal.',
    }),
  ],
});
const engine = createRecordSearch(dataset);
const found = (q: string) => engine.search(q).map((h) => `${h.kind} ${h.label}`);

describe('createRecordSearch', () => {
  it.each<[string, string[]]>([
    [
      'grain',
      [
        'point Position paper, 9. Facilitating grain exports',
        'stance China: Humanitarian protection',
      ],
    ],
    ['satelite', ['actor Spacety']],
    ['worth looking', ['reaction United States on Position paper']],
    [
      'sovereignty',
      [
        'point Position paper, 1. Respecting sovereignty',
        'reaction United States on Position paper',
      ],
    ],
    ['x', []],
    ['nothing like this', []],
  ])('%s', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('leads a point or reaction to its document, a stance or actor to the actor', () => {
    const target = (q: string) => engine.search(q).map((h) => h.target);
    expect(target('grain exports')).toEqual([{ document: 'doc-paper', point: 9 }]);
    expect(target('welcomed')).toEqual([{ actor: 'china' }]);
    expect(target('spacety')).toEqual([{ actor: 'spacety' }]);
    expect(target('worth')).toEqual([{ document: 'doc-paper' }]);
  });
});
