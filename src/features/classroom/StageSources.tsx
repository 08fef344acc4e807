import type { Dataset, SourceId } from '../../domain/types';
import { resolveSources } from '../../domain/resolve-sources';
import { parseDay } from '../../domain/dates';
import { useFormatDate } from '../../i18n/use-format-date';
import { useT } from '../../i18n/use-t';

/** A slide's sources in one line a back row can read: publisher and date of each. */
export function StageSources({
  ids,
  dataset,
}: {
  ids: readonly SourceId[];
  dataset: Pick<Dataset, 'sourcesById'>;
}) {
  const t = useT();
  const { formatShortDay } = useFormatDate();
  const sources = resolveSources(ids, dataset);
  if (sources.length === 0) return null;
  return (
    <p className="stage-sources">
      <strong>{t('punct.labelled', { label: t('print.sources') })}</strong>{' '}
      {sources
        .map((s) => {
          const day = parseDay(s.date);
          return day === undefined ? s.publisher : `${s.publisher}, ${formatShortDay(day)}`;
        })
        .join(' · ')}
    </p>
  );
}
