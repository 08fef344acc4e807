/** Guided stories: moving between steps, and what each step shows on the timeline. */
import type { Dataset, EventId, ParleyEvent, Story, StoryStep, TimeWindow } from './types';
import { focusWindow, LABEL_ROOM_FRACTION, type Step } from './step-events';
import { clampWindow } from './window-math';

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
    window: step.window
      ? event
        ? withRoomForLabel(step.window, event, dataset.span)
        : step.window
      : event
        ? focusWindow(event, dataset.span)
        : null,
  };
}

/**
 * A step's window, widened to the right when its event starts so near the end that the event's
 * label would be cut off (a window "25 February – 2 March" for a vote on 2 March).
 */
export function withRoomForLabel(
  w: TimeWindow,
  event: Pick<ParleyEvent, 'start'>,
  span: TimeWindow,
): TimeWindow {
  const offset = event.start - w.start;
  if (offset < 0 || offset <= (w.end - w.start) * LABEL_ROOM_FRACTION) return w;
  const end = Math.min(w.start + offset / LABEL_ROOM_FRACTION, span.end);
  return end > w.end ? clampWindow({ start: w.start, end }, span) : w;
}
