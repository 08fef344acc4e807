import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/** A button that opens a dialog (mounted while open) and takes the focus back when it closes. */
export function DialogButton({
  label,
  dialog,
}: {
  label: string;
  dialog: (close: () => void) => ReactNode;
}) {
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
        {label}
      </button>
      {open ? dialog(close) : null}
    </>
  );
}
