import { useT } from '../../i18n/use-t';
import { CopyField } from './CopyField';
import { useModalDialog } from './use-modal-dialog';
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
  const dialog = useModalDialog(onClose);
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
