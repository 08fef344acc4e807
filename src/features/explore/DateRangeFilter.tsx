import { useId } from 'react';
import { useParley } from '../../store/StoreContext';
import { DAY_MS, parseDay, toIsoDay } from '../../domain/dates';
import { useT } from '../../i18n/use-t';

/** The date-range filter: two day fields bounded by the dataset's span. */
export function DateRangeFilter() {
  const t = useT();
  const id = useId();
  const span = useParley((s) => s.dataset.span);
  const { from, to } = useParley((s) => s.filters);
  const setRange = useParley((s) => s.setRange);
  const min = toIsoDay(span.start);
  const max = toIsoDay(span.end - DAY_MS);
  const read = (value: string) => (value === '' ? null : (parseDay(value) ?? null));
  return (
    <fieldset className="facet facet-dates">
      <legend>{t('filters.dates')}</legend>
      <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
      <input
        id={`${id}-from`}
        type="date"
        min={min}
        max={to === null ? max : toIsoDay(to)}
        value={from === null ? '' : toIsoDay(from)}
        onChange={(e) => setRange(read(e.target.value), to)}
      />
      <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
      <input
        id={`${id}-to`}
        type="date"
        min={from === null ? min : toIsoDay(from)}
        max={max}
        value={to === null ? '' : toIsoDay(to)}
        onChange={(e) => setRange(from, read(e.target.value))}
      />
    </fieldset>
  );
}
