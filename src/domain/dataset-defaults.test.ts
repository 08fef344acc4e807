import { describe, expect, it } from 'vitest';
import { day, makeActor, makeDataset, makeDocument, makeEvent } from '../../tests/helpers/builders';
import type { ActorId, DocumentId } from './types';

const actors = [
  makeActor({ id: 'a' }),
  makeActor({ id: 'b' }),
  makeActor({ id: 'c' }),
  makeActor({ id: 'd' }),
  makeActor({ id: 'e', kind: 'organisation' }),
  makeActor({ id: 'pa', kind: 'person', memberOf: 'a' }),
];
const events = [
  makeEvent({ id: 'e1', actors: ['pa', 'b'] }),
  makeEvent({ id: 'e2', actors: ['a', 'pa'], vote: { votes: { c: 'yes', b: 'no' } } }),
  makeEvent({ id: 'e3', actors: ['e', 'd'], vote: { votes: { c: 'yes' } } }),
  makeEvent({ id: 'e4', actors: ['b'] }),
];

describe('resolveDefaults (through the loader-shaped builder)', () => {
  it('derives what the dataset does not name', () => {
    const data = makeDataset({
      actors,
      events,
      documents: [makeDocument({ id: 'doc-1' }), makeDocument({ id: 'doc-2' })],
      defaults: null,
      span: { start: '2022-02-04', end: '2023-03-22' },
    });
    const d = data.meta.defaults;
    // a and b have two events each (a person counts once for their state), then d and e one.
    expect(d.matrixActors).toEqual(['a', 'b', 'd', 'e']);
    expect(d.voteColumns).toEqual(['c', 'b']);
    expect(d.document).toBe('doc-1');
    expect(d.compareFrom).toBe(day('2022-02-04'));
  });

  it('keeps what the dataset names', () => {
    const data = makeDataset({
      actors,
      events,
      defaults: {
        matrixActors: ['d'] as ActorId[],
        voteColumns: ['b'] as ActorId[],
        compareFrom: day('2022-05-01'),
        document: 'doc-x' as DocumentId,
      },
    });
    expect(data.meta.defaults).toEqual({
      matrixActors: ['d'],
      voteColumns: ['b'],
      compareFrom: day('2022-05-01'),
      document: 'doc-x',
    });
  });

  it('has no document when there is none', () => {
    expect(makeDataset({ defaults: null }).meta.defaults.document).toBeNull();
  });
});
