import { useId, useState } from 'react';
import { useParley } from '../../store/StoreContext';
import { useShownEvents } from '../../store/use-derived';
import { hasFilters } from '../../domain/filter-events';
import { useT } from '../../i18n/use-t';
import { SearchBox } from './SearchBox';
import { FilterPanel } from './FilterPanel';
import './explore.css';

/** Search, the filters (folded away until wanted), how many events are shown, and "clear all". */
export function ExploreBar() {
  const t = useT();
  const id = useId();
  const total = useParley((s) => s.dataset.events.length);
  const filters = useParley((s) => s.filters);
  const query = useParley((s) => s.query);
  const clearFilters = useParley((s) => s.clearFilters);
  const shown = useShownEvents().length;
  const [open, setOpen] = useState(false);
  const active =
    filters.actors.length +
    filters.kinds.length +
    filters.topics.length +
    (filters.from !== null || filters.to !== null ? 1 : 0);
  return (
    <div className="explore-bar">
      <div className="explore-row">
        <SearchBox />
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-filters`}
          onClick={() => setOpen(!open)}
        >
          {active ? t('filters.buttonActive', { count: active }) : t('filters.button')}
        </button>
        <p className="shown-count" aria-live="polite">
          {t('filters.shown', { shown, total })}
        </p>
        {hasFilters(filters) || query ? (
          <button type="button" onClick={clearFilters}>
            {t('filters.clear')}
          </button>
        ) : null}
      </div>
      <div id={`${id}-filters`} hidden={!open}>
        {open ? <FilterPanel /> : null}
      </div>
    </div>
  );
}
