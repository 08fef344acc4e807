import type { Topic } from '../../domain/types';
import { useContentLang } from '../../i18n/use-content-lang';
import { useT } from '../../i18n/use-t';

/** What "supports" and "opposes" refer to: each topic's proposition. */
export function TopicPropositions({ topics }: { topics: readonly Topic[] }) {
  const t = useT();
  const contentLang = useContentLang();
  return (
    <section className="propositions" aria-labelledby="propositions-title">
      <h3 id="propositions-title">{t('matrix.propositions')}</h3>
      <dl lang={contentLang}>
        {topics.map((topic) => (
          <div key={topic.id}>
            <dt>{topic.title}</dt>
            <dd>{topic.proposition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
