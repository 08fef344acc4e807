/**
 * Builders for small domain datasets in unit tests: give only the fields a test is about, the
 * rest gets a plain default. Ids are cast to their branded types here, once.
 */
import { DAY_MS, parseDay } from '../../src/domain/dates';
import type {
  Actor,
  ActorId,
  Dataset,
  EventId,
  ParleyEvent,
  Source,
  SourceId,
  Story,
  TimeWindow,
  Topic,
  TopicId,
} from '../../src/domain/types';

export function day(iso: string): number {
  const t = parseDay(iso);
  if (t === undefined) throw new Error(`Not a day: ${iso}`);
  return t;
}

/** The real dataset's span: 4 February 2022 to 22 March 2023 inclusive. */
export const TEST_SPAN: TimeWindow = { start: day('2022-02-04'), end: day('2023-03-22') + DAY_MS };

export function makeActor(a: Partial<Omit<Actor, 'id'>> & { id: string; name: string }): Actor {
  return {
    kind: 'state',
    description: `${a.name}.`,
    color: '#4b5563',
    ...a,
    id: a.id as ActorId,
  };
}

export function makeSource(s: Partial<Omit<Source, 'id'>> & { id: string }): Source {
  return {
    publisher: 'Reuters',
    title: 'A report',
    date: '2022-02-24',
    ...s,
    id: s.id as SourceId,
  };
}

export type EventInput = Partial<Omit<ParleyEvent, 'id' | 'actors'>> & {
  id: string;
  date?: string;
  actors?: readonly string[];
};

export function makeEvent(e: EventInput): ParleyEvent {
  const date = e.date ?? '2022-03-01';
  const start = day(date);
  const actors = (e.actors ?? ['china']).map((a) => ({
    actor: a as ActorId,
    role: 'participant' as const,
  }));
  return {
    date,
    start,
    end: day(e.endDate ?? date) + DAY_MS,
    precision: 'day',
    approximate: false,
    title: `Event ${e.id}`,
    summary: 'Something happened.',
    kind: 'statement',
    topics: [],
    quotes: [],
    related: [],
    sources: [],
    ...e,
    actors,
    primaryActor: actors[0]!.actor,
    id: e.id as EventId,
  };
}

export interface DatasetInput {
  events?: readonly ParleyEvent[];
  actors?: readonly Actor[];
  topics?: readonly Topic[];
  sources?: readonly Source[];
  stories?: readonly Story[];
  span?: TimeWindow;
}

const DEFAULT_ACTORS = [
  makeActor({ id: 'china', name: 'China' }),
  makeActor({ id: 'russia', name: 'Russia' }),
  makeActor({ id: 'ukraine', name: 'Ukraine' }),
];

export function makeTopic(id: string, title = id): Topic {
  return { id: id as TopicId, title, proposition: `${title}.` };
}

/** A domain dataset from a few records; events are sorted and indexed as the loader does. */
export function makeDataset(input: DatasetInput = {}): Dataset {
  const span = input.span ?? TEST_SPAN;
  const events = [...(input.events ?? [])].sort(
    (a, b) => a.start - b.start || (a.id < b.id ? -1 : 1),
  );
  const actors = input.actors ?? DEFAULT_ACTORS;
  const topics = input.topics ?? [makeTopic('sanctions'), makeTopic('sovereignty')];
  return {
    meta: { title: 'Test', description: 'A test dataset.', updated: '2023-03-22' },
    presets: [{ id: 'all', label: 'Whole period', window: span }],
    span,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actors,
    actorsById: new Map(actors.map((a) => [a.id, a])),
    topics,
    topicsById: new Map(topics.map((t) => [t.id, t])),
    sourcesById: new Map((input.sources ?? []).map((s) => [s.id, s])),
    positions: [],
    documents: [],
    documentsById: new Map(),
    stories: input.stories ?? [],
  };
}
