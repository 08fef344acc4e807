import { useLayoutEffect, type RefObject } from 'react';

/**
 * A projected slide must not scroll. When the stage's content does not fit (a long summary with
 * a long quote, at 1280×720), the quote is left out (`data-crowded`, see presentation.css): the
 * full record is one Esc away in the detail panel. Measured before paint, for each new content
 * and on resize.
 */
export function useFitStage(stage: RefObject<HTMLElement | null>, contentKey: string): void {
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el) return;
    const fit = () => markCrowded(el);
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [stage, contentKey]);
}

function markCrowded(el: HTMLElement): void {
  el.removeAttribute('data-crowded');
  if (el.scrollHeight > el.clientHeight + 1) el.setAttribute('data-crowded', '');
}
