/**
 * A large synthetic dataset for benchmarks: deterministic (a seeded generator, so every run
 * measures the same text), spread evenly over the real span, using the real actors, topics and
 * sources, with titles, summaries, quotes and locations built from word lists so that the word
 * distribution looks like diplomatic reporting rather than random letters.
 */
import { DAY_MS, toIsoDay } from '../../src/domain/dates';
import type { Actor, Dataset, EventId, ParleyEvent, Quote, SourceId } from '../../src/domain/types';
import { EVENT_KINDS, type EventKind } from '../../src/domain/vocabulary';
// mulberry32: a small, fast, seedable generator; good enough to pick words.
import { mulberry32 as random } from '../../src/domain/prng';

type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function pickSome<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(rng() * (max - min + 1));
  const out = new Set<T>();
  while (out.size < Math.min(n, items.length)) out.add(pick(rng, items));
  return [...out];
}

const VERBS: Readonly<Record<EventKind, readonly string[]>> = {
  visit: ['visits', 'travels to', 'arrives in', 'tours'],
  call: ['holds a call with', 'speaks by phone with', 'holds a video call with'],
  meeting: ['meets', 'holds talks with', 'hosts', 'sits down with'],
  vote: ['votes on', 'abstains on', 'backs', 'vetoes'],
  statement: ['warns', 'urges', 'rejects', 'welcomes', 'criticises', 'calls on'],
  document: ['publishes', 'signs', 'releases', 'issues'],
  military: ['holds exercises with', 'deploys forces near', 'patrols with'],
  sanctions: ['sanctions', 'imposes export controls on', 'lists entities of'],
  economy: ['expands trade with', 'raises energy imports from', 'settles payments with'],
  legal: ['files a case against', 'issues a warrant concerning', 'refers'],
};

const SUBJECTS = [
  'a ceasefire',
  'peace talks',
  'sanctions relief',
  'grain exports',
  'security guarantees',
  'nuclear risk',
  'arms supplies',
  'humanitarian corridors',
  'territorial integrity',
  'energy security',
  'the position paper',
  'prisoner exchanges',
  'the Black Sea',
  'a political settlement',
  'unilateral sanctions',
  'legitimate security concerns',
  'the UN Charter',
  'dual-use exports',
];

const PLACES = [
  'Beijing, China',
  'Moscow, Russia',
  'Kyiv, Ukraine',
  'Washington, United States',
  'Brussels, Belgium',
  'New York, United States',
  'Geneva, Switzerland',
  'Munich, Germany',
  'Samarkand, Uzbekistan',
  'Bali, Indonesia',
  'Istanbul, Türkiye',
  'New Delhi, India',
  'Paris, France',
  'Berlin, Germany',
  'Budapest, Hungary',
  'Minsk, Belarus',
];

const CLAUSES = [
  'said both sides should exercise restraint',
  'repeated that the sovereignty of all countries must be respected',
  'called for dialogue and negotiation',
  'warned against adding fuel to the fire',
  'stressed that nuclear weapons must not be used',
  'opposed sanctions without a UN Security Council mandate',
  'pledged to deepen practical cooperation',
  'raised concerns about the supply of weapons',
  'described relations as at their best in history',
  'urged an end to the fighting',
  'noted the humanitarian situation had worsened',
  'said the proposal lacked credibility',
  'discussed the situation on the ground',
  'reaffirmed support for the territorial integrity of Ukraine',
  'called the talks frank and constructive',
];

const PUBLICATIONS = ['according to the readout', 'state media reported', 'officials said'];

function name(a: Actor): string {
  return a.shortName ?? a.name;
}

function sentence(rng: Rng, speaker: Actor): string {
  return `${name(speaker)} ${pick(rng, CLAUSES)}, ${pick(rng, PUBLICATIONS)}.`;
}

function quote(rng: Rng, speaker: Actor, sources: readonly SourceId[]): Quote {
  const text = `${pick(rng, CLAUSES)} and ${pick(rng, CLAUSES)}`;
  return {
    text: text[0]!.toUpperCase() + text.slice(1),
    speaker: speaker.id,
    source: pick(rng, sources),
  };
}

function syntheticEvent(rng: Rng, i: number, start: number, base: Dataset): ParleyEvent {
  const kind = pick(rng, EVENT_KINDS);
  const actors = pickSome(rng, base.actors, 1, 4);
  const [first, second] = actors;
  const sources = pickSome(rng, [...base.sourcesById.keys()], 1, 3);
  const object = second ? name(second) : pick(rng, SUBJECTS);
  const date = toIsoDay(start);
  return {
    id: `synthetic-${date}-${i}` as EventId,
    date,
    start,
    end: start + DAY_MS,
    precision: 'day',
    approximate: false,
    title: `${name(first!)} ${pick(rng, VERBS[kind])} ${object} on ${pick(rng, SUBJECTS)}`,
    summary: actors.map((a) => sentence(rng, a)).join(' '),
    kind,
    actors: actors.map((a) => ({ actor: a.id, role: 'participant' })),
    primaryActor: first!.id,
    location: pick(rng, PLACES),
    topics: pickSome(rng, base.topics, 0, 2).map((t) => t.id),
    quotes: rng() < 0.3 ? [quote(rng, first!, sources)] : [],
    related: [],
    sources,
  };
}

/**
 * `count` synthetic events over the span of `base`, with its actors, topics and sources; the
 * same `seed` gives the same dataset.
 */
export function makeSyntheticDataset(base: Dataset, count = 10_000, seed = 2022): Dataset {
  const rng = random(seed);
  const days = Math.floor((base.span.end - base.span.start) / DAY_MS);
  const events = Array.from({ length: count }, (_, i) => {
    const start = base.span.start + Math.floor((i * days) / count) * DAY_MS;
    return syntheticEvent(rng, i, start, base);
  });
  return { ...base, events, eventsById: new Map(events.map((e) => [e.id, e])) };
}
