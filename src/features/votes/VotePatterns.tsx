import { useLocalLabels } from '../../i18n/use-local-labels';
import { votePattern, type VotePattern } from '../../domain/vote-table';
import type { Actor, Dataset } from '../../domain/types';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';

const CHOICES = ['abstain', 'no', 'yes'] as const;
const GAPS = ['absent', 'notRecorded'] as const;

/**
 * "7 abstentions, 2 against, 1 in favour, 1 not voting": the votes cast, most frequent first,
 * then the votes missed and those with no record; zero counts left out.
 */
export function describePattern(t: Translate, p: VotePattern): string {
  return [...[...CHOICES].sort((a, b) => p[b] - p[a]), ...GAPS]
    .filter((k) => p[k] > 0)
    .map((k) =>
      k === 'abstain' && p[k] === 1
        ? t('votes.count.abstainOne')
        : t(`votes.count.${k}`, { count: p[k] }),
    )
    .join(', ');
}

/**
 * Each leading actor's voting pattern in words, the first (China) given pride of place: the
 * question a student brings to this view is "how did China vote?".
 */
export function VotePatterns({
  actors,
  dataset,
}: {
  actors: readonly Actor[];
  dataset: Pick<Dataset, 'events' | 'actorsById' | 'meta'>;
}) {
  const t = useT();
  const labels = useLocalLabels();
  const [first, ...rest] = actors;
  if (!first) return null;
  return (
    <section className="vote-patterns" aria-labelledby="pattern-title">
      <h3 id="pattern-title">{t('votes.patternOf', { name: first.name })}</h3>
      <p className="pattern-lead">
        <strong>{labels.name(first)}:</strong> {describePattern(t, votePattern(dataset, first.id))}.
      </p>
      {rest.length > 0 ? (
        <>
          <h4>{t('votes.otherPatterns')}</h4>
          <dl className="pattern-list">
            {rest.map((a) => (
              <div key={a.id}>
                <dt>{labels.name(a)}</dt>
                <dd>{describePattern(t, votePattern(dataset, a.id))}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
