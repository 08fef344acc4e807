import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useParley } from '../../store/StoreContext';
import { useVisibleEvents } from '../../store/use-derived';
import { eventsToCsv, eventsToJson, exportFilename } from '../../domain/export-events';
import { useFormatDate } from '../../i18n/use-format-date';
import { eventsToTimelineJs } from '../../data/formats/export-timelinejs';
import { eventsToCsvTemplate } from '../../data/formats/export-csv-template';
import { downloadBlob } from './download';
import { timelinePng } from './png-draw';
import { selectSelectedEvent } from '../../store/selectors';
import { useLocalLabels } from '../../i18n/use-local-labels';

/**
 * "Export": a small disclosure with the filtered events as CSV or JSON (with their sources) and
 * the timeline as shown as a PNG. `link` (the view's address) is printed under the picture.
 */
export function ExportMenu({ link }: { link?: string }) {
  const { formatShortDay } = useFormatDate();
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const events = useVisibleEvents();
  const dataset = useParley((s) => s.dataset);
  const shownWindow = useParley((s) => s.window);
  const selected = useParley(selectSelectedEvent);
  const lang = useParley((s) => s.lang);
  const labels = useLocalLabels();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const save = (blob: Blob, file: string) => {
    downloadBlob(blob, file);
    setStatus(t('export.done', { file }));
  };
  const exportCsv = () =>
    // The byte-order mark makes Excel read the file as UTF-8 (names, dashes, quotes).
    save(
      new Blob(['\uFEFF', eventsToCsv(events, dataset)], { type: 'text/csv;charset=utf-8' }),
      exportFilename('events', 'csv', new Date()),
    );
  const exportJson = () =>
    save(
      new Blob([eventsToJson(events, dataset, new Date())], { type: 'application/json' }),
      exportFilename('events', 'json', new Date()),
    );
  // The same events in the formats Parley also opens, so the data can go the other way.
  const exportTimelineJs = () =>
    save(
      new Blob([eventsToTimelineJs(events, dataset)], { type: 'application/json' }),
      exportFilename('events', 'timelinejs.json', new Date()),
    );
  const exportCsvTemplate = () =>
    save(
      new Blob(['\uFEFF', eventsToCsvTemplate(events, dataset)], {
        type: 'text/csv;charset=utf-8',
      }),
      exportFilename('events', 'sheet.csv', new Date()),
    );
  const exportPng = async () => {
    setStatus(t('export.working'));
    const shown = events.filter(
      (e) => e.start < shownWindow.end && e.end > shownWindow.start,
    ).length;
    try {
      const file = exportFilename('timeline', 'png', new Date());
      const { blob, alt } = await timelinePng({
        events,
        window: shownWindow,
        data: dataset,
        selectedId: selected?.id ?? null,
        locale: lang,
        laneName: labels.name,
        kindName: (k) => t(`kind.${k}`),
        words: {
          title: dataset.meta.title,
          period: t('export.pngPeriod', {
            from: formatShortDay(shownWindow.start),
            to: formatShortDay(shownWindow.end - 1),
            count: shown,
          }),
          selected:
            selected &&
            t('export.pngSelected', {
              title: selected.title,
              date: formatShortDay(selected.start),
            }),
          sources: t('export.pngSources'),
          footer: [t('appName'), link].filter(Boolean).join(' · '),
          dots: (count) => t('export.pngDots', { count }),
        },
      });
      downloadBlob(blob, file);
      setStatus(t('export.pngDone', { file, alt }));
    } catch {
      setStatus(t('export.failed'));
    }
  };

  return (
    // Escape closes the panel from wherever the focus is inside it.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="export-menu"
      ref={wrapper}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        type="button"
        ref={toggle}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen((o) => !o);
          setStatus('');
        }}
      >
        {t('export.open')}
      </button>
      <div
        id={id}
        className="export-panel"
        role="group"
        aria-label={t('export.label')}
        hidden={!open}
      >
        <p className="hint">{t('export.count', { count: events.length })}</p>
        <button type="button" onClick={exportCsv}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={exportJson}>
          {t('export.json')}
        </button>
        <button type="button" onClick={exportTimelineJs}>
          {t('export.timelinejs')}
        </button>
        <button type="button" onClick={exportCsvTemplate}>
          {t('export.csvTemplate')}
        </button>
        <button type="button" onClick={() => void exportPng()}>
          {t('export.png')}
        </button>
        <p className="export-status" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
