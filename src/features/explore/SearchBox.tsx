import { useId, useMemo, useState } from 'react';
import { useParley } from '../../store/StoreContext';
import { useSearchHits } from '../../store/use-derived';
import { selectShownEvents } from '../../store/selectors';
import { hasFilters, matchesFilters } from '../../domain/filter-events';
import type { SearchHit } from '../../domain/search-events';
import { selectSearchResult } from '../../store/select-search';
import { useFormatDate } from '../../i18n/use-format-date';
import { useT } from '../../i18n/use-t';
import { HighlightedText } from '../../ui/HighlightedText';
import { SearchRecordResults } from './SearchRecordResults';

/** How many ranked results the drop-down lists (the list view shows them all). */
const MAX_RESULTS_SHOWN = 8;

/** Full-text search: the query lives in the store; the best matches are listed below the box. */
export function SearchBox() {
  const { formatDateRange } = useFormatDate();
  const t = useT();
  const id = useId();
  const dataset = useParley((s) => s.dataset);
  const query = useParley((s) => s.query);
  const setQuery = useParley((s) => s.setQuery);
  const selectEvent = useParley((s) => s.selectEvent);
  const hits = useSearchHits();
  // A large dataset is searched in a worker: its hits may be for the query before the last key.
  const hitsFor = useParley((s) => selectSearchResult(s)?.query);
  const filters = useParley((s) => s.filters);
  // The matches the filters let through: counted from the shown events (computed once per query
  // and filters for the whole app), and only the best few looked for among the ranked hits, not
  // a set of every visible event made at each answer (100,000 events: tens of milliseconds).
  const count = useParley((s) => selectShownEvents(s).length);
  const [open, setOpen] = useState(false);
  const best = useMemo(() => {
    const found: SearchHit[] = [];
    const filtering = hasFilters(filters);
    for (const hit of hits ?? []) {
      if (found.length === MAX_RESULTS_SHOWN) break;
      const e = dataset.eventsById.get(hit.id);
      if (e && (!filtering || matchesFilters(e, filters, dataset))) found.push(hit);
    }
    return found;
  }, [hits, filters, dataset]);
  const status = hits === null ? '' : t('search.count', { count });
  return (
    <div
      role="search"
      className="search-box"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        data-search-input=""
        placeholder={t('search.placeholder')}
        value={query}
        autoComplete="off"
        aria-describedby={`${id}-status`}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            if (query) setQuery('');
            setOpen(false);
            e.stopPropagation();
          }
        }}
      />
      <span id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {status}
      </span>
      {open && hits !== null ? (
        <div className="search-results">
          <p className="search-count">{status}</p>
          <ol
            aria-label={t('search.results')}
            aria-busy={hitsFor !== query.trim()}
            data-query={hitsFor}
          >
            {best.map((hit) => {
              const e = dataset.eventsById.get(hit.id);
              if (!e) return null;
              return (
                <li key={hit.id}>
                  <button
                    type="button"
                    className="event-link"
                    onClick={() => {
                      selectEvent(hit.id);
                      setOpen(false);
                    }}
                  >
                    <span className="search-kind">{t('search.kind.event')}</span>{' '}
                    <time dateTime={e.date}>{formatDateRange(e.date, e.endDate, e.precision)}</time>{' '}
                    <span className="event-link-title">
                      <HighlightedText text={e.title} terms={hit.terms} />
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          <SearchRecordResults query={query} onOpen={() => setOpen(false)} />
          <button type="button" className="search-close" onClick={() => setOpen(false)}>
            {t('close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
