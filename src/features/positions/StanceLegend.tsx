import { STANCES } from '../../domain/vocabulary';
import { useT } from '../../i18n/use-t';
import { StanceBadge } from '../../ui/StanceBadge';

/** What each stance means, with the symbol and colour it is drawn with. */
export function StanceLegend() {
  const t = useT();
  return (
    <ul className="legend" aria-label={t('stance.legend')}>
      {[...STANCES, undefined].map((s) => (
        <li key={s ?? 'unknown'}>
          <StanceBadge stance={s} />
          <span className="legend-hint">{t(`stance.${s ?? 'unknown'}.hint`)}</span>
        </li>
      ))}
    </ul>
  );
}
