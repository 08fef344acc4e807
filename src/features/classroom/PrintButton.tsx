import { useT } from '../../i18n/use-t';

/** Opens the browser's print dialog; what prints is the handout (see PrintHandout). */
export function PrintButton() {
  const t = useT();
  return (
    <button type="button" onClick={() => window.print()}>
      {t('print.button')}
    </button>
  );
}
