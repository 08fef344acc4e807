/**
 * Test builders: small domain objects with sensible defaults, so that a test names only what it
 * is about. Ids are plain strings here and branded on the way out. `makeDataset` sorts and
 * indexes with the loader's own `indexDataset`.
 */
import { DAY_MS, parseDay } from '../../src/domain/dates';
import type {
  Actor,
  ActorId,
  Dataset,
  DatasetDefaults,
  DocumentId,
  EventId,
  ParleyEvent,
  PolicyDocument,
  Position,
  PositionId,
  Reaction,
  Source,
  SourceId,
  Story,
  TimeWindow,
  Topic,
  TopicId,
  Vote,
} from '../../src/domain/types';
import type { ReactionKind, Stance, VoteChoice } from '../../src/domain/vocabulary';
import { indexDataset } from '../../src/domain/index-dataset';
import { resolveDefaults } from '../../src/domain/dataset-defaults';

/** UTC midnight of an ISO day; throws on a typo so a test cannot silently use `NaN`. */
export function day(iso: string): number {
  const t = parseDay(iso);
  if (t === undefined) throw new Error(`Not a day: "${iso}"`);
  return t;
}

export function makeActor(
  o: Partial<Omit<Actor, 'id' | 'memberOf'>> & { id: string; memberOf?: string },
): Actor {
  return {
    name: o.id,
    kind: 'state',
    description: `${o.id} (test actor)`,
    color: '#4b5563',
    ...o,
    id: o.id as ActorId,
    memberOf: o.memberOf as ActorId | undefined,
  };
}

export function makeSource(o: {
  id: string;
  publisher?: string;
  title?: string;
  date?: string;
  url?: string;
  publisherKind?: Source['publisherKind'];
  alsoCarriedBy?: readonly string[];
}): Source {
  return {
    id: o.id as SourceId,
    publisher: o.publisher ?? 'Test Publisher',
    title: o.title ?? `${o.id} (test source)`,
    date: o.date ?? '2022-02-24',
    url: o.url,
    publisherKind: o.publisherKind,
    alsoCarriedBy: (o.alsoCarriedBy ?? []) as SourceId[],
  };
}

export function makeTopic(o: string | { id: string; title?: string }): Topic {
  const { id, title = id } = typeof o === 'string' ? { id: o } : o;
  return { id: id as TopicId, title, proposition: `${id} (test topic)` };
}

/** Same-day records of one actor × topic need explicit ids: the dataset orders them by id. */
export function makePosition(o: {
  actor: string;
  topic: string;
  date: string;
  stance?: Stance;
  id?: string;
  events?: readonly string[];
  summary?: string;
}): Position {
  return {
    id: (o.id ?? `pos-${o.actor}-${o.topic}-${o.date}`) as PositionId,
    actor: o.actor as ActorId,
    topic: o.topic as TopicId,
    date: o.date,
    time: day(o.date),
    stance: o.stance ?? 'supports',
    summary: o.summary ?? `${o.actor} on ${o.topic}`,
    evidence: { events: (o.events ?? [`ev-${o.date}`]) as EventId[] },
  };
}

export interface VoteInput {
  body?: Vote['body'];
  adopted?: boolean;
  /** Per-actor votes; the totals are counted from them. */
  votes: Readonly<Record<string, VoteChoice>>;
}

function makeVote(v: VoteInput): Vote {
  const votes = Object.entries(v.votes).map(([actor, vote]) => ({
    actor: actor as ActorId,
    vote,
  }));
  const count = (c: VoteChoice) => votes.filter((x) => x.vote === c).length;
  return {
    body: v.body ?? 'UNGA',
    document: 'A/RES/TEST',
    adopted: v.adopted ?? true,
    yes: count('yes'),
    no: count('no'),
    abstain: count('abstain'),
    absent: count('absent'),
    vetoedBy: [],
    votes,
  };
}

/** Any event field may be given; `actors` are ids (role "participant"), `vote` counts itself. */
export type EventInput = Partial<
  Omit<ParleyEvent, 'id' | 'actors' | 'vote' | 'topics' | 'related' | 'sources'>
> & {
  id: string;
  actors?: readonly string[];
  topics?: readonly string[];
  related?: readonly string[];
  sources?: readonly string[];
  vote?: VoteInput;
};

export function makeEvent({
  id,
  actors: ids,
  vote,
  topics,
  related,
  sources,
  ...o
}: EventInput): ParleyEvent {
  const date = o.date ?? '2022-03-01';
  const actors = (ids ?? ['china']).map((a) => ({
    actor: a as ActorId,
    role: 'participant' as const,
  }));
  return {
    start: day(date),
    end: day(o.endDate ?? date) + DAY_MS,
    precision: 'day',
    approximate: false,
    title: id,
    summary: `${id} (test event)`,
    kind: vote ? 'vote' : 'statement',
    quotes: [],
    ...o,
    topics: (topics ?? []) as TopicId[],
    related: (related ?? []) as EventId[],
    sources: (sources ?? ['src-test']) as SourceId[],
    date,
    id: id as EventId,
    actors,
    primaryActor: actors[0]!.actor,
    vote: vote && makeVote(vote),
  };
}

export function makeReaction(o: {
  actor: string;
  response: ReactionKind;
  points?: readonly number[];
  date?: string;
  event?: string;
}): Reaction {
  return {
    actor: o.actor as ActorId,
    date: o.date ?? '2023-02-24',
    response: o.response,
    summary: `${o.actor} ${o.response}`,
    event: o.event as EventId | undefined,
    points: o.points ?? [],
    sources: ['src-test' as SourceId],
  };
}

export function makeDocument(o: {
  id?: string;
  /** How many points, numbered from 1. */
  points?: number;
  reactions?: readonly Reaction[];
}): PolicyDocument {
  const id = o.id ?? 'doc-test';
  return {
    id: id as DocumentId,
    title: id,
    shortTitle: id,
    date: '2023-02-24',
    issuedBy: ['china' as ActorId],
    event: 'ev-document' as EventId,
    sources: ['src-test' as SourceId],
    points: Array.from({ length: o.points ?? 3 }, (_, i) => ({
      number: i + 1,
      title: `Point ${i + 1}`,
      summary: `Summary of point ${i + 1}`,
    })),
    reactions: o.reactions ?? [],
  };
}

/** The real dataset's span: 4 February 2022 to 22 March 2023 inclusive. */
export const TEST_SPAN: TimeWindow = { start: day('2022-02-04'), end: day('2023-03-22') + DAY_MS };

const DEFAULT_ACTORS = [
  makeActor({ id: 'china', name: 'China' }),
  makeActor({ id: 'russia', name: 'Russia' }),
  makeActor({ id: 'ukraine', name: 'Ukraine' }),
];
const DEFAULT_TOPICS = [makeTopic('sanctions'), makeTopic('sovereignty')];

/**
 * The defaults of the test datasets: the real dataset's `meta.defaults` (ids here are test data,
 * not knowledge in code). A test of the derived fall-backs passes `defaults: null`.
 */
export const TEST_DEFAULTS = {
  matrixActors: ['china', 'russia', 'ukraine', 'usa'] as ActorId[],
  voteColumns: [
    'china',
    'russia',
    'usa',
    'uk',
    'france',
    'india',
    'brazil',
    'south-africa',
    'uae',
  ] as ActorId[],
  compareFrom: day('2022-02-23'),
  document: 'doc-china-position-paper-2023' as DocumentId,
};

/** A dataset from the given parts; actors default to China, Russia and Ukraine. */
export function makeDataset(
  o: {
    events?: readonly ParleyEvent[];
    positions?: readonly Position[];
    actors?: readonly Actor[];
    topics?: readonly Topic[];
    documents?: readonly PolicyDocument[];
    sources?: readonly Source[];
    stories?: readonly Story[];
    memberships?: Dataset['memberships'];
    /** Inclusive ISO days, as in the wire `meta.period`; or a window in milliseconds. */
    span?: { start: string; end: string } | TimeWindow;
    /** `meta.defaults` as the dataset would give them; `null` to derive them as the loader does. */
    defaults?: Partial<DatasetDefaults> | null;
  } = {},
): Dataset {
  const events = o.events ?? [];
  const positions = o.positions ?? [];
  const actors = o.actors ?? DEFAULT_ACTORS;
  const topics = o.topics ?? DEFAULT_TOPICS;
  const documents = o.documents ?? [];
  const span =
    o.span === undefined
      ? TEST_SPAN
      : typeof o.span.start === 'number'
        ? (o.span as TimeWindow)
        : { start: day(o.span.start), end: day(o.span.end as string) + DAY_MS };
  const given = o.defaults === null ? undefined : { ...TEST_DEFAULTS, ...o.defaults };
  const defaults = resolveDefaults({
    given,
    actors,
    events,
    documents,
    span,
    periodStart: span.start,
  });
  return indexDataset({
    meta: { title: 'Test', description: 'Test dataset', updated: '2026-01-01', defaults },
    presets: [{ id: 'all', label: 'Whole period', window: span }],
    span,
    events,
    actors,
    topics,
    sources: o.sources ?? [makeSource({ id: 'src-test' })],
    positions,
    documents,
    stories: o.stories ?? [],
    memberships: o.memberships ?? [],
  });
}
