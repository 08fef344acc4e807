import type { StateCreator } from 'zustand';
import type { ActorId } from '../domain/types';
import type { ParleyState } from './create-store';

export const VIEWS = ['timeline', 'list', 'matrix', 'changes', 'paper', 'votes'] as const;
export type ViewName = (typeof VIEWS)[number];

export type PanelName = 'event' | 'actor';

export interface Notice {
  readonly id: string;
  readonly message: string;
  readonly details?: readonly string[];
}

export interface UiSlice {
  readonly view: ViewName;
  readonly panel: PanelName | null;
  readonly actorId: ActorId | null;
  readonly notices: readonly Notice[];
  setView: (view: ViewName) => void;
  openActor: (id: ActorId) => void;
  openPanel: (panel: PanelName | null) => void;
  closePanel: () => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

export const createUiSlice: StateCreator<ParleyState, [], [], UiSlice> = (set, get) => ({
  view: 'timeline',
  panel: null,
  actorId: null,
  notices: [],
  setView: (view) => set({ view }),
  openActor: (id) => {
    if (!get().dataset.actorsById.has(id)) return;
    set({ actorId: id, panel: 'actor' });
  },
  openPanel: (panel) => set({ panel }),
  closePanel: () => set({ panel: null }),
  addNotice: (notice) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
