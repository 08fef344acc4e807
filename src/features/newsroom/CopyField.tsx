import { useId, useRef, type ReactNode } from 'react';
import { useCopy } from './use-copy';
import { useT } from '../../i18n/use-t';

/**
 * A read-only text (one line or several) with a Copy button and its confirmation. If copying is
 * refused the text is selected, so Ctrl+C finishes the job, and a hint says so.
 */
export function CopyField({
  label,
  value,
  buttonLabel,
  multiline = false,
  children,
}: {
  label: string;
  value: string;
  buttonLabel: string;
  multiline?: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const { state, copy } = useCopy();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const onCopy = async () => {
    if (await copy(value)) return;
    // Refused: the text, selected and focused, is one Ctrl+C away.
    field.current?.focus();
    field.current?.select();
  };
  const common = {
    id,
    ref: field,
    readOnly: true,
    value,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      e.currentTarget.select(),
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {multiline ? (
        <textarea rows={7} spellCheck={false} {...common} />
      ) : (
        <input type="text" {...common} />
      )}
      <div className="copy-row">
        <button type="button" onClick={() => void onCopy()}>
          {buttonLabel}
        </button>
        <span className="copy-status" role="status">
          {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
