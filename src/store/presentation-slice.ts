import type { StateCreator } from 'zustand';
import { filterEvents } from '../domain/filter-events';
import { focusWindow, stepIndex, type Step } from '../domain/step-events';
import { stepFocus, storyStepIndex } from '../domain/story-steps';
import type { ParleyState } from './create-store';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface StoryPosition {
  readonly id: string;
  readonly step: number;
}

export interface PresentationSlice {
  /** Presentation mode: large type, high contrast, stepping through events. */
  readonly presenting: boolean;
  /** Embed mode: no app chrome, a credits line, height posted to the parent window. */
  readonly embed: boolean;
  readonly theme: Theme;
  /** The guided story being played, and the step shown. */
  readonly story: StoryPosition | null;
  setPresenting: (on: boolean) => void;
  setTheme: (theme: Theme) => void;
  /**
   * Steps through the filtered events (as presentation mode does): selects the event stepped
   * to and zooms the window around it. From an event the filters hide, or from none, it starts
   * at the selected event's day, or else at the start of the window.
   */
  stepEvent: (step: Step) => void;
  /** Starts a story at a step (the first by default) and shows that step. */
  playStory: (id: string, step?: number) => void;
  /** Moves through the story being played and shows the step moved to. */
  stepStory: (step: Step) => void;
  /** Leaves the story; the selection and the window stay where the story left them. */
  stopStory: () => void;
}

export const createPresentationSlice: StateCreator<ParleyState, [], [], PresentationSlice> = (
  set,
  get,
) => {
  /** Shows a step: its window first, so the timeline need not re-centre on the selection. */
  const showStep = (id: string, step: number) => {
    const s = get();
    const story = s.dataset.stories.find((st) => st.id === id);
    const shown = story?.steps[step];
    if (!shown) return;
    const focus = stepFocus(shown, s.dataset);
    set({ story: { id, step } });
    if (focus.window) s.setWindow(focus.window);
    if (focus.eventId) s.selectEvent(focus.eventId);
  };
  return {
    presenting: false,
    embed: false,
    theme: 'auto',
    story: null,
    setPresenting: (presenting) => set({ presenting }),
    setTheme: (theme) => set({ theme }),
    stepEvent: (step) => {
      const s = get();
      const events = filterEvents(s.dataset.events, s.filters, s.dataset);
      const selected = s.selectedEventId ? s.dataset.eventsById.get(s.selectedEventId) : undefined;
      const i = stepIndex(events, s.selectedEventId, step, selected?.start ?? s.window.start);
      const event = events[i];
      if (!event) return;
      s.setWindow(focusWindow(event, s.dataset.span));
      s.selectEvent(event.id);
    },
    playStory: (id, step = 0) => {
      const story = get().dataset.stories.find((s) => s.id === id);
      if (!story) return;
      showStep(id, storyStepIndex(story, 0, step));
    },
    stepStory: (step) => {
      const { story: position, dataset } = get();
      const story = position && dataset.stories.find((s) => s.id === position.id);
      if (!position || !story) return;
      const next = storyStepIndex(story, position.step, step);
      if (next !== position.step) showStep(position.id, next);
    },
    stopStory: () => set({ story: null }),
  };
};
