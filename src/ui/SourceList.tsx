import type { Dataset, Source, SourceId } from '../domain/types';
import { resolveSources } from '../domain/resolve-sources';
import { useFormatDate } from '../i18n/use-format-date';
import { useT } from '../i18n/use-t';

/**
 * Citations: publisher (and what kind of publisher), title and date, linked only where the
 * dataset knows the real address; reprints of the same text follow as "also carried by".
 */
export function SourceList({
  ids,
  dataset,
}: {
  ids: readonly SourceId[];
  dataset: Pick<Dataset, 'sourcesById'>;
}) {
  const t = useT();
  return (
    <ol className="sources">
      {resolveSources(ids, dataset).map((s) => {
        const reprints = resolveSources(s.alsoCarriedBy, dataset);
        return (
          <li key={s.id}>
            <Citation source={s} />
            {reprints.length ? (
              <span className="source-reprints">
                {' '}
                {t('source.alsoCarriedBy')}{' '}
                {reprints.map((r, i) => (
                  <span key={r.id}>
                    {i ? '; ' : null}
                    <Citation source={r} />
                  </span>
                ))}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function Citation({ source: s }: { source: Source }) {
  const { formatDateRange } = useFormatDate();
  const t = useT();
  return (
    <>
      <span className="source-publisher">{s.publisher}</span>
      {s.publisherKind ? (
        <span className="source-kind"> ({t(`source.kind.${s.publisherKind}`)})</span>
      ) : null}
      ,{' '}
      {s.url ? (
        <a href={s.url} target="_blank" rel="noopener noreferrer">
          {s.title}
        </a>
      ) : (
        <cite>{s.title}</cite>
      )}
      , <time dateTime={s.date}>{formatDateRange(s.date)}</time>
      {s.note ? <span className="source-note"> ({s.note})</span> : null}
    </>
  );
}
