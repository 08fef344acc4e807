import { describe, expect, it } from 'vitest';
import { stepFocus, storyStepIndex } from './story-steps';
import type { Step } from './step-events';
import { focusWindow } from './step-events';
import type { EventId, StoryStep } from './types';
import { day, makeDataset, makeEvent } from '../../tests/helpers/builders';

const story = {
  steps: Array.from({ length: 5 }, (_, i) => ({ title: `Step ${i + 1}`, narration: '' })),
};

describe('storyStepIndex', () => {
  it.each<[number, Step, number]>([
    [0, 1, 1],
    [3, 1, 4],
    [4, 1, 4], // the last step stays
    [2, -1, 1],
    [0, -1, 0], // the first step stays
    [1, 9, 4],
    [2, 'first', 0],
    [0, 'last', 4],
    [2, 0, 2],
  ])('from step %i, step %s → %i', (current, step, expected) => {
    expect(storyStepIndex(story, current, step)).toBe(expected);
  });

  it('is -1 for a story without steps', () => {
    expect(storyStepIndex({ steps: [] }, 0, 1)).toBe(-1);
  });
});

describe('stepFocus', () => {
  const event = makeEvent({ id: 'visit', date: '2023-03-20' });
  const dataset = makeDataset({ events: [event] });
  const step = (o: Partial<StoryStep>): StoryStep => ({ title: 't', narration: 'n', ...o });

  it('selects the event and keeps the window the step gives', () => {
    const window = { start: day('2023-03-13'), end: day('2023-03-25') };
    expect(stepFocus(step({ event: 'visit' as EventId, window }), dataset)).toEqual({
      eventId: 'visit',
      window,
    });
  });

  it('centres a window on the event when the step gives none', () => {
    expect(stepFocus(step({ event: 'visit' as EventId }), dataset)).toEqual({
      eventId: 'visit',
      window: focusWindow(event, dataset.span),
    });
  });

  it('shows only a window for a step without an event', () => {
    const window = { start: day('2022-06-01'), end: day('2022-07-01') };
    expect(stepFocus(step({ window }), dataset)).toEqual({ eventId: null, window });
  });

  it('ignores an event the dataset does not hold', () => {
    expect(stepFocus(step({ event: 'gone' as EventId }), dataset)).toEqual({
      eventId: null,
      window: null,
    });
  });
});
