/** Guided stories: moving between steps, and what each step shows on the timeline. */
import type { Dataset, EventId, Story, StoryStep, TimeWindow } from './types';
import { focusWindow, type Step } from './step-events';

/** The step index after a move, clamped to the story; -1 for a story without steps. */
export function storyStepIndex(story: Pick<Story, 'steps'>, current: number, step: Step): number {
  const last = story.steps.length - 1;
  if (last < 0) return -1;
  if (step === 'first') return 0;
  if (step === 'last') return last;
  return Math.min(Math.max(current + step, 0), last);
}

/** What a step shows: its event, selected, and its window (or one centred on the event). */
export interface StepFocus {
  readonly eventId: EventId | null;
  readonly window: TimeWindow | null;
}

export function stepFocus(
  step: StoryStep,
  dataset: Pick<Dataset, 'eventsById' | 'span'>,
): StepFocus {
  const event = step.event ? dataset.eventsById.get(step.event) : undefined;
  return {
    eventId: event?.id ?? null,
    window: step.window ?? (event ? focusWindow(event, dataset.span) : null),
  };
}
