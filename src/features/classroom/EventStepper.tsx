import type { EventId, ParleyEvent } from '../../domain/types';
import { eventPosition, type Step } from '../../domain/step-events';
import { useT } from '../../i18n/use-t';
import { StepButtons } from './StepButtons';

/** "Event N of M" with Previous and Next, over the filtered events. */
export function EventStepper({
  events,
  current,
  onStep,
}: {
  events: readonly ParleyEvent[];
  current: EventId | null;
  onStep: (step: Step) => void;
}) {
  const t = useT();
  const position = eventPosition(events, current);
  return (
    <div className="event-stepper">
      <span className="event-position">
        {position ? t('present.position', position) : t('present.noPosition', { m: events.length })}
      </span>
      <StepButtons
        atStart={!position || position.n === 1}
        atEnd={!position || position.n === position.m}
        onStep={onStep}
      />
    </div>
  );
}
