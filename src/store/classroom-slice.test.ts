import { describe, expect, it } from 'vitest';
import { createParleyStore } from './create-store';
import { focusWindow } from '../domain/step-events';
import type { EventId, Story } from '../domain/types';
import { day, makeDataset, makeEvent } from '../../tests/helpers/builders';

const events = [
  makeEvent({ id: 'invasion', date: '2022-02-24', kind: 'military' }),
  makeEvent({ id: 'vote-1', date: '2022-03-02', kind: 'vote' }),
  makeEvent({ id: 'call', date: '2022-03-18', kind: 'call' }),
  makeEvent({ id: 'vote-2', date: '2022-10-12', kind: 'vote' }),
  makeEvent({ id: 'visit', date: '2023-03-20', kind: 'visit' }),
];
const story: Story = {
  id: 'tour',
  title: 'A tour',
  steps: [
    { event: 'invasion' as EventId, title: 'One', narration: 'First.' },
    {
      event: 'call' as EventId,
      window: { start: day('2022-03-10'), end: day('2022-03-25') },
      title: 'Two',
      narration: 'Second.',
    },
    { event: 'visit' as EventId, title: 'Three', narration: 'Third.' },
  ],
};
const dataset = makeDataset({ events, stories: [story] });

describe('stepEvent', () => {
  it('starts at the first event in the window, selects it and zooms around it', () => {
    const store = createParleyStore(dataset);
    store.getState().stepEvent(0);
    const s = store.getState();
    expect(s.selectedEventId).toBe('invasion');
    expect(s.panel).toBe('event');
    expect(s.window).toEqual(focusWindow(events[0]!, dataset.span));
  });

  it('steps forward, back and to either end', () => {
    const store = createParleyStore(dataset, { selectedEventId: 'vote-1' as EventId });
    const { stepEvent } = store.getState();
    stepEvent(1);
    expect(store.getState().selectedEventId).toBe('call');
    stepEvent(-1);
    stepEvent(-1);
    expect(store.getState().selectedEventId).toBe('invasion');
    stepEvent('last');
    expect(store.getState().selectedEventId).toBe('visit');
    stepEvent(1);
    expect(store.getState().selectedEventId).toBe('visit');
  });

  it('steps through the filtered events only', () => {
    const store = createParleyStore(dataset, { selectedEventId: 'invasion' as EventId });
    store.getState().toggleKind('vote');
    const { stepEvent } = store.getState();
    stepEvent(1); // from a hidden event: the first shown one after it
    expect(store.getState().selectedEventId).toBe('vote-1');
    stepEvent(1);
    expect(store.getState().selectedEventId).toBe('vote-2');
    stepEvent(1);
    expect(store.getState().selectedEventId).toBe('vote-2');
  });

  it('does nothing when the filters hide every event', () => {
    const store = createParleyStore(dataset);
    store.getState().toggleKind('sanctions');
    store.getState().stepEvent(1);
    expect(store.getState().selectedEventId).toBeNull();
  });
});

describe('stories', () => {
  it('playStory shows the step: its event and a window around it', () => {
    const store = createParleyStore(dataset);
    store.getState().playStory('tour');
    const s = store.getState();
    expect(s.story).toEqual({ id: 'tour', step: 0 });
    expect(s.selectedEventId).toBe('invasion');
    expect(s.window).toEqual(focusWindow(events[0]!, dataset.span));
  });

  it('stepStory moves through the steps, using the window a step gives', () => {
    const store = createParleyStore(dataset);
    store.getState().playStory('tour');
    store.getState().stepStory(1);
    expect(store.getState().story).toEqual({ id: 'tour', step: 1 });
    expect(store.getState().selectedEventId).toBe('call');
    expect(store.getState().window).toEqual(story.steps[1]!.window);
    store.getState().stepStory(5);
    expect(store.getState().story?.step).toBe(2);
    expect(store.getState().selectedEventId).toBe('visit');
    store.getState().stepStory('first');
    expect(store.getState().story?.step).toBe(0);
  });

  it('a story plays whatever the filters, since its steps are chosen', () => {
    const store = createParleyStore(dataset);
    store.getState().toggleKind('vote');
    store.getState().playStory('tour', 2);
    expect(store.getState().selectedEventId).toBe('visit');
  });

  it('stopStory leaves the story where it stands', () => {
    const store = createParleyStore(dataset);
    store.getState().playStory('tour', 1);
    const { window, selectedEventId } = store.getState();
    store.getState().stopStory();
    expect(store.getState()).toMatchObject({ story: null, window, selectedEventId });
  });

  it('ignores an unknown story, and steps without one', () => {
    const store = createParleyStore(dataset);
    store.getState().playStory('nope');
    store.getState().stepStory(1);
    expect(store.getState().story).toBeNull();
    expect(store.getState().selectedEventId).toBeNull();
  });

  it('advance steps the story while one plays, and the shown events otherwise', () => {
    const store = createParleyStore(dataset);
    store.getState().playStory('tour');
    store.getState().advance(1, 'reveal');
    expect(store.getState().story).toEqual({ id: 'tour', step: 1 });
    expect(store.getState().selectedEventId).toBe('call');
    expect(store.getState().window).toEqual(story.steps[1]!.window);
    store.getState().advance(-1);
    expect(store.getState().story?.step).toBe(0);
    expect(store.getState().selectedEventId).toBe('invasion');
    store.getState().stopStory();
    store.getState().advance(1);
    expect(store.getState().story).toBeNull();
    expect(store.getState().selectedEventId).toBe('vote-1');
  });

  it('while presenting, a quotation moved off its slide is a step of its own', () => {
    const store = createParleyStore(dataset, { selectedEventId: 'vote-1' as EventId });
    store.getState().setPresenting(true);
    store.getState().setStageQuote('apart');
    store.getState().advance(1);
    expect(store.getState()).toMatchObject({ stageQuote: 'shown', selectedEventId: 'vote-1' });
    store.getState().advance(-1);
    expect(store.getState()).toMatchObject({ stageQuote: 'apart', selectedEventId: 'vote-1' });
    store.getState().advance(1);
    store.getState().advance(1);
    expect(store.getState().selectedEventId).toBe('call');
    store.getState().setPresenting(false);
    expect(store.getState().stageQuote).toBe('inline');
  });
});
