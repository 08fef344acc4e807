import type { StateCreator } from 'zustand';
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
  playStory: (id: string, step?: number) => void;
  stopStory: () => void;
}

export const createPresentationSlice: StateCreator<ParleyState, [], [], PresentationSlice> = (
  set,
  get,
) => ({
  presenting: false,
  embed: false,
  theme: 'auto',
  story: null,
  setPresenting: (presenting) => set({ presenting }),
  setTheme: (theme) => set({ theme }),
  playStory: (id, step = 0) => {
    const story = get().dataset.stories.find((s) => s.id === id);
    if (!story) return;
    set({ story: { id, step: Math.max(0, Math.min(step, story.steps.length - 1)) } });
  },
  stopStory: () => set({ story: null }),
});
