/**
 * The rules that keep the quiz from asking what the data cannot answer unambiguously: which
 * events, quotes, votes, stances and points may become a question. Each rule is a small predicate
 * so it can be tested on its own; `quiz.ts` lists them all in one doc comment.
 */
import { DAY_MS } from './dates';
import type { Actor, Dataset, ParleyEvent, Position, Quote } from './types';
import { stanceAsOf } from './stance-as-of';

/** Ordering: consecutive events must be at least this many days apart (end of one to start of the next). */
export const MIN_ORDER_GAP_DAYS = 14;
/** Stance: the "as of" day must be at least this many days from any record of the pair. */
export const STANCE_MARGIN_DAYS = 7;
/** Point: a document needs at least this many points to offer 4 choices. */
export const MIN_POINTS = 4;

const NAME_STOPWORDS = new Set(['von', 'der', 'de', 'la', 'van', 'the', 'of']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words `text` would use to name an actor: its names and, for a person, each part of the name. */
function namesOf(actor: Actor): string[] {
  const names = [actor.name, actor.shortName ?? ''].filter((n) => n !== '');
  if (actor.kind !== 'person') return names;
  const parts = actor.name.split(/[\s-]+/).filter((w) => w.length >= 2);
  return [...names, ...parts.filter((w) => !NAME_STOPWORDS.has(w.toLowerCase()))];
}

/**
 * Whether `text` names the actor. A state's or organisation's name also matches as the start of a
 * word ("Russia" in "Russian"); a person's name parts must be whole words ("Xi" but not "Xinhua").
 */
export function mentions(text: string, actor: Actor): boolean {
  const end = actor.kind === 'person' ? '\\b' : '';
  return namesOf(actor).some((n) => new RegExp(`\\b${escapeRegExp(n)}${end}`, 'i').test(text));
}

/** Whether an event's `disputed` note is about the actor (names it). */
export function disputedAbout(event: ParleyEvent, actor: Actor): boolean {
  return event.disputed !== undefined && mentions(event.disputed, actor);
}

/** Whether the note says the dating itself is in doubt ("dated", "dates the meeting…"). */
export function dateDisputed(event: ParleyEvent): boolean {
  return event.disputed !== undefined && /\bdat(e|ed|es|ing|eline)\b/i.test(event.disputed);
}

/** Ordering: a known day (not a month, not approximate) whose dating is not disputed. */
export function orderable(event: ParleyEvent): boolean {
  return event.precision === 'day' && !event.approximate && !dateDisputed(event);
}

/** Ordering: whether two events are far enough apart that nobody can argue about which came first. */
export function farApart(a: ParleyEvent, b: ParleyEvent): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return second.start - first.end >= MIN_ORDER_GAP_DAYS * DAY_MS;
}

const SPEAKING_ROLES = new Set(['host', 'guest', 'participant', 'speaker', 'author', 'signatory']);

/**
 * Quote: the speaker may be asked about. Not when the quote names its own speaker (it would
 * answer itself), nor when the text is quoted more than once in the dataset. A person: not when
 * the event's `disputed` note names them. A state or organisation (a readout, a ministry, a joint
 * text): not when the event has any `disputed` note, nor when another actor of the same kind
 * takes part in the event, since a readout of a meeting could be either side's.
 */
export function quotable(
  data: Dataset,
  event: ParleyEvent,
  quote: Quote,
  texts: ReadonlyMap<string, number>,
): boolean {
  const speaker = data.actorsById.get(quote.speaker);
  if (!speaker || mentions(quote.text, speaker) || (texts.get(quote.text) ?? 0) > 1) return false;
  if (speaker.kind === 'person') return !disputedAbout(event, speaker);
  if (event.disputed !== undefined) return false;
  return !event.actors.some(
    (a) =>
      a.actor !== speaker.id &&
      SPEAKING_ROLES.has(a.role) &&
      data.actorsById.get(a.actor)?.kind === speaker.kind,
  );
}

/** How many times each quote text occurs in the dataset. */
export function quoteTextCounts(data: Dataset): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of data.events)
    for (const q of e.quotes) counts.set(q.text, (counts.get(q.text) ?? 0) + 1);
  return counts;
}

/**
 * Stance: the day to ask about a record, or `undefined` when it may not be asked. The record must
 * state a stance (not `none`), have evidence events, and hold for at least twice the margin
 * before the pair's next record (or the end of the period); the day asked is in the middle, and
 * `stanceAsOf` on that day must give this very record.
 */
export function stanceQuestionDay(data: Dataset, p: Position): number | undefined {
  if (p.stance === 'none' || p.evidence.events.length === 0) return undefined;
  const next = data.positions.find(
    (q) => q.actor === p.actor && q.topic === p.topic && q.time > p.time,
  );
  const until = next?.time ?? data.span.end - DAY_MS;
  const days = Math.floor((until - p.time) / DAY_MS);
  if (days < 2 * STANCE_MARGIN_DAYS) return undefined;
  const asOf = p.time + Math.floor(days / 2) * DAY_MS;
  return stanceAsOf(data.positions, p.actor, p.topic, asOf) === p ? asOf : undefined;
}

/** Point: a summary that refers to another point by number could point to either. */
export function pointSummaryStandsAlone(summary: string): boolean {
  return !/\bpoints?\s+\d/i.test(summary);
}
