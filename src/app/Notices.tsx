import { useParley } from '../store/StoreContext';
import { useT } from '../i18n/use-t';
import { say } from '../i18n/say';

/** Visible, dismissible notices (for example, parts of a link that were ignored). */
export function Notices() {
  const t = useT();
  const notices = useParley((s) => s.notices);
  const dismiss = useParley((s) => s.dismissNotice);
  return (
    <div className="notices" role="status">
      {notices.map((n) => {
        const message = say(t, n.message);
        return (
          <div key={n.id} className="notice">
            <p>{message}</p>
            {n.details?.length ? (
              <ul>
                {n.details.map((d, i) => (
                  <li key={i}>{say(t, d)}</li>
                ))}
              </ul>
            ) : null}
            <button
              type="button"
              onClick={() => dismiss(n.id)}
              aria-label={`${t('close')}: ${message}`}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
