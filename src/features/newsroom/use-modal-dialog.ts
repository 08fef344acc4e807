import { useEffect, useRef } from 'react';

/**
 * Opens a `<dialog>` as a modal while mounted: `showModal` traps the focus and makes the page
 * behind inert; the first Copy button gets the focus; Escape and a click on the backdrop call
 * `onClose`. Returns the ref to put on the `<dialog>`.
 */
export function useModalDialog(onClose: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // jsdom lacks showModal.
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
    d.querySelector<HTMLElement>('.copy-field button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      onClose();
    };
    // A click on the backdrop lands on the dialog itself (its body fills the box): close.
    const onClick = (e: MouseEvent) => e.target === d && onClose();
    d.addEventListener('keydown', onKey);
    d.addEventListener('click', onClick);
    return () => {
      d.removeEventListener('keydown', onKey);
      d.removeEventListener('click', onClick);
    };
  }, [onClose]);
  return dialog;
}
