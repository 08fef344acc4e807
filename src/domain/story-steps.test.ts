import { describe, expect, it } from 'vitest';
import { stepFocus, storyStepIndex, withRoomForLabel } from './story-steps';
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
    const window = { start: day('2023-03-13'), end: day('2023-03-27') };
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

describe('withRoomForLabel', () => {
  const span = { start: day('2022-02-04'), end: day('2023-03-23') };
  const w = { start: day('2022-02-25'), end: day('2022-03-04') }; // 7 days

  it.each<[string, string]>([
    ['2022-02-25', '2022-03-04'], // at the start: unchanged
    ['2022-03-01', '2022-03-04'], // at 4/7: unchanged
    ['2022-03-03', '2022-03-05'], // at 6/7: widened so that it starts at 3/4
    ['2022-02-20', '2022-03-04'], // before the window: left alone
  ])('an event on %s → the window ends on %s', (date, end) => {
    const result = withRoomForLabel(w, { start: day(date) }, span);
    expect(result.start).toBe(w.start);
    expect(result.end).toBe(day(end));
  });

  it('never widens past the span', () => {
    const late = { start: day('2023-03-20'), end: day('2023-03-23') };
    expect(withRoomForLabel(late, { start: day('2023-03-22') }, span)).toEqual(late);
  });
});
