import type { MouseEvent } from 'react';
import { useParley } from '../store/StoreContext';
import { useT } from '../i18n/use-t';
import { TIMELINE_ID } from '../features/timeline/timeline-id';

/**
 * "Skip to timeline", the first Tab stop: focus goes to the timeline, which passes it on to its
 * current item (item-keys.ts). Without rewriting the address: the URL belongs to url-sync.
 */
export function SkipLink() {
  const t = useT();
  const shown = useParley((s) => s.view === 'timeline' && !s.presenting);
  if (!shown) return null;
  const skip = (e: MouseEvent) => {
    e.preventDefault();
    document.getElementById(TIMELINE_ID)?.focus();
  };
  return (
    <a className="skip-link" href={`#${TIMELINE_ID}`} onClick={skip}>
      {t('timeline.skip')}
    </a>
  );
}
