import type { LoadProgress as Progress } from '../data/fetch-dataset';
import { translator } from '../i18n/translate';
import { LoadingLine } from './LoadingLine';

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

/**
 * What the app shows while the dataset loads: a plain "Loading…" at first, then, for a file large
 * enough to take a while, the megabytes received and a bar, then the number of events being
 * checked, in the language the link asks for.
 */
export function LoadProgress({ progress, lang }: { progress: Progress | null; lang: string }) {
  const t = translator(lang);
  if (!progress) return <LoadingLine lang={lang} />;
  if (progress.phase === 'check')
    return (
      <div className="loading" role="status">
        <p>
          {t('load.checking', {
            events: progress.events.toLocaleString(lang),
            size: mb(progress.bytes),
          })}
        </p>
        {progress.checked === undefined ? null : (
          <progress max={progress.events} value={progress.checked} aria-label={t('loading')} />
        )}
      </div>
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
