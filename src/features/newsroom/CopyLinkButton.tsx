import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { useCopy } from './use-copy';
import { useViewUrl } from './use-view-url';

/**
 * "Copy link": the full app's address of the current view, to the clipboard, with a visible
 * "Copied". If the browser refuses, the link appears selected in a field to copy by hand
 * (Escape or × closes it).
 */
export function CopyLinkButton() {
  const t = useT();
  const url = useViewUrl();
  const { state, copy, reset } = useCopy();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state !== 'failed') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);
  const close = () => {
    reset();
    button.current?.focus();
  };
  return (
    <div className="copy-link">
      <button type="button" ref={button} onClick={() => void copy(url)}>
        {t('share.copyLink')}
      </button>
      <span className="copy-status" role="status">
        {state === 'copied' ? t('share.copied') : ''}
      </span>
      {state === 'failed' ? (
        // Escape closes the field, as it would a popover; the keys land on the input inside.
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions
        <div className="copy-fallback" onKeyDown={(e) => e.key === 'Escape' && close()}>
          <label htmlFor={fieldId}>{t('share.linkFallback')}</label>
          <input
            id={fieldId}
            ref={field}
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="hint">{t('share.copyFailed')}</p>
          <button
            type="button"
            className="copy-fallback-close"
            onClick={close}
            aria-label={t('close')}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
