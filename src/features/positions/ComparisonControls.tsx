import { startOfDay } from '../../domain/dates';
import type { Millis } from '../../domain/types';
import { useParley } from '../../store/StoreContext';
import { defaultComparison, useComparison } from '../../store/use-positions';
import { useT } from '../../i18n/use-t';
import { DayInput } from '../../ui/DayInput';

/**
 * The two days of "what changed", and the preset "from the invasion to the visit". The store
 * keeps `null` for the preset (it is also the default), so a link to it stays short.
 */
export function ComparisonControls() {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const { span } = dataset;
  const setComparison = useParley((s) => s.setComparison);
  const { from, to } = useComparison();
  const preset = defaultComparison(dataset);
  const isPreset = from === preset.from && to === preset.to;
  const lastDay = startOfDay(span.end - 1);
  const set = (a: Millis, b: Millis) => {
    const next = { from: Math.min(a, b), to: Math.max(a, b) };
    const same = next.from === preset.from && next.to === preset.to;
    setComparison(same ? null : next);
  };
  return (
    <div className="comparison-controls">
      <DayInput
        label={t('changes.from')}
        value={from}
        min={span.start}
        max={lastDay}
        onChange={(d) => set(d, to)}
      />
      <DayInput
        label={t('changes.to')}
        value={to}
        min={span.start}
        max={lastDay}
        onChange={(d) => set(from, d)}
      />
      <button type="button" aria-pressed={isPreset} onClick={() => setComparison(null)}>
        {t('changes.preset')}
      </button>
    </div>
  );
}
