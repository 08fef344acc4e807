import { useLocalLabels } from '../../i18n/use-local-labels';
import { useFormatDate } from '../../i18n/use-format-date';
import type { Dataset, EventId } from '../../domain/types';
import type { ActorChanges as Group } from '../../domain/what-changed';
import { useT } from '../../i18n/use-t';
import { EvidenceLinks } from '../../ui/EvidenceLinks';
import { StanceBadge } from '../../ui/StanceBadge';

/** One actor's changed stances: before → after in words, the new summary, and its evidence. */
export function ActorChanges({
  group,
  dataset,
  onSelectEvent,
}: {
  group: Group;
  dataset: Pick<Dataset, 'eventsById'>;
  onSelectEvent: (id: EventId) => void;
}) {
  const { formatShortDay } = useFormatDate();
  const t = useT();
  const labels = useLocalLabels();
  const { actor, changes } = group;
  const headingId = `changes-${actor.id}`;
  return (
    <article className="change-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="swatch" style={{ background: actor.color }} aria-hidden="true" />
        {labels.name(actor)}{' '}
        <span className="change-count">
          {changes.length === 1
            ? t('changes.countOne')
            : t('changes.count', { count: changes.length })}
        </span>
      </h3>
      <ul className="changes">
        {changes.map((c) => (
          <li key={c.topic.id} className="change">
            <h4 lang={labels.topicTitle(c.topic).lang}>{labels.topicTitle(c.topic).text}</h4>
            <p className="change-stances">
              <span className="visually-hidden">{t('changes.before')}: </span>
              <StanceBadge stance={c.before?.stance} />
              <span className="change-arrow" aria-hidden="true">
                →
              </span>
              <span className="visually-hidden">, {t('changes.after')}: </span>
              <StanceBadge stance={c.after.stance} />
              <span className="change-date">
                {t('changes.recorded', { date: formatShortDay(c.after.time) })}
              </span>
            </p>
            <p className="change-summary">{c.after.summary}</p>
            <EvidenceLinks ids={c.evidence} dataset={dataset} onSelectEvent={onSelectEvent} />
          </li>
        ))}
      </ul>
    </article>
  );
}
