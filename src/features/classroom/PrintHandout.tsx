import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import { eventsInWindow } from '../../domain/handout-figure';
import { useParley } from '../../store/StoreContext';
import { useShownEvents } from '../../store/use-derived';
import { useT } from '../../i18n/use-t';
import { HandoutEvent } from './HandoutEvent';
import { HandoutFigure } from './HandoutFigure';
import { HandoutHeader } from './HandoutHeader';
import { pageCounterContent } from './page-counter';
import { usePrinting } from './use-printing';
import './print.css';

/**
 * The printed handout: all that prints (see print.css), and rendered only while printing
 * (`usePrinting`), so the screen never carries it. `appendix` follows the events on a page of
 * its own (the quiz's questions for discussion).
 */
export function PrintHandout({ appendix }: { appendix?: ReactNode }) {
  return usePrinting() ? <Handout appendix={appendix} /> : null;
}

/** What the screen shows, on paper: the shown events (filters and search) in the window. */
function Handout({ appendix }: { appendix?: ReactNode }) {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const window = useParley((s) => s.window);
  const shown = useShownEvents();
  const events = useMemo(() => eventsInWindow(shown, window), [shown, window]);
  const pageNumbers = `@page { @bottom-center { content: ${pageCounterContent(t('print.page'))}; } }`;
  useAdoptedStyle(pageNumbers);
  return (
    <article className="print-handout" aria-label={t('print.label')}>
      <HandoutHeader count={events.length} window={window} />
      {events.length ? (
        <>
          <HandoutFigure events={events} window={window} />
          <ol className="handout-events">
            {events.map((e, i) => (
              <li key={e.id}>
                <HandoutEvent event={e} n={i + 1} dataset={dataset} />
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{t('print.none')}</p>
      )}
      {appendix}
    </article>
  );
}

/**
 * A rule adopted by the document while the handout is mounted, through the CSS object model (a
 * constructed stylesheet): a `<style>` element would be inline style, which the app's Content
 * Security Policy (`style-src 'self'`) blocks.
 */
function useAdoptedStyle(css: string): void {
  useLayoutEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
