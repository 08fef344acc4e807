import type { Dataset, Quote } from '../../domain/types';
import { originalInLanguage } from '../../domain/localise';
import { datasetLangOf } from '../../i18n/languages';
import { useContentLang } from '../../i18n/use-content-lang';
import { useFormatDate } from '../../i18n/use-format-date';
import { useLocalLabels } from '../../i18n/use-local-labels';
import { useT } from '../../i18n/use-t';
import { useParley } from '../../store/StoreContext';

/**
 * A quotation on paper: nothing to press. The original (Chinese, Russian, Ukrainian) is printed
 * only for a reader of that language, above the English; other readers get the English alone (the
 * screen keeps the original behind a toggle). The speaker is named in the reader's language.
 */
export function HandoutQuote({
  quote,
  dataset,
}: {
  quote: Quote;
  dataset: Pick<Dataset, 'actorsById' | 'sourcesById'>;
}) {
  const t = useT();
  const lang = useParley((s) => s.lang);
  const contentLang = useContentLang();
  const labels = useLocalLabels();
  const { formatDateRange } = useFormatDate();
  const original = originalInLanguage(quote, datasetLangOf(lang));
  const speaker = dataset.actorsById.get(quote.speaker);
  const source = dataset.sourcesById.get(quote.source);
  const originalSource = original && dataset.sourcesById.get(original.source);
  return (
    <figure className="quote">
      {original ? (
        <blockquote className="handout-original" cite={originalSource?.url} lang={original.lang}>
          <p>{original.text}</p>
        </blockquote>
      ) : null}
      <blockquote cite={source?.url} lang={contentLang}>
        {original ? <p className="quote-label">{t('quote.translation')}</p> : null}
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        {' — '}
        {speaker ? labels.name(speaker) : quote.speaker}
        {quote.date ? (
          <>
            , <time dateTime={quote.date}>{formatDateRange(quote.date)}</time>
          </>
        ) : null}
        {source ? ` · ${source.publisher}` : null}
        {quote.note ? <span className="quote-note"> ({quote.note})</span> : null}
        {originalSource
          ? ` · ${t('quote.originalSource', { publisher: originalSource.publisher })}`
          : null}
      </figcaption>
    </figure>
  );
}
