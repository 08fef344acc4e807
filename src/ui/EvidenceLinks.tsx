import type { Dataset, EventId } from '../domain/types';
import { useT } from '../i18n/use-t';
import { EventLink } from './EventLink';

/** Evidence shown before the rest folds away: the events that establish a stance come first. */
const SHOWN_EVIDENCE = 2;

/** A record's evidence events as links; past the first few, behind a "more" disclosure. */
export function EvidenceLinks({
  ids,
  dataset,
  onSelectEvent,
}: {
  ids: readonly EventId[];
  dataset: Pick<Dataset, 'eventsById'>;
  onSelectEvent: (id: EventId) => void;
}) {
  const t = useT();
  const links = (list: readonly EventId[]) => (
    <ul className="event-links">
      {list.map((id) => (
        <li key={id}>
          <EventLink id={id} dataset={dataset} onSelect={onSelectEvent} />
        </li>
      ))}
    </ul>
  );
  const rest = ids.slice(SHOWN_EVIDENCE);
  return (
    <div className="evidence">
      <p className="evidence-label">{t('changes.evidence')}</p>
      {links(ids.slice(0, SHOWN_EVIDENCE))}
      {rest.length > 0 ? (
        <details className="more-evidence">
          <summary>{t('evidence.more', { count: rest.length })}</summary>
          {links(rest)}
        </details>
      ) : null}
    </div>
  );
}
