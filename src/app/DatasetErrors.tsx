import { useEffect, useState, type ReactNode } from 'react';
import type { DatasetProblem } from '../data/problems';
import { placePhrase } from '../data/problem-phrase';
import {
  loadProblemMessages,
  problemTranslator,
  type ProblemMessages,
} from '../i18n/problem-messages';
import { useTranslator } from '../i18n/use-t';

/**
 * The readable list of every problem in a dataset that failed to load. It renders without a
 * store (there is no dataset to build one from), so it takes its strings directly. Each problem
 * is written in the reader's language from its phrase; its place too, unless it is a JSON path
 * (the file's own keys, shown as they are). The problem messages load with the list (a chunk
 * per language); until they are in, the list is empty rather than English.
 */
export function DatasetErrors({
  problems,
  file,
  lang = 'en',
  onRetry,
  children,
}: {
  problems: readonly DatasetProblem[];
  file: string;
  lang?: string;
  /** Loads the file again (offered after a failed load: a timeout or a server error may pass). */
  onRetry?: () => void;
  /** What the reader can do next (open another file, go back to the bundled dataset). */
  children?: ReactNode;
}) {
  const t = useTranslator(lang);
  const [loaded, setLoaded] = useState<{ lang: string; messages: ProblemMessages }>();
  useEffect(() => {
    let live = true;
    void loadProblemMessages(lang).then((messages) => {
      if (live) setLoaded({ lang, messages });
    });
    return () => {
      live = false;
    };
  }, [lang]);
  const say = loaded?.lang === lang ? problemTranslator(loaded.messages, lang) : undefined;
  return (
    <main className="dataset-errors">
      <h1>{t('errors.title')}</h1>
      <p>
        {problems.length === 1
          ? t('errors.introOne', { file })
          : t('errors.intro', { file, count: problems.length })}
      </p>
      <ol aria-label={t('errors.problems')}>
        {say
          ? problems.map((p, i) => {
              const place = placePhrase(p.path);
              return (
                <li key={i}>
                  <code>{place ? say(place) : p.path}</code> {say(p.phrase)}
                </li>
              );
            })
          : null}
      </ol>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
      {children}
    </main>
  );
}
