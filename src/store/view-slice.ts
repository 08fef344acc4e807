import type { StateCreator } from 'zustand';
import type { EventId, Millis, TimeWindow } from '../domain/types';
import { centreWindowOn } from '../domain/window-math';
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
  /**
   * Selects an event and switches to the timeline with the event in view: what a view without
   * its own timeline (the matrix) does to "open the evidence". The timeline is mounted afresh by
   * the switch, so the window is moved here rather than by the adapter's selection listener.
   */
  openEventOnTimeline: (id: EventId) => void;
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
    openEventOnTimeline: (id) => {
      const { dataset, window } = get();
      const event = dataset.eventsById.get(id);
      if (!event) return;
      get().selectEvent(id);
      const inView = event.start >= window.start && event.start < window.end;
      if (!inView) get().setWindow(centreWindowOn(window, event.start, dataset.span));
      set({ view: 'timeline' });
    },
  });
