import { useEffect, useRef } from 'react';
import type { ParleyEvent } from '../../domain/types';
import { useParley } from '../../store/StoreContext';
import { useSelectedEvent, useVisibleEvents } from '../../store/use-derived';
import { useStory } from './use-story';

/**
 * The event on stage: the story step's event while a story plays, else the selected event. On
 * entering presentation mode, and whenever the selection is not among the filtered events, it
 * steps to the nearest shown event (zooming the timeline around it); otherwise it leaves the
 * selection and window alone, so "Explore from here" keeps both.
 */
export function usePresentedEvent(): ParleyEvent | undefined {
  const playing = useStory();
  const dataset = useParley((s) => s.dataset);
  const selected = useSelectedEvent();
  const events = useVisibleEvents();
  const stepEvent = useParley((s) => s.stepEvent);
  const inList = selected !== undefined && events.includes(selected);
  const storyPlaying = playing !== null;
  const entered = useRef(false);
  useEffect(() => {
    const first = !entered.current;
    entered.current = true;
    if (!storyPlaying && (first || !inList)) stepEvent(0);
  }, [storyPlaying, inList, stepEvent]);
  if (playing) return playing.step.event ? dataset.eventsById.get(playing.step.event) : undefined;
  return inList ? selected : undefined;
}
