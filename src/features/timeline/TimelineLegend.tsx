import { EVENT_KINDS } from '../../domain/vocabulary';
import { useT } from '../../i18n/use-t';

/**
 * What the timeline's marks mean: the kinds by the colour of their dot, a dashed border for an
 * approximate date, a bar for several days, "+N" for events folded together. A disclosure beside
 * the zoom buttons, so it is found at a glance and costs no height until opened.
 */
export function TimelineLegend() {
  const t = useT();
  return (
    <details className="timeline-legend">
      <summary>{t('legend.show')}</summary>
      <div className="timeline-legend-body" role="group" aria-label={t('legend.label')}>
        <p className="timeline-legend-title">{t('legend.kinds')}</p>
        <ul className="timeline-legend-kinds">
          {EVENT_KINDS.map((k) => (
            <li key={k} className={`kind-${k}`}>
              <span className="legend-dot" aria-hidden="true" />
              {t(`kind.${k}`)}
            </li>
          ))}
        </ul>
        <ul className="timeline-legend-marks">
          <li>
            <span className="legend-mark legend-approximate" aria-hidden="true" />
            {t('legend.approximate')}
          </li>
          <li>
            <span className="legend-mark legend-range" aria-hidden="true" />
            {t('legend.range')}
          </li>
          <li>
            <span className="legend-mark legend-aggregate" aria-hidden="true">
              +4
            </span>
            {t('legend.aggregate')}
          </li>
          <li>
            <span className="legend-mark legend-selected" aria-hidden="true" />
            {t('legend.selected')}
          </li>
        </ul>
      </div>
    </details>
  );
}
