import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useParley } from '../../store/StoreContext';
import { useVisibleEvents } from '../../store/use-derived';
import { sourcesOf } from '../../domain/export-events';
import { SourceList } from '../../ui/SourceList';
import { useViewUrl } from './use-view-url';

/** The events drawn in the current window (those that pass the filters and overlap it). */
function useShownEvents() {
  const events = useVisibleEvents();
  const window = useParley((s) => s.window);
  return useMemo(
    () => events.filter((e) => e.start < window.end && e.end > window.start),
    [events, window],
  );
}

/**
 * The embed's credits line: "Parley — <dataset>", the sources of the events shown (a disclosure:
 * the frame grows to show them) and a link to the same view in the full app.
 */
export function EmbedCredits() {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const shown = useShownEvents();
  const sources = useMemo(() => sourcesOf(shown, dataset), [shown, dataset]);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const url = useViewUrl();
  return (
    <footer className="embed-credits" aria-label={t('embed.credits')}>
      <div className="embed-credits-line">
        <p className="embed-title">
          <strong>{t('appName')}</strong> — {dataset.meta.title}
        </p>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {t('embed.sources', { count: sources.length })}
        </button>
        <a href={url} target="_blank" rel="noopener">
          {t('embed.open')} <span aria-hidden="true">↗</span>
          <span className="visually-hidden"> {t('embed.newTab')}</span>
        </a>
      </div>
      <section
        id={listId}
        className="embed-sources"
        hidden={!open}
        aria-label={t('embed.sourcesOf', { count: shown.length })}
      >
        <h2>{t('embed.sourcesOf', { count: shown.length })}</h2>
        {open ? <SourceList ids={sources.map((s) => s.id)} dataset={dataset} /> : null}
      </section>
    </footer>
  );
}
