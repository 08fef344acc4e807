import type { StateCreator } from 'zustand';
import type { EventId, Millis, TimeWindow } from '../domain/types';
import type { ParleyState } from './create-store';

export interface ViewSlice {
  /** The visible time window of the timeline. */
  readonly window: TimeWindow;
  readonly selectedEventId: EventId | null;
  /** A pinned "as of" day; `null` means the centre of the window. */
  readonly asOf: Millis | null;
  setWindow: (window: TimeWindow) => void;
  selectEvent: (id: EventId | null) => void;
  pinAsOf: (day: Millis | null) => void;
}

export const createViewSlice =
  (initialWindow: TimeWindow): StateCreator<ParleyState, [], [], ViewSlice> =>
  (set, get) => ({
    window: initialWindow,
    selectedEventId: null,
    asOf: null,
    setWindow: (window) => {
      const current = get().window;
      if (current.start === window.start && current.end === window.end) return;
      set({ window });
    },
    selectEvent: (id) => {
      if (id !== null && !get().dataset.eventsById.has(id)) return;
      set((s) => ({
        selectedEventId: id,
        panel: id !== null ? 'event' : s.panel === 'event' ? null : s.panel,
      }));
    },
    pinAsOf: (asOf) => set({ asOf }),
  });
