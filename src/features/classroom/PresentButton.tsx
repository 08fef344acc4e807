import { useEffect, useRef } from 'react';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';

/** Enters presentation mode (full screen, large type, clicker keys); has the focus back after. */
export function PresentButton() {
  const t = useT();
  const presenting = useParley((s) => s.presenting);
  const setPresenting = useParley((s) => s.setPresenting);
  const button = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    if (wasPresenting.current && !presenting) button.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
  return (
    <button
      ref={button}
      type="button"
      title={t('present.startHint')}
      onClick={() => setPresenting(true)}
    >
      {t('present.start')}
    </button>
  );
}
