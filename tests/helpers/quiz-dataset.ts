/** A small dataset that yields every kind of quiz question (for the quiz's unit and component tests). */
import type { Dataset, EventId, PolicyDocument, SourceId } from '../../src/domain/types';
import {
  makeActor,
  makeDataset,
  makeDocument,
  makeEvent,
  makePosition,
  makeSource,
} from './builders';

const people = ['Xi Jinping', 'Wang Yi', 'Joe Biden', 'Olaf Scholz', 'Emmanuel Macron'].map(
  (name) => makeActor({ id: name.toLowerCase().replace(' ', '-'), name, kind: 'person' }),
);
const states = ['China', 'Russia', 'Ukraine', 'India', 'France'].map((name) =>
  makeActor({ id: name.toLowerCase(), name }),
);

/** Ten events a month apart, each with a quote by a person, and a vote on the last. */
export function quizDataset(): Dataset {
  const events = Array.from({ length: 10 }, (_, i) => {
    const speaker = people[i % people.length]!;
    return makeEvent({
      id: `ev-${i}`,
      date: `2022-${String(i + 2).padStart(2, '0')}-10`,
      actors: ['china', speaker.id],
      quotes: [{ text: `Words number ${i}`, speaker: speaker.id, source: `src-${i}` as SourceId }],
      sources: [`src-${i}`],
      vote: i === 9 ? { votes: { china: 'abstain', russia: 'no', india: 'yes' } } : undefined,
    });
  });
  return makeDataset({
    events,
    actors: [...people, ...states],
    positions: [
      makePosition({
        actor: 'china',
        topic: 'sanctions',
        date: '2022-03-01',
        stance: 'opposes',
        events: ['ev-1'],
      }),
      makePosition({
        actor: 'china',
        topic: 'sanctions',
        date: '2022-06-01',
        stance: 'ambivalent',
        events: ['ev-4'],
      }),
    ],
    documents: [paper(events[0]!.id)],
    sources: Array.from({ length: 10 }, (_, i) =>
      makeSource({ id: `src-${i}`, publisher: `Publisher ${i}`, url: `https://example.org/${i}` }),
    ),
  });
}

function paper(event: EventId): PolicyDocument {
  const doc = makeDocument({ points: 5 });
  const points = doc.points.map((p) => ({
    ...p,
    summary: `What the paper says, part ${p.number}`,
  }));
  return { ...doc, event, points };
}
