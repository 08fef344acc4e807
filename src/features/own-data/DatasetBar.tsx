import { useT } from '../../i18n/use-t';
import { useParley } from '../../store/StoreContext';
import { useOwnData } from './own-data-context';
import './own-data.css';

/**
 * Says which dataset is shown when it is not the bundled one (a file the reader opened, or a
 * link's `data=`), with the way back to the bundled one. Nothing for the bundled dataset.
 */
export function DatasetBar() {
  const t = useT();
  const source = useParley((s) => s.source);
  const actions = useOwnData();
  if (source.kind === 'bundled') return null;
  return (
    <section className="dataset-bar" aria-label={t('ownData.label')}>
      <p>
        {source.kind === 'file'
          ? t('ownData.fromFile', { name: source.name })
          : t('ownData.fromUrl', { url: source.url })}
      </p>
      {actions ? (
        <button type="button" onClick={actions.showBundled}>
          {t('ownData.bundled')}
        </button>
      ) : null}
    </section>
  );
}
