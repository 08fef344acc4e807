/**
 * Domain types: what the app works with once the loader has checked and converted a dataset.
 * Dates are parsed to UTC milliseconds (a day never shifts with the viewer's time zone) and the
 * original ISO day is kept for display and links. Collections are read-only and indexed by id.
 */
import type {
  ActorKind,
  ActorRole,
  EventKind,
  PublisherKind,
  ReactionKind,
  Stance,
  TranslationLang,
  UnBody,
  VoteChoice,
} from './vocabulary';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type EventId = Brand<string, 'EventId'>;
export type ActorId = Brand<string, 'ActorId'>;
export type TopicId = Brand<string, 'TopicId'>;
export type SourceId = Brand<string, 'SourceId'>;
export type PositionId = Brand<string, 'PositionId'>;
export type DocumentId = Brand<string, 'DocumentId'>;

/**
 * Translated short labels of a record, per interface language. `official` is the source whose
 * wording the labels are; without it they are Parley's own translation.
 */
export type Translations<L> = Readonly<Partial<Record<TranslationLang, Readonly<L>>>>;
export type OfficialLabels<L> = L & { readonly official?: SourceId };

/** A quote in the language it was first spoken or published in (`lang` is a BCP 47 tag). */
export interface OriginalText {
  readonly lang: string;
  readonly text: string;
  readonly source: SourceId;
}

/** Milliseconds since the epoch at 00:00 UTC of a day, or any UTC instant. */
export type Millis = number;

export interface Source {
  readonly id: SourceId;
  readonly publisher: string;
  readonly title: string;
  readonly date: string;
  readonly url?: string;
  readonly note?: string;
  readonly publisherKind?: PublisherKind;
  /** Reprints of the same text, cited after this one. */
  readonly alsoCarriedBy: readonly SourceId[];
}

export interface Actor {
  readonly id: ActorId;
  readonly name: string;
  readonly shortName?: string;
  readonly kind: ActorKind;
  readonly memberOf?: ActorId;
  readonly title?: string;
  readonly description: string;
  readonly color: string;
  readonly translations?: Translations<
    OfficialLabels<{ name?: string; shortName?: string; title?: string }>
  >;
}

export interface Topic {
  readonly id: TopicId;
  readonly title: string;
  readonly proposition: string;
  readonly description?: string;
  readonly translations?: Translations<OfficialLabels<{ title?: string; proposition?: string }>>;
}

export interface Quote {
  readonly text: string;
  readonly speaker: ActorId;
  readonly source: SourceId;
  readonly date?: string;
  readonly note?: string;
  readonly original?: OriginalText;
}

export interface Vote {
  readonly body: UnBody;
  readonly document: string;
  readonly adopted: boolean;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent?: number;
  readonly vetoedBy: readonly ActorId[];
  readonly votes: readonly { readonly actor: ActorId; readonly vote: VoteChoice }[];
}

export interface EventActor {
  readonly actor: ActorId;
  readonly role: ActorRole;
}

export interface ParleyEvent {
  readonly id: EventId;
  /** ISO day the event starts. */
  readonly date: string;
  /** ISO day the event ends (inclusive), for multi-day events. */
  readonly endDate?: string;
  /** Start of the first day, UTC. */
  readonly start: Millis;
  /** End of the last day, UTC (exclusive: the start of the following day). */
  readonly end: Millis;
  readonly precision: 'day' | 'month';
  readonly approximate: boolean;
  readonly title: string;
  readonly summary: string;
  readonly kind: EventKind;
  readonly actors: readonly EventActor[];
  /** The actor whose lane the event sits in on the timeline: the first one listed. */
  readonly primaryActor: ActorId;
  readonly location?: string;
  readonly topics: readonly TopicId[];
  readonly quotes: readonly Quote[];
  readonly vote?: Vote;
  readonly related: readonly EventId[];
  readonly sources: readonly SourceId[];
  readonly disputed?: string;
  readonly note?: string;
  /** How the date is written, shown instead of the computed one (from a file's Display Date). */
  readonly displayDate?: string;
}

export interface Position {
  readonly id: PositionId;
  readonly actor: ActorId;
  readonly topic: TopicId;
  readonly date: string;
  readonly time: Millis;
  readonly stance: Stance;
  readonly summary: string;
  readonly evidence: { readonly events: readonly EventId[]; readonly quote?: Quote };
  readonly note?: string;
}

export interface DocumentPoint {
  readonly number: number;
  readonly title: string;
  readonly summary: string;
  readonly translations?: Translations<OfficialLabels<{ title?: string }>>;
}

export interface Reaction {
  readonly actor: ActorId;
  readonly date: string;
  readonly response: ReactionKind;
  readonly summary: string;
  readonly quote?: Quote;
  readonly event?: EventId;
  readonly points: readonly number[];
  readonly sources: readonly SourceId[];
}

export interface PolicyDocument {
  readonly id: DocumentId;
  readonly title: string;
  readonly shortTitle: string;
  readonly date: string;
  readonly issuedBy: readonly ActorId[];
  readonly event: EventId;
  readonly url?: string;
  readonly sources: readonly SourceId[];
  readonly points: readonly DocumentPoint[];
  readonly reactions: readonly Reaction[];
  readonly translations?: Translations<OfficialLabels<{ title?: string; shortTitle?: string }>>;
}

export interface StoryStep {
  readonly event?: EventId;
  readonly window?: TimeWindow;
  readonly title: string;
  readonly narration: string;
  readonly translations?: Translations<{ title?: string }>;
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly StoryStep[];
  readonly translations?: Translations<{ title?: string }>;
}

/** Who sat on a UN body from `startDay` to `endDay` (inclusive). */
export interface Membership {
  readonly body: UnBody;
  readonly startDay: string;
  readonly endDay: string;
  /** Start of the first day, UTC. */
  readonly start: Millis;
  /** End of the last day, UTC (exclusive). */
  readonly end: Millis;
  readonly members: readonly { readonly name: string; readonly actor?: ActorId }[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

export interface TimeWindow {
  readonly start: Millis;
  readonly end: Millis;
}

export interface ZoomPreset {
  readonly id: string;
  readonly label: string;
  readonly window: TimeWindow;
  readonly translations?: Translations<{ label: string }>;
}

/** What the views show before the reader chooses (see dataset-defaults.ts). */
export interface DatasetDefaults {
  /** The actors the comparison matrix leads with, in this order. */
  readonly matrixActors: readonly ActorId[];
  /** The columns the UN votes table leads with, in this order. */
  readonly voteColumns: readonly ActorId[];
  /** The first day of "what changed" until the reader picks one. */
  readonly compareFrom: Millis;
  /** The document the paper view opens with; `null` when there is none. */
  readonly document: DocumentId | null;
}

export interface DatasetMeta {
  readonly title: string;
  readonly description: string;
  readonly updated: string;
  readonly licence?: string;
  readonly defaults: DatasetDefaults;
  readonly translations?: Translations<{ title?: string; description?: string }>;
}

export interface Dataset {
  readonly meta: DatasetMeta;
  /** Named windows to zoom to, the whole span first. */
  readonly presets: readonly ZoomPreset[];
  /** From the prelude (or period start) to the end of the period's last day. */
  readonly span: TimeWindow;
  /** Sorted by start, then end, then id. */
  readonly events: readonly ParleyEvent[];
  readonly eventsById: ReadonlyMap<EventId, ParleyEvent>;
  readonly actors: readonly Actor[];
  readonly actorsById: ReadonlyMap<ActorId, Actor>;
  readonly topics: readonly Topic[];
  readonly topicsById: ReadonlyMap<TopicId, Topic>;
  readonly sourcesById: ReadonlyMap<SourceId, Source>;
  /** Sorted by date, then id. */
  readonly positions: readonly Position[];
  readonly documents: readonly PolicyDocument[];
  readonly documentsById: ReadonlyMap<DocumentId, PolicyDocument>;
  readonly stories: readonly Story[];
  /** UN bodies' memberships, by body then start; empty when the dataset records none. */
  readonly memberships: readonly Membership[];
}
