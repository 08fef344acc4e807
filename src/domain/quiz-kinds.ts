/**
 * The question kinds: for each, the candidates a dataset offers (after the rules of
 * `quiz-rules.ts`) and how one becomes a question with its choices.
 */
import type { Random } from './prng';
import { shuffled } from './prng';
import type { Actor, ActorId, Dataset, EventId, ParleyEvent, SourceId } from './types';
import { toIsoDay } from './dates';
import { isLang, localName } from './localise';
import { VOTE_CHOICES, type Stance } from './vocabulary';
import type {
  OrderQuestion,
  PointQuestion,
  QuizQuestion,
  QuoteQuestion,
  StanceQuestion,
  VoteQuestion,
} from './quiz-types';
import {
  disputedAbout,
  farApart,
  MIN_POINTS,
  orderable,
  pointSummaryStandsAlone,
  quotable,
  quoteTextCounts,
  stanceQuestionDay,
} from './quiz-rules';

/** A question waiting to be asked: built with the quiz's generator when it is drawn. */
export type Candidate = (random: Random) => QuizQuestion;

/** The stances a question offers (`none` is not a stance one holds). */
export const STANCE_CHOICES: readonly Stance[] = ['supports', 'opposes', 'ambivalent', 'abstains'];

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

// ---------------------------------------------------------------------------------------------
// Put 4 events in order

export const ORDER_SIZE = 4;

/** The events an ordering question may use. */
export function orderPool(data: Dataset): ParleyEvent[] {
  return data.events.filter(orderable);
}

/** Every ordering of 0..n-1 (n! of them; n is 4 here). */
function permutations(n: number): number[][] {
  if (n <= 1) return [[0].slice(0, n)];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

const sameOrder = (a: readonly number[], b: readonly number[]) => a.every((x, i) => x === b[i]);

/**
 * Four unused events of the pool, pairwise far apart, as a question; `undefined` when the pool
 * has no such four left. The events are shown shuffled (never already in order); the choices are
 * the right order and three other orders.
 */
export function drawOrder(
  random: Random,
  pool: readonly ParleyEvent[],
  used: Set<EventId>,
): OrderQuestion | undefined {
  const picked: ParleyEvent[] = [];
  for (const e of shuffled(
    random,
    pool.filter((p) => !used.has(p.id)),
  )) {
    if (picked.every((p) => farApart(p, e))) picked.push(e);
    if (picked.length === ORDER_SIZE) break;
  }
  if (picked.length < ORDER_SIZE) return undefined;
  const chronological = [...picked].sort((a, b) => a.start - b.start);
  let shown = shuffled(random, picked);
  while (shown.every((e, i) => e === chronological[i])) shown = shuffled(random, picked);
  for (const e of picked) used.add(e.id);
  const right = chronological.map((e) => shown.indexOf(e));
  const others = shuffled(random, permutations(ORDER_SIZE)).filter((p) => !sameOrder(p, right));
  const choices = shuffled(random, [right, ...others.slice(0, ORDER_SIZE - 1)]);
  return {
    id: `order:${chronological.map((e) => e.id).join('+')}`,
    kind: 'order',
    prompt: { events: shown.map((e) => e.id) },
    choices,
    answer: choices.indexOf(right),
    why: {
      events: chronological.map((e) => e.id),
      sources: unique(chronological.flatMap((e) => e.sources.slice(0, 1))),
    },
    event: chronological[0]!.id,
  };
}

// ---------------------------------------------------------------------------------------------
// Who said this?

/** Distractors for a speaker: actors of its kind, preferring those quoted somewhere in the dataset. */
function speakerChoices(data: Dataset, speaker: Actor, speakers: ReadonlySet<ActorId>): Actor[] {
  const sameKind = data.actors.filter((a) => a.kind === speaker.kind && a.id !== speaker.id);
  const quoted = sameKind.filter((a) => speakers.has(a.id));
  return quoted.length >= 3 ? quoted : sameKind;
}

/**
 * The choices are actor ids (the view names them); they are listed in the alphabetical order of
 * the names a reader of `lang` sees (the dataset's translations), so the list reads as sorted.
 */
export function quoteCandidates(data: Dataset, lang: string): Candidate[] {
  const texts = quoteTextCounts(data);
  const speakers = new Set(data.events.flatMap((e) => e.quotes.map((q) => q.speaker)));
  const collator = new Intl.Collator(lang);
  const nameLang = isLang(lang) ? lang : 'en';
  const name = (a: Actor) => localName(a, nameLang);
  return data.events.flatMap((event) =>
    event.quotes.flatMap((quote, index): Candidate[] => {
      const speaker = data.actorsById.get(quote.speaker);
      if (!speaker || !quotable(data, event, quote, texts)) return [];
      const pool = speakerChoices(data, speaker, speakers);
      if (pool.length < 3) return [];
      return [
        (random): QuoteQuestion => {
          const actors = [speaker, ...shuffled(random, pool).slice(0, 3)].sort((a, b) =>
            collator.compare(name(a), name(b)),
          );
          return {
            id: `quote:${event.id}:${index}`,
            kind: 'quote',
            prompt: { event: event.id, quote: index, text: quote.text },
            choices: actors.map((a) => a.id),
            answer: actors.indexOf(speaker),
            why: { events: [event.id], sources: [quote.source] },
            event: event.id,
          };
        },
      ];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// How did a state vote?

export function voteCandidates(data: Dataset): Candidate[] {
  return data.events.flatMap((event) =>
    (event.vote?.votes ?? []).flatMap((v): Candidate[] => {
      const actor = data.actorsById.get(v.actor);
      if (actor?.kind !== 'state' || disputedAbout(event, actor)) return [];
      const question: VoteQuestion = {
        id: `vote:${event.id}:${actor.id}`,
        kind: 'vote',
        prompt: { event: event.id, actor: actor.id },
        choices: VOTE_CHOICES,
        answer: VOTE_CHOICES.indexOf(v.vote),
        why: { events: [event.id], sources: event.sources },
        event: event.id,
      };
      return [() => question];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// What was the stance as of a day?

export function stanceCandidates(data: Dataset): Candidate[] {
  return data.positions.flatMap((p): Candidate[] => {
    const asOf = stanceQuestionDay(data, p);
    const first = data.eventsById.get(p.evidence.events[0]!);
    if (asOf === undefined || !first) return [];
    const sources: SourceId[] = unique([
      ...(p.evidence.quote ? [p.evidence.quote.source] : []),
      ...first.sources,
    ]);
    const question: StanceQuestion = {
      id: `stance:${p.id}`,
      kind: 'stance',
      prompt: { actor: p.actor, topic: p.topic, asOf: toIsoDay(asOf) },
      choices: STANCE_CHOICES,
      answer: STANCE_CHOICES.indexOf(p.stance),
      why: { events: p.evidence.events, sources, position: p.id },
      event: first.id,
    };
    return [() => question];
  });
}

// ---------------------------------------------------------------------------------------------
// Which point says this?

export function pointCandidates(data: Dataset): Candidate[] {
  return data.documents.flatMap((doc) => {
    if (doc.points.length < MIN_POINTS || !data.eventsById.has(doc.event)) return [];
    return doc.points.flatMap((point): Candidate[] => {
      if (!pointSummaryStandsAlone(point.summary)) return [];
      const others = doc.points.filter((p) => p.number !== point.number && p.title !== point.title);
      return [
        (random): PointQuestion => {
          const numbers = [point, ...shuffled(random, others).slice(0, 3)]
            .map((p) => p.number)
            .sort((a, b) => a - b);
          return {
            id: `point:${doc.id}:${point.number}`,
            kind: 'point',
            prompt: { document: doc.id, summary: point.summary },
            choices: numbers,
            answer: numbers.indexOf(point.number),
            why: {
              events: [doc.event],
              sources: doc.sources,
              document: doc.id,
              point: point.number,
            },
            event: doc.event,
          };
        },
      ];
    });
  });
}
