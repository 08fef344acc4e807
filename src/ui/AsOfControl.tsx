import { startOfDay } from '../domain/dates';
import { useParley } from '../store/StoreContext';
import { useAsOfDay } from '../store/use-derived';
import { useT } from '../i18n/use-t';
import { DayInput } from './DayInput';
import './views.css';

/**
 * The "as of" day: a date field that pins it, and a toggle to let it follow the timeline (the
 * centre of the visible window) again. Pressing the toggle off pins the day currently shown.
 */
export function AsOfControl() {
  const t = useT();
  const day = useAsOfDay();
  const pinned = useParley((s) => s.asOf !== null);
  const span = useParley((s) => s.dataset.span);
  const pinAsOf = useParley((s) => s.pinAsOf);
  return (
    <div className="as-of-control">
      <DayInput
        label={t('asOf.label')}
        value={day}
        min={span.start}
        max={startOfDay(span.end - 1)}
        onChange={pinAsOf}
      />
      <button
        type="button"
        className="as-of-follow"
        aria-pressed={!pinned}
        onClick={() => pinAsOf(pinned ? null : day)}
      >
        {t('asOf.follow')}
      </button>
      <p className="as-of-mode">{pinned ? t('asOf.pinned') : t('asOf.following')}</p>
    </div>
  );
}
