import { useMemo } from 'react';
import { useParley } from '../../store/StoreContext';
import { useSearchHits, useShownEvents } from '../../store/use-derived';
import { groupByMonth } from '../../domain/group-by-month';
import { useFormatDate } from '../../i18n/use-format-date';
import type { EventId } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { ListEntry } from './ListEntry';
import './explore.css';

/**
 * The accessible way through the data: the same filtered (and searched) events as the timeline,
 * as a chronological list grouped by month. Every entry is a button; headings name the months.
 */
export function ListView() {
  const { formatMonth } = useFormatDate();
  const t = useT();
  const events = useShownEvents();
  const hits = useSearchHits();
  const selected = useParley((s) => s.selectedEventId);
  const groups = useMemo(() => groupByMonth(events), [events]);
  const terms = useMemo(() => {
    const map = new Map<EventId, readonly string[]>();
    for (const h of hits ?? []) map.set(h.id, h.terms);
    return map;
  }, [hits]);
  if (groups.length === 0) return <p className="list-empty">{t('list.empty')}</p>;
  return (
    <div className="list-view">
      <h2 className="visually-hidden">{t('list.label')}</h2>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`month-${g.key}`}>
          <h3 id={`month-${g.key}`} className="list-month">
            {formatMonth(g.month)}
          </h3>
          <ol>
            {g.events.map((e) => (
              <li key={e.id}>
                <ListEntry event={e} selected={e.id === selected} terms={terms.get(e.id) ?? []} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
