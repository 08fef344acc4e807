import { useLocalLabels } from '../../i18n/use-local-labels';
import { useMemo } from 'react';
import { trackedVoters, votePattern, voteRows, type VotePattern } from '../../domain/vote-table';
import { VOTE_CHOICES } from '../../domain/vocabulary';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { VoteMark } from './VoteMark';
import { describePattern, VotePatterns } from './VotePatterns';
import { VoteRowView } from './VoteRowView';
import { ScrollRegion } from '../../ui/ScrollRegion';
import '../../ui/views.css';
import './votes.css';

/** Every UN vote in the dataset as a table: result and each tracked actor's vote, with patterns. */
export function VotesView() {
  const t = useT();
  const labels = useLocalLabels();
  const dataset = useParley((s) => s.dataset);
  const selectEvent = useParley((s) => s.selectEvent);
  const voters = useMemo(() => trackedVoters(dataset), [dataset]);
  const rows = useMemo(() => voteRows(dataset), [dataset]);
  const leading = voters.filter((a) => dataset.meta.defaults.voteColumns.includes(a.id));
  return (
    <section className="main-view positions-view votes-view" aria-labelledby="votes-title">
      <header className="view-header">
        <h2 id="votes-title">{t('votes.title')}</h2>
        <p className="view-intro">{t('votes.intro')}</p>
      </header>
      <VotePatterns actors={leading} dataset={dataset} />
      <ul className="legend" aria-label={t('votes.legend')}>
        {[...VOTE_CHOICES, 'notRecorded' as const, 'notMember' as const].map((v) => (
          <li key={v}>
            <VoteMark vote={v} showLabel />
          </li>
        ))}
      </ul>
      <ScrollRegion labelledBy="votes-caption">
        <table className="votes-table">
          <caption id="votes-caption">
            <span className="caption-text">{t('votes.caption', { count: rows.length })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('votes.vote')}</th>
              <th scope="col">{t('votes.body')}</th>
              <th scope="col">{t('votes.result')}</th>
              {voters.map((a) => (
                <th key={a.id} scope="col" className="voter">
                  {labels.shortName(a)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <VoteRowView
                key={row.event.id}
                row={row}
                voters={voters}
                memberships={dataset.memberships}
                onSelect={selectEvent}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('votes.pattern')}</th>
              <td colSpan={2} />
              {voters.map((a) => (
                <PatternCell key={a.id} pattern={votePattern(dataset, a.id)} />
              ))}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </section>
  );
}

/** An actor's counts under its column: marks with numbers, and the same in words for readers. */
function PatternCell({ pattern }: { pattern: VotePattern }) {
  const t = useT();
  return (
    <td className="pattern-cell">
      <span className="pattern-marks" aria-hidden="true">
        {VOTE_CHOICES.filter((v) => pattern[v] > 0).map((v) => (
          <span key={v} className="pattern-mark">
            <VoteMark vote={v} />
            {pattern[v]}
          </span>
        ))}
      </span>
      <span className="visually-hidden">{describePattern(t, pattern)}</span>
    </td>
  );
}
