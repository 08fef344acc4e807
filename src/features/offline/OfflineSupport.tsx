import { useEffect, useState, useSyncExternalStore } from 'react';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { useFormatDate } from '../../i18n/use-format-date';
import { subscribeWorkerStatus, workerStatus } from './worker-status';
import './offline.css';

/** The worker's file, next to index.html (so it works under any sub-path). */
const WORKER_URL = 'sw.js';

/** Reloads the page (into the version that just took over). */
function reload(): void {
  // Reloading neither reads nor writes the address: src/url has nothing to say about it.
  // eslint-disable-next-line no-restricted-properties
  window.location.reload();
}

/**
 * Offline support: registers the service worker in the built app (never in an embed, whose host
 * page must not get a worker), says so when the dataset shown is the saved copy, and offers a
 * reload when a new version is ready, without blocking anything.
 */
export function OfflineSupport() {
  const t = useT();
  const { formatDay } = useFormatDate();
  const embed = useParley((s) => s.embed);
  const addNotice = useParley((s) => s.addNotice);
  const status = useSyncExternalStore(subscribeWorkerStatus, workerStatus);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (embed || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    void import('./register-worker').then((m) => m.registerWorker(WORKER_URL));
  }, [embed]);
  const fromCache = status.datasetFromCache;
  useEffect(() => {
    if (!fromCache) return;
    const message = fromCache.savedAt
      ? t('offline.savedCopy', { date: formatDay(Date.parse(fromCache.savedAt)) })
      : t('offline.appCopy');
    addNotice({ id: 'offline-dataset', message });
  }, [fromCache, addNotice, t, formatDay]);
  if (!status.updateReady || dismissed) return null;
  return (
    <div className="update-notice" role="status">
      <p>{t('offline.update')}</p>
      <button
        type="button"
        onClick={() => void import('./register-worker').then((m) => m.reloadIntoUpdate(reload))}
      >
        {t('offline.reload')}
      </button>
      <button
        type="button"
        aria-label={`${t('close')}: ${t('offline.update')}`}
        onClick={() => setDismissed(true)}
      >
        ×
      </button>
    </div>
  );
}
