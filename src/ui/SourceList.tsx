import type { Dataset, SourceId } from '../domain/types';
import { resolveSources } from '../domain/resolve-sources';
import { useFormatDate } from '../i18n/use-format-date';

/** Citations: publisher, title and date, linked only where the dataset knows the real address. */
export function SourceList({
  ids,
  dataset,
}: {
  ids: readonly SourceId[];
  dataset: Pick<Dataset, 'sourcesById'>;
}) {
  const { formatDateRange } = useFormatDate();
  return (
    <ol className="sources">
      {resolveSources(ids, dataset).map((s) => {
        return (
          <li key={s.id}>
            <span className="source-publisher">{s.publisher}</span>,{' '}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              <cite>{s.title}</cite>
            )}
            , <time dateTime={s.date}>{formatDateRange(s.date)}</time>
            {s.note ? <span className="source-note"> ({s.note})</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
