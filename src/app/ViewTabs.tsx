import { useParley } from '../store/StoreContext';
import { VIEWS } from '../store/types';
import { useT } from '../i18n/use-t';

/** Switches the main area between the timeline, the list and the positions views. */
export function ViewTabs() {
  const t = useT();
  const view = useParley((s) => s.view);
  const setView = useParley((s) => s.setView);
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          aria-current={v === view ? 'page' : undefined}
          onClick={() => setView(v)}
        >
          {t(`view.${v}`)}
        </button>
      ))}
    </nav>
  );
}
