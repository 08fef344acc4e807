import { useParley } from '../../store/StoreContext';
import { LOOKS } from '../../store/types';
import { useT } from '../../i18n/use-t';

/** The look of the slides: standard, high contrast, or a dark room (see presentation.css). */
export function PresentLooks() {
  const t = useT();
  const look = useParley((s) => s.look);
  const setLook = useParley((s) => s.setLook);
  return (
    <div className="present-looks" role="group" aria-label={t('present.look')}>
      {LOOKS.map((l) => (
        <button key={l} type="button" aria-pressed={l === look} onClick={() => setLook(l)}>
          {t(`present.look.${l}`)}
        </button>
      ))}
    </div>
  );
}
