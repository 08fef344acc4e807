import type { Story, StoryStep } from '../../domain/types';
import { useParley } from '../../store/StoreContext';

export interface PlayingStory {
  readonly story: Story;
  readonly step: StoryStep;
  /** 0-based index of the step shown. */
  readonly index: number;
}

/** The story being played with its current step, or `null` when none is. */
export function useStory(): PlayingStory | null {
  const position = useParley((s) => s.story);
  const stories = useParley((s) => s.dataset.stories);
  const story = position ? stories.find((s) => s.id === position.id) : undefined;
  const step = story?.steps[position?.step ?? -1];
  return story && step && position ? { story, step, index: position.step } : null;
}
