import { nameOf, useLocalLabels } from '../../i18n/use-local-labels';
import type { Dataset, Vote } from '../../domain/types';
import { useT } from '../../i18n/use-t';

/** A UN vote: the counts, the outcome, and how each tracked actor voted. */
export function VoteResult({
  vote,
  dataset,
}: {
  vote: Vote;
  dataset: Pick<Dataset, 'actorsById'>;
}) {
  const t = useT();
  const labels = useLocalLabels();
  const name = (id: string) => nameOf(dataset.actorsById.get(id as never), labels) ?? id;
  const outcome = vote.vetoedBy.length
    ? t('vote.vetoedBy', { names: vote.vetoedBy.map(name).join(', ') })
    : t(vote.adopted ? 'vote.adopted' : 'vote.notAdopted');
  return (
    <div className="vote">
      <p className="vote-outcome">
        <strong>{vote.body === 'UNGA' ? 'UN General Assembly' : 'UN Security Council'}</strong>,{' '}
        {vote.document}: {outcome}
      </p>
      <dl className="vote-counts">
        <div>
          <dt>{t('vote.yes')}</dt>
          <dd>{vote.yes}</dd>
        </div>
        <div>
          <dt>{t('vote.no')}</dt>
          <dd>{vote.no}</dd>
        </div>
        <div>
          <dt>{t('vote.abstain')}</dt>
          <dd>{vote.abstain}</dd>
        </div>
        {vote.absent !== undefined ? (
          <div>
            <dt>{t('vote.absent')}</dt>
            <dd>{vote.absent}</dd>
          </div>
        ) : null}
      </dl>
      {vote.votes.length ? (
        <ul className="vote-by-actor" aria-label={t('vote.byActor')}>
          {vote.votes.map((v) => (
            <li key={v.actor} className={`vote-choice vote-${v.vote}`}>
              <span>{name(v.actor)}</span> <span>{t(`vote.${v.vote}`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
