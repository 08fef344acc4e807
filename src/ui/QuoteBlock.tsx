import { useState } from 'react';
import type { Dataset, OriginalText, Quote } from '../domain/types';
import { originalInLanguage } from '../domain/localise';
import { datasetLangOf } from '../i18n/languages';
import { useContentLang } from '../i18n/use-content-lang';
import { useFormatDate } from '../i18n/use-format-date';
import { useLocalLabels } from '../i18n/use-local-labels';
import { useT } from '../i18n/use-t';
import { useParley } from '../store/StoreContext';
import { OriginalQuote, originalLanguageName } from './OriginalQuote';

type QuoteData = Pick<Dataset, 'actorsById' | 'sourcesById'>;

/**
 * A verbatim quote with its speaker, date and source. A quote spoken in Chinese, Russian or
 * Ukrainian carries its original: shown first when it is in the reader's language (the English
 * after it), otherwise behind a "Show the original" toggle.
 */
export function QuoteBlock({ quote, dataset }: { quote: Quote; dataset: QuoteData }) {
  const t = useT();
  const lang = useParley((s) => s.lang);
  const contentLang = useContentLang();
  const [open, setOpen] = useState(false);
  const original = quote.original;
  const ownLanguage = originalInLanguage(quote, datasetLangOf(lang)) !== undefined;
  const source = dataset.sourcesById.get(quote.source);
  return (
    <figure className="quote">
      {original && ownLanguage ? <OriginalQuote original={original} dataset={dataset} /> : null}
      <blockquote cite={source?.url} lang={contentLang}>
        {original && ownLanguage ? <p className="quote-label">{t('quote.translation')}</p> : null}
        <p>{quote.text}</p>
      </blockquote>
      <QuoteCaption quote={quote} dataset={dataset} />
      {original && !ownLanguage ? (
        <OriginalToggle original={original} dataset={dataset} open={open} setOpen={setOpen} />
      ) : null}
    </figure>
  );
}

function QuoteCaption({ quote, dataset }: { quote: Quote; dataset: QuoteData }) {
  const { formatDateRange } = useFormatDate();
  const labels = useLocalLabels();
  const speaker = dataset.actorsById.get(quote.speaker);
  const source = dataset.sourcesById.get(quote.source);
  return (
    <figcaption>
      — {speaker ? labels.name(speaker) : quote.speaker}
      {quote.date ? (
        <>
          , <time dateTime={quote.date}>{formatDateRange(quote.date)}</time>
        </>
      ) : null}
      {source ? <span className="quote-source"> · {source.publisher}</span> : null}
      {quote.note ? <span className="quote-note"> ({quote.note})</span> : null}
    </figcaption>
  );
}

function OriginalToggle({
  original,
  dataset,
  open,
  setOpen,
}: {
  original: OriginalText;
  dataset: QuoteData;
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const t = useT();
  return (
    <div className="quote-original-toggle">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('quote.hideOriginal') : t('quote.showOriginal')} (
        {originalLanguageName(t, original)})
      </button>
      {open ? <OriginalQuote original={original} dataset={dataset} /> : null}
    </div>
  );
}
