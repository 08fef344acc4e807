import { NO_FILTERS } from '../domain/filter-events';
import { stripControls } from '../domain/plain-text';
import type { FiltersSlice, SliceCreator } from './types';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export const createFiltersSlice: SliceCreator<FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  query: '',
  toggleActor: (id) =>
    set((s) => ({ filters: { ...s.filters, actors: toggle(s.filters.actors, id) } })),
  toggleKind: (kind) =>
    set((s) => ({ filters: { ...s.filters, kinds: toggle(s.filters.kinds, kind) } })),
  toggleTopic: (id) =>
    set((s) => ({ filters: { ...s.filters, topics: toggle(s.filters.topics, id) } })),
  setRange: (from, to) => set((s) => ({ filters: { ...s.filters, from, to } })),
  setQuery: (query) => set({ query: stripControls(query) }),
  clearFilters: () => set({ filters: NO_FILTERS, query: '' }),
});
