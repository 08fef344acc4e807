import { stepFocus, storyStepIndex } from '../domain/story-steps';
import type { ClassroomSlice, SliceCreator } from './types';

export const createClassroomSlice: SliceCreator<ClassroomSlice> = (set, get) => {
  /** Shows a step: its window first, so that selecting its event need not move the window. */
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
    story: null,
    stageQuote: 'inline',
    look: 'default',
    setPresenting: (presenting) => set({ presenting, stageQuote: 'inline' }),
    setStageQuote: (stageQuote) => set({ stageQuote }),
    setLook: (look) => set({ look }),
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
    advance: (step, how) => {
      const s = get();
      if (s.presenting && step === 1 && s.stageQuote === 'apart')
        return set({ stageQuote: 'shown' });
      if (s.presenting && step === -1 && s.stageQuote === 'shown')
        return set({ stageQuote: 'apart' });
      if (s.story) s.stepStory(step);
      else s.stepEvent(step, how);
    },
    stopStory: () => set({ story: null }),
  };
};
