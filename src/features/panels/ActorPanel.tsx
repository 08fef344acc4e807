import { useLocalLabels } from '../../i18n/use-local-labels';
import { useMemo } from 'react';
import type { Actor, ActorId, Dataset, EventId } from '../../domain/types';
import { involvedActors } from '../../domain/filter-events';
import { useT } from '../../i18n/use-t';
import { EventLink } from '../../ui/EventLink';
import { ActorPositions } from './ActorPositions';

export interface ActorPanelProps {
  actor: Actor;
  dataset: Dataset;
  onSelectEvent: (id: EventId) => void;
  onSelectActor: (id: ActorId) => void;
}

/**
 * An actor: who they are, who speaks for them, their positions as of the "as of" day, and the
 * events they took part in.
 */
export function ActorPanel({ actor, dataset, onSelectEvent, onSelectActor }: ActorPanelProps) {
  const t = useT();
  const labels = useLocalLabels();
  const parent = actor.memberOf ? dataset.actorsById.get(actor.memberOf) : undefined;
  const [people, bodies] = useMemo(() => {
    const members = dataset.actors.filter((a) => a.memberOf === actor.id);
    return [members.filter((a) => a.kind === 'person'), members.filter((a) => a.kind !== 'person')];
  }, [dataset, actor.id]);
  const events = useMemo(
    () => dataset.events.filter((e) => involvedActors(e, dataset).has(actor.id)),
    [dataset, actor.id],
  );
  return (
    <article className="actor-panel" aria-labelledby="actor-panel-title">
      <p className="panel-kicker">
        <span className="swatch" style={{ background: actor.color }} aria-hidden="true" />
        {t(`actorKind.${actor.kind}`)}
      </p>
      <h2 id="actor-panel-title" tabIndex={-1}>
        {labels.name(actor)}
      </h2>
      {actor.title ? <p className="actor-title">{actor.title}</p> : null}
      <p>{actor.description}</p>
      {parent ? (
        <p>
          {t('actor.memberOf')}:{' '}
          <button type="button" className="actor-chip" onClick={() => onSelectActor(parent.id)}>
            {labels.name(parent)}
          </button>
        </p>
      ) : null}
      {[['actor.people', people] as const, ['actor.bodies', bodies] as const].map(
        ([heading, list]) =>
          list.length ? (
            <section key={heading}>
              <h3>{t(heading)}</h3>
              <ul className="actor-chips">
                {list.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="actor-chip"
                      onClick={() => onSelectActor(p.id)}
                    >
                      {labels.name(p)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null,
      )}
      <ActorPositions
        actor={actor}
        dataset={dataset}
        onSelectEvent={onSelectEvent}
        onSelectActor={onSelectActor}
      />
      <h3>{t('actor.events', { count: events.length })}</h3>
      {events.length ? (
        <ul className="event-links">
          {events.map((e) => (
            <li key={e.id}>
              <EventLink id={e.id} dataset={dataset} onSelect={onSelectEvent} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('actor.noEvents')}</p>
      )}
    </article>
  );
}
