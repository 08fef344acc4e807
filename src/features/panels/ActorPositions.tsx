import { useMemo } from 'react';
import { useFormatDate } from '../../i18n/use-format-date';
import type { Actor, ActorId, Dataset, EventId } from '../../domain/types';
import { useAsOfDay } from '../../store/use-derived';
import { useT } from '../../i18n/use-t';
import { AsOfControl } from '../../ui/AsOfControl';
import { TopicPosition } from './TopicPosition';
import '../../ui/views.css';
import './panels.css';

/**
 * Whose positions an actor's panel shows. The dataset records stances for states and bodies; a
 * person's words are the evidence for the stance of the one they speak for. So a person with no
 * records of their own shows their state's (or organisation's) positions, under a line that says
 * whose they are: an empty section for Xi Jinping would wrongly suggest that nothing is known.
 */
function positionHolder(actor: Actor, dataset: Dataset): Actor {
  const has = (id: ActorId) => dataset.positions.some((p) => p.actor === id);
  if (has(actor.id) || !actor.memberOf) return actor;
  const parent = dataset.actorsById.get(actor.memberOf);
  return parent && has(parent.id) ? parent : actor;
}

/** The "Positions as of …" section of the actor panel. */
export function ActorPositions({
  actor,
  dataset,
  onSelectEvent,
  onSelectActor,
}: {
  actor: Actor;
  dataset: Dataset;
  onSelectEvent: (id: EventId) => void;
  onSelectActor: (id: ActorId) => void;
}) {
  const { formatDay } = useFormatDate();
  const t = useT();
  const day = useAsOfDay();
  const holder = positionHolder(actor, dataset);
  const recorded = useMemo(() => {
    const topics = new Set(
      dataset.positions.filter((p) => p.actor === holder.id).map((p) => p.topic),
    );
    return dataset.topics.filter((tp) => topics.has(tp.id));
  }, [dataset, holder.id]);
  const unrecorded = dataset.topics.filter((tp) => !recorded.includes(tp));
  return (
    <section className="actor-positions" aria-labelledby="actor-positions-title">
      <h3 id="actor-positions-title">{t('actor.positions', { date: formatDay(day) })}</h3>
      {holder !== actor ? (
        <p className="positions-holder">
          {t('actor.positionsOf')}{' '}
          <button type="button" className="actor-chip" onClick={() => onSelectActor(holder.id)}>
            <span className="swatch" style={{ background: holder.color }} aria-hidden="true" />
            {holder.name}
          </button>
        </p>
      ) : null}
      <AsOfControl />
      {recorded.length === 0 ? (
        <p>{t('actor.noPositions')}</p>
      ) : (
        <ul className="topic-positions">
          {recorded.map((topic) => (
            <TopicPosition
              key={topic.id}
              actor={holder.id}
              topic={topic}
              day={day}
              dataset={dataset}
              onSelectEvent={onSelectEvent}
            />
          ))}
        </ul>
      )}
      {recorded.length > 0 && unrecorded.length > 0 ? (
        <p className="muted">
          {t('actor.unrecorded', { topics: unrecorded.map((tp) => tp.title).join(', ') })}
        </p>
      ) : null}
    </section>
  );
}
