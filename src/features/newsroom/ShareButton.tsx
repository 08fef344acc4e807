import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { ShareDialog } from './ShareDialog';

/** "Share": opens the share dialog, and takes the focus back when it closes. */
export function ShareButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // After the dialog is gone: the page is no longer inert, so the focus can return.
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" ref={button} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('share.open')}
      </button>
      {open ? <ShareDialog onClose={close} /> : null}
    </>
  );
}
