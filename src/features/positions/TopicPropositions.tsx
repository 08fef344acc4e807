import { useLocalLabels } from '../../i18n/use-local-labels';
import type { Topic } from '../../domain/types';
import { useT } from '../../i18n/use-t';

/** What "supports" and "opposes" refer to: each topic's proposition. */
export function TopicPropositions({ topics }: { topics: readonly Topic[] }) {
  const t = useT();
  const labels = useLocalLabels();
  return (
    <section className="propositions" aria-labelledby="propositions-title">
      <h3 id="propositions-title">{t('matrix.propositions')}</h3>
      <dl>
        {topics.map((topic) => {
          const title = labels.topicTitle(topic);
          const proposition = labels.proposition(topic);
          return (
            <div key={topic.id}>
              <dt lang={title.lang}>{title.text}</dt>
              <dd lang={proposition.lang}>{proposition.text}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
