import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useParley } from '../../store/StoreContext';

/**
 * A projected slide must not scroll. When the stage's content does not fit (a long summary with
 * a long quote, at 1280×720), the quote is left off the slide (`data-crowded`, see
 * presentation.css) and becomes a step of its own (`stageQuote` 'apart', then 'shown': see
 * `advance`). Measured before paint, for each new content, on coming back from the quote and on
 * resize. A quote slide whose event is left (a click on the timeline) gives way to the new event.
 */
export function useFitStage(
  stage: RefObject<HTMLElement | null>,
  contentKey: string,
  hasQuote: boolean,
): void {
  const stageQuote = useParley((s) => s.stageQuote);
  const setStageQuote = useParley((s) => s.setStageQuote);
  const measuredKey = useRef(contentKey);
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el) return;
    if (stageQuote === 'shown') {
      if (measuredKey.current !== contentKey) setStageQuote('inline');
      return;
    }
    measuredKey.current = contentKey;
    const fit = () => setStageQuote(markCrowded(el) && hasQuote ? 'apart' : 'inline');
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [stage, contentKey, hasQuote, stageQuote, setStageQuote]);
}

/** Whether the stage overflows with everything on it; marks it so that the quote steps aside. */
function markCrowded(el: HTMLElement): boolean {
  el.removeAttribute('data-crowded');
  const crowded = el.scrollHeight > el.clientHeight + 1;
  if (crowded) el.setAttribute('data-crowded', '');
  return crowded;
}
