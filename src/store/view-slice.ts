import { focusWindow, stepTarget } from '../domain/step-events';
import type { TimeWindow } from '../domain/types';
import { revealWindow } from '../domain/window-math';
import { normaliseWindow } from '../domain/view-window';
import { selectSelectedEvent, selectShownEvents } from './selectors';
import type { SliceCreator, ViewSlice } from './types';

export const createViewSlice =
  (initialWindow: TimeWindow): SliceCreator<ViewSlice> =>
  (set, get) => ({
    window: initialWindow,
    selectedEventId: null,
    lastEventId: null,
    setWindow: (asked) => {
      // The one clamping rule (`normaliseWindow`): what is shown is exactly what a link carries.
      const window = normaliseWindow(asked, get().dataset.span);
      const current = get().window;
      if (current.start === window.start && current.end === window.end) return;
      set({ window });
    },
    selectEvent: (id) => {
      const { dataset, window } = get();
      const event = id === null ? undefined : dataset.eventsById.get(id);
      if (id !== null && !event) return;
      // One change, so that a link written for it carries the selection and its window together.
      const next = event
        ? normaliseWindow(revealWindow(window, event, dataset.span), dataset.span)
        : window;
      set((s) => ({
        selectedEventId: id,
        panel: id !== null ? 'event' : s.panel === 'event' ? null : s.panel,
        window: next,
      }));
    },
    stepEvent: (step, how = 'focus') => {
      const s = get();
      const from =
        selectSelectedEvent(s) ??
        (s.lastEventId ? s.dataset.eventsById.get(s.lastEventId) : undefined);
      const event = stepTarget(selectShownEvents(s), from, step, s.window);
      if (!event) return;
      if (how === 'focus') s.setWindow(focusWindow(event, s.dataset.span));
      s.selectEvent(event.id);
    },
    openEventOnTimeline: (id) => {
      if (!get().dataset.eventsById.has(id)) return;
      get().selectEvent(id);
      set({ view: 'timeline' });
    },
  });
