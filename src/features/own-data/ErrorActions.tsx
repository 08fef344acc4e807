import type { Translate } from '../../i18n/translate';
import { FilePicker } from './FilePicker';
import { useOwnData } from './own-data-context';

/**
 * Under the problems of a dataset that could not be shown: open another file, or go back to the
 * bundled dataset. It renders without a store (there is no dataset), so it takes `t`.
 */
export function ErrorActions({ t }: { t: Translate }) {
  const actions = useOwnData();
  if (!actions) return null;
  return (
    <div className="error-actions">
      <p>{t('ownData.errorsHint')}</p>
      <FilePicker
        label={t('ownData.openAnother')}
        hint={t('ownData.openHint')}
        onFile={actions.openFile}
      />
      <button type="button" onClick={actions.showBundled}>
        {t('ownData.bundled')}
      </button>
    </div>
  );
}
