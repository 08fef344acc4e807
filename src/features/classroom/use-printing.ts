import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Whether the page is being printed: print media, or between `beforeprint` and `afterprint`. */
function printMedia(): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
}

/**
 * True while the page prints. The handout is rendered only then: at 10,000 events it is some
 * 170,000 elements that the screen never shows. `beforeprint` (Ctrl+P, the Print button) is
 * dispatched before the browser lays out the pages, so the render is flushed synchronously; print
 * emulation (a PDF made by a headless browser) arrives as a change of the `print` media query.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printMedia()?.matches ?? false);
  useEffect(() => {
    const set = (on: boolean) => flushSync(() => setPrinting(on));
    const on = () => set(true);
    const off = () => set(printMedia()?.matches ?? false);
    const media = printMedia();
    const onMedia = (e: MediaQueryListEvent) => set(e.matches);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
}
