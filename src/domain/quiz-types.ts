/** The shape of a quiz question: structured data, never English prose, so the interface translates it. */
import type { ActorId, DocumentId, EventId, PositionId, SourceId, TopicId } from './types';
import type { Stance, VoteChoice } from './vocabulary';

/** Largest quiz seed: seeds are whole numbers from 1 to this (a link carries one). */
export const MAX_QUIZ_SEED = 999_999_999;

export const QUIZ_KINDS = ['order', 'quote', 'vote', 'stance', 'point'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

/** Why the answer is right: the records it comes from and their sources. */
export interface QuizExplanation {
  readonly events: readonly EventId[];
  readonly sources: readonly SourceId[];
  readonly position?: PositionId;
  readonly document?: DocumentId;
  readonly point?: number;
}

interface Base<K extends QuizKind, P, C> {
  /** Unique within a quiz and stable for a seed. */
  readonly id: string;
  readonly kind: K;
  readonly prompt: P;
  /** 3–4 choices, in the order to show them. */
  readonly choices: readonly C[];
  /** The index of the right choice. */
  readonly answer: number;
  readonly why: QuizExplanation;
  /** The event "Show on the timeline" opens. */
  readonly event: EventId;
}

/** Put the events (shown in this order, labelled A, B, C, D) in chronological order. */
export type OrderQuestion = Base<
  'order',
  { readonly events: readonly EventId[] },
  readonly number[]
>;
/** Who said this? A choice is an actor of the speaker's kind. */
export type QuoteQuestion = Base<
  'quote',
  { readonly event: EventId; readonly quote: number; readonly text: string },
  ActorId
>;
/** How did this state vote in this event's vote? */
export type VoteQuestion = Base<
  'vote',
  { readonly event: EventId; readonly actor: ActorId },
  VoteChoice
>;
/** What was this actor's stance on this topic as of this day (ISO)? */
export type StanceQuestion = Base<
  'stance',
  { readonly actor: ActorId; readonly topic: TopicId; readonly asOf: string },
  Stance
>;
/** Which point of this document says this? A choice is a point number. */
export type PointQuestion = Base<
  'point',
  { readonly document: DocumentId; readonly summary: string },
  number
>;

export type QuizQuestion =
  OrderQuestion | QuoteQuestion | VoteQuestion | StanceQuestion | PointQuestion;
