import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { CopyField } from './CopyField';
import { EmbedCode } from './EmbedCode';
import { currentAppUrl, useUrlView, useViewUrl } from './use-view-url';
import { eventPageUrl } from './embed-snippet';

/**
 * The share dialog, modal: the link to the current view, and the embed code. Mounted while open;
 * Escape, the × button and a click on the backdrop close it (the opener gets the focus back).
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const url = useViewUrl();
  const { event } = useUrlView();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // showModal traps the focus and makes the page behind inert; jsdom lacks it.
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
  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby="share-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="share-dialog-body">
        <header className="share-dialog-header">
          <h2 id="share-dialog-title">{t('share.title')}</h2>
          <button type="button" className="share-close" onClick={onClose} aria-label={t('close')}>
            ×
          </button>
        </header>
        <section className="share-section">
          <CopyField label={t('share.link')} value={url} buttonLabel={t('share.copyLink')} />
          {event && (
            <CopyField
              label={t('share.eventPage')}
              value={eventPageUrl(currentAppUrl(), event)}
              buttonLabel={t('share.copyEventPage')}
            />
          )}
        </section>
        <EmbedCode />
      </div>
    </dialog>
  );
}
