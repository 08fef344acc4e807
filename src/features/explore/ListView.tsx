import { useMemo, useRef } from 'react';
import { useParley } from '../../store/StoreContext';
import { useSearchHits, useShownEvents } from '../../store/use-derived';
import { groupByMonth } from '../../domain/group-by-month';
import { rowsHeight } from '../../domain/list-window';
import { useFormatDate } from '../../i18n/use-format-date';
import type { EventId } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { ListEntry } from './ListEntry';
import { useListWindow } from './use-list-window';
import './explore.css';

/**
 * The accessible way through the data: the same filtered (and searched) events as the timeline,
 * as a chronological list grouped by month. Every entry is a button; headings name the months.
 * A long list draws only the entries near the screen (see use-list-window.ts); spacers keep the
 * scroll bar true, and each entry says its place in its month to assistive technology.
 */
export function ListView() {
  const { formatMonth } = useFormatDate();
  const t = useT();
  const events = useShownEvents();
  const hits = useSearchHits();
  const selected = useParley((s) => s.selectedEventId);
  const groups = useMemo(() => groupByMonth(events), [events]);
  const { ids, groupStarts } = useMemo(() => {
    const starts: number[] = [];
    let n = 0;
    for (const g of groups) {
      starts.push(n);
      n += g.events.length;
    }
    return { ids: groups.flatMap((g) => g.events.map((e) => e.id)), groupStarts: starts };
  }, [groups]);
  const terms = useMemo(() => {
    const map = new Map<EventId, readonly string[]>();
    for (const h of hits ?? []) map.set(h.id, h.terms);
    return map;
  }, [hits]);
  const listRef = useRef<HTMLDivElement>(null);
  const keep = selected ? ids.indexOf(selected) : -1;
  const { layout, start, end } = useListWindow(listRef, ids, groupStarts, keep);
  if (groups.length === 0) return <p className="list-empty">{t('list.empty')}</p>;
  return (
    <div className="list-view" ref={listRef}>
      <h2 className="visually-hidden">{t('list.label')}</h2>
      {groups.map((g, gi) => {
        const first = groupStarts[gi]!;
        const last = first + g.events.length;
        const from = Math.min(Math.max(start, first), last);
        const to = Math.max(Math.min(end, last), from);
        const before = rowsHeight(layout, first, from);
        const after = rowsHeight(layout, to, last);
        return (
          <section key={g.key} aria-labelledby={`month-${g.key}`}>
            <h3 id={`month-${g.key}`} className="list-month" data-heading>
              {formatMonth(g.month)}
            </h3>
            <ol>
              {before ? (
                <li aria-hidden="true" className="list-spacer" style={{ height: before }} />
              ) : null}
              {g.events.slice(from - first, to - first).map((e, i) => (
                <li
                  key={e.id}
                  data-row-id={e.id}
                  aria-setsize={g.events.length}
                  aria-posinset={from - first + i + 1}
                >
                  <ListEntry event={e} selected={e.id === selected} terms={terms.get(e.id) ?? []} />
                </li>
              ))}
              {after ? (
                <li aria-hidden="true" className="list-spacer" style={{ height: after }} />
              ) : null}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
