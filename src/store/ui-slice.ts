import type { StateCreator } from 'zustand';
import type { ActorId, DocumentId, Millis, TopicId } from '../domain/types';
import type { ParleyState } from './create-store';

export const VIEWS = ['timeline', 'list', 'matrix', 'changes', 'paper', 'votes'] as const;
export type ViewName = (typeof VIEWS)[number];

export type PanelName = 'event' | 'actor';

export interface Notice {
  readonly id: string;
  readonly message: string;
  readonly details?: readonly string[];
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

export interface UiSlice {
  readonly view: ViewName;
  /** Interface language (a BCP 47 code such as "en"). */
  readonly lang: string;
  readonly compare: Comparison | null;
  readonly matrix: MatrixChoice;
  readonly panel: PanelName | null;
  readonly actorId: ActorId | null;
  /** The document shown in the paper view; `null` means the dataset's default (the paper). */
  readonly documentId: DocumentId | null;
  readonly notices: readonly Notice[];
  setView: (view: ViewName) => void;
  setLang: (lang: string) => void;
  setComparison: (compare: Comparison | null) => void;
  setMatrix: (matrix: MatrixChoice) => void;
  openActor: (id: ActorId) => void;
  /** Shows a document in the paper view; unknown ids are ignored. */
  openDocument: (id: DocumentId) => void;
  openPanel: (panel: PanelName | null) => void;
  closePanel: () => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

export const createUiSlice: StateCreator<ParleyState, [], [], UiSlice> = (set, get) => ({
  view: 'timeline',
  lang: 'en',
  compare: null,
  matrix: { actors: [], topics: [] },
  panel: null,
  actorId: null,
  documentId: null,
  notices: [],
  setView: (view) => set({ view }),
  setLang: (lang) => set({ lang }),
  setComparison: (compare) => set({ compare }),
  setMatrix: (matrix) => set({ matrix }),
  openActor: (id) => {
    if (!get().dataset.actorsById.has(id)) return;
    set({ actorId: id, panel: 'actor' });
  },
  openDocument: (id) => {
    if (!get().dataset.documentsById.has(id)) return;
    set({ documentId: id, view: 'paper' });
  },
  openPanel: (panel) => set({ panel }),
  closePanel: () => set({ panel: null }),
  addNotice: (notice) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
