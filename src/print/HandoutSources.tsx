import type { Dataset, SourceId } from '../domain/types';
import { useFormatDate } from '../i18n/use-format-date';

/** Citations for paper: publisher, title, date and the address written out in full. */
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
      {ids.map((id) => {
        const s = dataset.sourcesById.get(id);
        if (!s) return null;
        return (
          <li key={id}>
            {s.publisher}, “{s.title}”, <time dateTime={s.date}>{formatDateRange(s.date)}</time>.
            {s.url ? <span className="handout-url"> {s.url}</span> : null}
            {s.note ? <span> ({s.note})</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
