import { useLocalLabels } from '../../i18n/use-local-labels';
import { useParley } from '../../store/StoreContext';
import { useVisibleEvents } from '../../store/use-derived';
import { fitWindow, zoomWindow } from '../../domain/window-math';
import { useT } from '../../i18n/use-t';
import { TimelineLegend } from './TimelineLegend';
import './legend.css';

/** Zoom presets from the dataset, zoom in/out, and "fit the shown events". */
export function ZoomBar() {
  const t = useT();
  const labels = useLocalLabels();
  const dataset = useParley((s) => s.dataset);
  const current = useParley((s) => s.window);
  const setWindow = useParley((s) => s.setWindow);
  const events = useVisibleEvents();
  return (
    <div className="zoom-bar" role="group" aria-label={t('zoom.label')}>
      <span className="zoom-label" aria-hidden="true">
        {t('zoom.label')}
      </span>
      {dataset.presets.map((p) => {
        const active = p.window.start === current.start && p.window.end === current.end;
        return (
          <button
            key={p.id}
            type="button"
            aria-pressed={active}
            // The whole period is the app's own preset; the others are named by the dataset.
            lang={p.id === 'all' ? undefined : labels.preset(p).lang}
            onClick={() => setWindow(p.window)}
          >
            {p.id === 'all' ? t('zoom.all') : labels.preset(p).text}
          </button>
        );
      })}
      <button type="button" onClick={() => setWindow(fitWindow(events, dataset.span))}>
        {t('zoom.fit')}
      </button>
      <button
        type="button"
        aria-label={t('zoom.in')}
        title={t('zoom.in')}
        onClick={() => setWindow(zoomWindow(current, 0.5, dataset.span))}
      >
        +
      </button>
      <button
        type="button"
        aria-label={t('zoom.out')}
        title={t('zoom.out')}
        onClick={() => setWindow(zoomWindow(current, 2, dataset.span))}
      >
        −
      </button>
      <TimelineLegend />
    </div>
  );
}
