/** A minimal valid wire dataset (the JSON file's shape), for loader tests to break one way at a time. */
import type { WireDataset } from '../../src/data/schema';

export function validWire(): WireDataset {
  return {
    meta: {
      title: 'Test chronology',
      description: 'A tiny dataset for tests.',
      period: { start: '2022-02-24', end: '2023-03-22' },
      preludeStart: '2022-02-04',
      updated: '2026-11-30',
    },
    sources: [
      { id: 'src-a', publisher: 'Publisher A', title: 'Report A', date: '2022-02-24' },
      {
        id: 'src-b',
        publisher: 'Publisher B',
        title: 'Report B',
        date: '2023-03-20',
        url: 'https://example.org/b',
      },
    ],
    actors: [
      { id: 'china', name: 'China', kind: 'state', description: 'A state.' },
      { id: 'russia', name: 'Russia', kind: 'state', description: 'A state.' },
      {
        id: 'xi-jinping',
        name: 'Xi Jinping',
        kind: 'person',
        memberOf: 'china',
        description: 'A person.',
      },
    ],
    topics: [{ id: 'sanctions', title: 'Sanctions', proposition: 'Sanctions against Russia' }],
    events: [
      {
        id: 'visit',
        date: '2023-03-20',
        endDate: '2023-03-22',
        title: 'A visit',
        summary: 'Somebody visited.',
        kind: 'visit',
        actors: [
          { actor: 'xi-jinping', role: 'guest' },
          { actor: 'russia', role: 'host' },
        ],
        sources: ['src-b'],
        related: ['prelude'],
      },
      {
        id: 'prelude',
        date: '2022-02-04',
        title: 'A prelude',
        summary: 'Something happened first.',
        kind: 'meeting',
        actors: [{ actor: 'china', role: 'participant' }],
        quotes: [{ text: 'Words.', speaker: 'xi-jinping', source: 'src-a' }],
        sources: ['src-a'],
      },
    ],
    positions: [
      {
        id: 'pos-china-sanctions',
        actor: 'china',
        topic: 'sanctions',
        date: '2022-03-01',
        stance: 'opposes',
        summary: 'Opposes sanctions.',
        evidence: { events: ['prelude'] },
      },
    ],
    documents: [],
  };
}
