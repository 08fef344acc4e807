import { useLocalLabels } from '../../i18n/use-local-labels';
import { useMemo } from 'react';
import { useContentLang } from '../../i18n/use-content-lang';
import { useFormatDate } from '../../i18n/use-format-date';
import { stanceHistory } from '../../domain/stance-as-of';
import type { ActorId, Dataset, EventId, Millis, Topic } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { EvidenceLinks } from '../../ui/EvidenceLinks';
import { QuoteBlock } from '../../ui/QuoteBlock';
import { StanceBadge } from '../../ui/StanceBadge';
import { StanceHistory } from './StanceHistory';

/** An actor's stance on one topic as of the day, its evidence, and how it was recorded over time. */
export function TopicPosition({
  actor,
  topic,
  day,
  dataset,
  onSelectEvent,
}: {
  actor: ActorId;
  topic: Topic;
  day: Millis;
  dataset: Dataset;
  onSelectEvent: (id: EventId) => void;
}) {
  const { formatShortDay } = useFormatDate();
  const t = useT();
  const contentLang = useContentLang();
  const labels = useLocalLabels();
  const title = labels.topicTitle(topic);
  const history = useMemo(
    () => stanceHistory(dataset.positions, actor, topic.id),
    [dataset, actor, topic.id],
  );
  // The last record on or before the day: what stanceAsOf returns, read off the sorted history.
  const current = history.findLast((h) => h.position.time <= day)?.position;
  return (
    <li className="topic-position">
      <h4 title={labels.proposition(topic).text} lang={title.lang}>
        {title.text}
      </h4>
      <p className="topic-stance">
        <StanceBadge stance={current?.stance} />
        {current ? (
          <span className="stance-since">
            {t('stance.since', { date: formatShortDay(current.time) })}
          </span>
        ) : null}
      </p>
      {current ? (
        <>
          <p className="topic-summary" lang={contentLang}>
            {current.summary}
          </p>
          {current.evidence.quote ? (
            <QuoteBlock quote={current.evidence.quote} dataset={dataset} />
          ) : null}
          <EvidenceLinks
            ids={current.evidence.events}
            dataset={dataset}
            onSelectEvent={onSelectEvent}
          />
        </>
      ) : (
        <p className="topic-summary muted">{t('actor.noRecord')}</p>
      )}
      <StanceHistory
        label={t('actor.history', { topic: title.text })}
        entries={history}
        current={current}
        day={day}
        onSelectEvent={onSelectEvent}
      />
    </li>
  );
}
