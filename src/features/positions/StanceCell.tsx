import { useFormatDate } from '../../i18n/use-format-date';
import { useContentLang } from '../../i18n/use-content-lang';
import type { EventId, Position } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { StanceBadge } from '../../ui/StanceBadge';

/**
 * One matrix cell: the stance in force (words, symbol, colour), since when, and the one-line
 * summary as its description. A button opens the record's first evidence event: the data lists
 * the event that establishes the stance first, and later ones as corroboration.
 */
export function StanceCell({
  position,
  showSummary,
  onOpen,
}: {
  position: Position | undefined;
  showSummary: boolean;
  onOpen: (id: EventId) => void;
}) {
  const { formatShortDay } = useFormatDate();
  const t = useT();
  const contentLang = useContentLang();
  if (!position) {
    // Most pairs have no record: a quiet dash keeps the recorded stances legible at a glance.
    return (
      <span className="stance-cell tone-unknown">
        <span className="empty-mark" aria-hidden="true">
          —
        </span>
        <span className="visually-hidden">{t('stance.unknown')}</span>
      </span>
    );
  }
  const evidence = position.evidence.events[0];
  const tone = position.stance;
  const body = (
    <>
      <StanceBadge stance={position.stance} />
      <span className="stance-since">
        {t('stance.since', { date: formatShortDay(position.time) })}
      </span>
      {showSummary ? (
        <span className="stance-summary" lang={contentLang}>
          {position.summary}
        </span>
      ) : null}
    </>
  );
  if (!evidence) return <span className={`stance-cell tone-${tone}`}>{body}</span>;
  return (
    <button
      type="button"
      className={`stance-cell tone-${tone}`}
      title={showSummary ? undefined : position.summary}
      onClick={() => onOpen(evidence)}
    >
      {body}
    </button>
  );
}
