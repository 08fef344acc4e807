import type { Dataset, EventId } from '../domain/types';
import { useFormatDate } from '../i18n/use-format-date';

/** A button that selects an event, labelled with its date and title. */
export function EventLink({
  id,
  dataset,
  onSelect,
}: {
  id: EventId;
  dataset: Pick<Dataset, 'eventsById'>;
  onSelect: (id: EventId) => void;
}) {
  const { formatDateRange } = useFormatDate();
  const e = dataset.eventsById.get(id);
  if (!e) return null;
  return (
    <button type="button" className="event-link" onClick={() => onSelect(id)}>
      <time dateTime={e.date}>{formatDateRange(e.date, e.endDate, e.precision)}</time>{' '}
      <span className="event-link-title">{e.title}</span>
    </button>
  );
}
