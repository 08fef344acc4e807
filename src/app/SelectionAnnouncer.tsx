import { useSelectedEvent } from '../store/use-derived';
import { useFormatDate } from '../i18n/use-format-date';
import { useT } from '../i18n/use-t';

/** Announces the selected event's date and title (only those) to screen readers. */
export function SelectionAnnouncer() {
  const { formatDateRange } = useFormatDate();
  const t = useT();
  const e = useSelectedEvent();
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {e
        ? t('keys.announce', {
            date: formatDateRange(e.date, e.endDate, e.precision),
            title: e.title,
          })
        : ''}
    </p>
  );
}
