import type { StateCreator } from 'zustand';
import { NO_FILTERS, type Filters } from '../domain/filter-events';
import type { ActorId, Millis, TopicId } from '../domain/types';
import type { EventKind } from '../domain/vocabulary';
import type { ParleyState } from './create-store';

export interface FiltersSlice {
  readonly filters: Filters;
  /** The full-text search query; empty for none. */
  readonly query: string;
  toggleActor: (id: ActorId) => void;
  toggleKind: (kind: EventKind) => void;
  toggleTopic: (id: TopicId) => void;
  setRange: (from: Millis | null, to: Millis | null) => void;
  setQuery: (query: string) => void;
  clearFilters: () => void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export const createFiltersSlice: StateCreator<ParleyState, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  query: '',
  toggleActor: (id) =>
    set((s) => ({ filters: { ...s.filters, actors: toggle(s.filters.actors, id) } })),
  toggleKind: (kind) =>
    set((s) => ({ filters: { ...s.filters, kinds: toggle(s.filters.kinds, kind) } })),
  toggleTopic: (id) =>
    set((s) => ({ filters: { ...s.filters, topics: toggle(s.filters.topics, id) } })),
  setRange: (from, to) => set((s) => ({ filters: { ...s.filters, from, to } })),
  setQuery: (query) => set({ query }),
  clearFilters: () => set({ filters: NO_FILTERS, query: '' }),
});
