import type { LoadProgress as Progress } from '../data/fetch-dataset';
import { translator } from '../i18n/translate';

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

/**
 * What the app shows while the dataset loads: a plain "Loading…" at first, then, for a file large
 * enough to take a while, the megabytes received and a bar, then the number of events being
 * checked. (Before the dataset, there is no store and so no language choice yet: English.)
 */
export function LoadProgress({ progress }: { progress: Progress | null }) {
  const t = translator('en');
  if (!progress) return <p className="loading">{t('loading')}</p>;
  if (progress.phase === 'check')
    return (
      <p className="loading" role="status">
        {t('load.checking', {
          events: progress.events.toLocaleString('en'),
          size: mb(progress.bytes),
        })}
      </p>
    );
  const { loaded, total } = progress;
  return (
    <div className="loading" role="status">
      <p>
        {total
          ? t('load.downloading', { loaded: mb(loaded), total: mb(total) })
          : t('load.downloadingSize', { loaded: mb(loaded) })}
      </p>
      {total ? <progress max={total} value={loaded} aria-label={t('loading')} /> : null}
    </div>
  );
}
