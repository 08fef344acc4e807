import type { Dataset, SourceId } from '../../domain/types';
import { resolveSources } from '../../domain/resolve-sources';
import { useFormatDate } from '../../i18n/use-format-date';

/**
 * Citations for paper: publisher, title, date and the address written out in full. A source's
 * `note` is the editors' word on how the citation was made, not for the reader of a handout.
 */
export function HandoutSources({
  ids,
  dataset,
}: {
  ids: readonly SourceId[];
  dataset: Pick<Dataset, 'sourcesById'>;
}) {
  const { formatDateRange } = useFormatDate();
  return (
    <ol className="handout-sources">
      {resolveSources(ids, dataset).map((s) => {
        const date = formatDateRange(s.date);
        return (
          <li key={s.id}>
            {s.publisher}, “{s.title}”, <time dateTime={s.date}>{date}</time>
            {/* "21 марта 2023 г." already ends the sentence. */}
            {date.endsWith('.') ? null : '.'}
            {s.url ? <span className="handout-url"> {s.url}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
