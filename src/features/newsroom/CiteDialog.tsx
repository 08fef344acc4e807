import { useState } from 'react';
import { citeView, type Citations } from '../../domain/cite-view';
import { useFormatDate } from '../../i18n/use-format-date';
import { useT } from '../../i18n/use-t';
import { useParley } from '../../store/StoreContext';
import { CopyField } from './CopyField';
import { useModalDialog } from './use-modal-dialog';
import { useViewUrl } from './use-view-url';

const STYLES: readonly (keyof Citations)[] = ['apa', 'chicago', 'mla', 'bibtex'];

/** The citation dialog, modal: the current view cited in each style, each with a Copy button. */
export function CiteDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { formatDay } = useFormatDate();
  const url = useViewUrl();
  const meta = useParley((s) => s.dataset.meta);
  const [accessed] = useState(() => Date.now());
  const dialog = useModalDialog(onClose);
  const citations = citeView({ title: meta.title, version: meta.updated, url, accessed });
  return (
    <dialog
      ref={dialog}
      className="share-dialog cite-dialog"
      aria-labelledby="cite-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="share-dialog-body">
        <header className="share-dialog-header">
          <h2 id="cite-dialog-title">{t('cite.title')}</h2>
          <button type="button" className="share-close" onClick={onClose} aria-label={t('close')}>
            ×
          </button>
        </header>
        <p className="hint">{t('cite.intro', { date: formatDay(accessed) })}</p>
        {STYLES.map((style) => (
          <section className="share-section" key={style}>
            <CopyField
              label={t(`cite.${style}`)}
              value={citations[style]}
              buttonLabel={t('cite.copy', { style: t(`cite.${style}`) })}
              multiline
            />
          </section>
        ))}
      </div>
    </dialog>
  );
}
