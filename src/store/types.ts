/**
 * The shapes of the store: each slice's state and actions, and the whole state they make. Slices
 * and the factory import from here, never from each other, so the store's files form no circle.
 */
import type { StoreApi } from 'zustand';
import type { Filters } from '../domain/filter-events';
import type { Step } from '../domain/step-events';
import type { SearchHit } from '../domain/search-events';
import type {
  ActorId,
  Dataset,
  DocumentId,
  EventId,
  Millis,
  TimeWindow,
  TopicId,
} from '../domain/types';
import type { EventKind } from '../domain/vocabulary';
import type { DatasetSource } from '../data/dataset-source';

export const VIEWS = ['timeline', 'list', 'matrix', 'changes', 'paper', 'votes', 'quiz'] as const;
export type ViewName = (typeof VIEWS)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export type PanelName = 'event' | 'actor';

/**
 * Words to show in the reader's language: a message key of `src/i18n` and its values (a value may
 * itself be a phrase). The store keeps the key, so a notice follows a change of language.
 */
export interface Phrase {
  readonly key: string;
  readonly vars?: Readonly<Record<string, string | number | Phrase>>;
}

/** A notice's text: a phrase, or plain text already in the reader's language. */
export type NoticeText = string | Phrase;

export interface Notice {
  readonly id: string;
  readonly message: NoticeText;
  readonly details?: readonly NoticeText[];
}

/** The two dates of the "what changed" view. */
export interface Comparison {
  readonly from: Millis;
  readonly to: Millis;
}

/** The actors and topics chosen for the comparison matrix; empty lists mean the defaults. */
export interface MatrixChoice {
  readonly actors: readonly ActorId[];
  readonly topics: readonly TopicId[];
}

/**
 * Where the presented event's quotation is: on its slide (`inline`, also when it has none), left
 * off because it does not fit (`apart`: the next step shows it), or on a slide of its own
 * (`shown`).
 */
export type StageQuote = 'inline' | 'apart' | 'shown';

/** How the slides look: the default, high contrast, or a dark room. */
export const LOOKS = ['default', 'contrast', 'dark'] as const;
export type Look = (typeof LOOKS)[number];

export interface StoryPosition {
  readonly id: string;
  readonly step: number;
}

/** Set once, when the store is made: the dataset, and whether the app runs as an embed. */
export interface BootState {
  readonly dataset: Dataset;
  /** Embed mode: no app chrome, a credits line, height posted to the parent window. */
  readonly embed: boolean;
  /** Where the dataset came from (the bundled file, a link's `?data=`, a file the reader opened). */
  readonly source: DatasetSource;
}

/** What the timeline shows: the window and the selected event. */
export interface ViewSlice {
  readonly window: TimeWindow;
  readonly selectedEventId: EventId | null;
  /**
   * The event whose panel was closed last: stepping with ←/→ goes on from it when nothing is
   * selected, so closing a panel keeps the reader's place (not part of the link).
   */
  readonly lastEventId: EventId | null;
  setWindow: (window: TimeWindow) => void;
  /** Selects an event (its panel opens) and brings it into view (`revealWindow`). */
  selectEvent: (id: EventId | null) => void;
  /**
   * Steps through the shown events (`stepTarget`) and selects the one stepped to. `'focus'` (as
   * presentation mode and a clicker do) also zooms to a window around it; `'reveal'` (the
   * keyboard in the explorer) only brings it into view.
   */
  stepEvent: (step: Step, how?: 'focus' | 'reveal') => void;
  /** Selects an event and switches to the timeline with it in view (the matrix's evidence). */
  openEventOnTimeline: (id: EventId) => void;
}

/** The events matching a query: ranked hits with their matched words, and the set of their ids. */
export interface SearchResult {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly matches: ReadonlySet<EventId>;
}

export interface FiltersSlice {
  readonly filters: Filters;
  /** The full-text search query; empty for none. */
  readonly query: string;
  /**
   * Only for a dataset searched in a worker (search-worker.ts): the latest answer, perhaps to an
   * earlier query while the worker works on the current one; `null` before the first. Absent
   * when the search runs on this thread (select-search.ts answers at once).
   */
  readonly searchResult?: SearchResult | null;
  toggleActor: (id: ActorId) => void;
  toggleKind: (kind: EventKind) => void;
  toggleTopic: (id: TopicId) => void;
  setRange: (from: Millis | null, to: Millis | null) => void;
  setQuery: (query: string) => void;
  clearFilters: () => void;
}

/** The positions views: the "as of" pin, the comparison, the matrix and the paper's document. */
export interface PositionsSlice {
  /** A pinned "as of" day; `null` means the centre of the window. */
  readonly asOf: Millis | null;
  readonly compare: Comparison | null;
  readonly matrix: MatrixChoice;
  /** The document shown in the paper view; `null` means the dataset's default. */
  readonly documentId: DocumentId | null;
  pinAsOf: (day: Millis | null) => void;
  setComparison: (compare: Comparison | null) => void;
  setMatrix: (matrix: MatrixChoice) => void;
  /** Shows a document in the paper view; unknown ids are ignored. */
  openDocument: (id: DocumentId) => void;
}

/** The app's shell: the view, the language, the theme, the side panel and the notices. */
export interface ShellSlice {
  readonly view: ViewName;
  /** Interface language (a BCP 47 code such as "en"). */
  readonly lang: string;
  readonly theme: Theme;
  readonly panel: PanelName | null;
  readonly actorId: ActorId | null;
  readonly notices: readonly Notice[];
  /** The seed of the quiz view's questions; `null` means the default quiz (seed 1). */
  readonly quizSeed: number | null;
  setView: (view: ViewName) => void;
  setLang: (lang: string) => void;
  setTheme: (theme: Theme) => void;
  openActor: (id: ActorId) => void;
  /** Opens the quiz view with the questions of this seed. */
  startQuiz: (seed: number) => void;
  openPanel: (panel: PanelName | null) => void;
  closePanel: () => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

/** The classroom: presentation mode and the guided story being played. */
export interface ClassroomSlice {
  /** Presentation mode: large type, high contrast, stepping through events. */
  readonly presenting: boolean;
  /** The guided story being played, and the step shown. */
  readonly story: StoryPosition | null;
  /** Where the presented event's quotation is (set by the stage, which measures the fit). */
  readonly stageQuote: StageQuote;
  /** How the slides look. */
  readonly look: Look;
  setPresenting: (on: boolean) => void;
  setStageQuote: (quote: StageQuote) => void;
  setLook: (look: Look) => void;
  /** Starts a story at a step (the first by default) and shows that step. */
  playStory: (id: string, step?: number) => void;
  /** Moves through the story being played and shows the step moved to. */
  stepStory: (step: Step) => void;
  /**
   * The one stepping rule for the keys and a clicker, in any mode: while a story plays, a step of
   * the story (narration, event and window together); otherwise a step through the shown events
   * (`stepEvent`, with `how`). While presenting, a quotation left off its slide is a step of its
   * own: forward from the slide shows it, back from it returns to the slide.
   */
  advance: (step: Step, how?: 'focus' | 'reveal') => void;
  /** Leaves the story; the selection and the window stay where the story left them. */
  stopStory: () => void;
}

export type ParleyState = BootState &
  ViewSlice &
  FiltersSlice &
  PositionsSlice &
  ShellSlice &
  ClassroomSlice;

/** How a slice is made: zustand's `set` and `get` over the whole state. */
export type SliceCreator<T> = (
  set: StoreApi<ParleyState>['setState'],
  get: StoreApi<ParleyState>['getState'],
) => T;
