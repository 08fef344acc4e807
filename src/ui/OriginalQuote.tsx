import type { Dataset, OriginalText } from '../domain/types';
import { primaryLanguage } from '../domain/localise';
import type { Translate } from '../i18n/translate';
import { useT } from '../i18n/use-t';

/** The name of an original's language, in the reader's language ("Chinese", "китайский"). */
export function originalLanguageName(t: Translate, original: OriginalText): string {
  const code = primaryLanguage(original.lang);
  return code === 'zh' || code === 'ru' || code === 'uk'
    ? t(`quote.lang.${code}`)
    : t('quote.lang.other');
}

/** A quote's original-language text, marked with its language, and the page it was read on. */
export function OriginalQuote({
  original,
  dataset,
}: {
  original: OriginalText;
  dataset: Pick<Dataset, 'sourcesById'>;
}) {
  const t = useT();
  const source = dataset.sourcesById.get(original.source);
  const language = originalLanguageName(t, original);
  return (
    <div className="quote-original">
      <p className="quote-label">{t('quote.original', { language })}</p>
      <blockquote cite={source?.url} lang={original.lang}>
        <p>{original.text}</p>
      </blockquote>
      {source ? (
        <p className="quote-source">
          {source.url ? (
            <a href={source.url}>{t('quote.originalSource', { publisher: source.publisher })}</a>
          ) : (
            t('quote.originalSource', { publisher: source.publisher })
          )}
        </p>
      ) : null}
    </div>
  );
}
