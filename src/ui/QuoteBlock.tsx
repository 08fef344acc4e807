import type { Dataset, Quote } from '../domain/types';
import { useContentLang } from '../i18n/use-content-lang';
import { useFormatDate } from '../i18n/use-format-date';

/** A verbatim quote with its speaker, date and source. */
export function QuoteBlock({
  quote,
  dataset,
}: {
  quote: Quote;
  dataset: Pick<Dataset, 'actorsById' | 'sourcesById'>;
}) {
  const { formatDateRange } = useFormatDate();
  const contentLang = useContentLang();
  const speaker = dataset.actorsById.get(quote.speaker);
  const source = dataset.sourcesById.get(quote.source);
  return (
    <figure className="quote">
      <blockquote cite={source?.url} lang={contentLang}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        — {speaker?.name ?? quote.speaker}
        {quote.date ? (
          <>
            , <time dateTime={quote.date}>{formatDateRange(quote.date)}</time>
          </>
        ) : null}
        {source ? <span className="quote-source"> · {source.publisher}</span> : null}
        {quote.note ? <span className="quote-note"> ({quote.note})</span> : null}
      </figcaption>
    </figure>
  );
}
