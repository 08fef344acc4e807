import { useFormatDate } from '../../i18n/use-format-date';
import type { EventId, Millis, Position } from '../../domain/types';
import type { StanceHistoryEntry } from '../../domain/stance-as-of';
import { useT } from '../../i18n/use-t';
import { StanceBadge } from '../../ui/StanceBadge';

/**
 * Every record of one actor's stance on one topic, oldest first, as a strip of buttons: each
 * opens the record's evidence. The record in force on the "as of" day is marked current;
 * restatements of the same stance and records after the day are told apart in words, not only
 * by their lighter drawing.
 */
export function StanceHistory({
  label,
  entries,
  current,
  day,
  onSelectEvent,
}: {
  label: string;
  entries: readonly StanceHistoryEntry[];
  current: Position | undefined;
  day: Millis;
  onSelectEvent: (id: EventId) => void;
}) {
  const { formatShortDay } = useFormatDate();
  const t = useT();
  return (
    <ol className="stance-history" aria-label={label}>
      {entries.map(({ position: p, changed }) => {
        const evidence = p.evidence.events[0];
        const later = p.time > day;
        const notes = [!changed && t('actor.restated'), later && t('actor.later')].filter(Boolean);
        return (
          <li key={p.id}>
            <button
              type="button"
              className={`history-entry${changed ? '' : ' is-restated'}${later ? ' is-later' : ''}`}
              aria-current={p === current ? 'true' : undefined}
              disabled={!evidence}
              title={p.summary}
              onClick={() => evidence && onSelectEvent(evidence)}
            >
              <time dateTime={p.date}>{formatShortDay(p.time)}</time>
              <StanceBadge stance={p.stance} />
              {notes.length > 0 ? <span className="history-note">({notes.join(', ')})</span> : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
