import type { PositionsSlice, SliceCreator } from './types';

export const createPositionsSlice: SliceCreator<PositionsSlice> = (set, get) => ({
  asOf: null,
  compare: null,
  matrix: { actors: [], topics: [] },
  documentId: null,
  pinAsOf: (asOf) => set({ asOf }),
  setComparison: (compare) => set({ compare }),
  setMatrix: (matrix) => set({ matrix }),
  openDocument: (id) => {
    if (!get().dataset.documentsById.has(id)) return;
    set({ documentId: id, view: 'paper' });
  },
});
