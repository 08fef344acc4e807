import { useContentLang } from '../../i18n/use-content-lang';
import { nameOf, useLocalLabels } from '../../i18n/use-local-labels';
import { useFormatDate } from '../../i18n/use-format-date';
import type { Actor, EventId, Membership } from '../../domain/types';
import { missingVoteReason } from '../../domain/membership';
import type { VoteRow } from '../../domain/vote-table';
import { useT } from '../../i18n/use-t';
import { VoteMark } from './VoteMark';

/** One vote: date and title (selects the event), body and document, result, and each vote. */
export function VoteRowView({
  row,
  voters,
  memberships = [],
  onSelect,
}: {
  row: VoteRow;
  voters: readonly Actor[];
  /** Who sat on the body: a missing vote of a non-member reads "not a member". */
  memberships?: readonly Membership[];
  onSelect: (id: EventId) => void;
}) {
  const { formatShortDay } = useFormatDate();
  const t = useT();
  const labels = useLocalLabels();
  const contentLang = useContentLang();
  const { event, vote } = row;
  const vetoers = vote.vetoedBy.map(
    (id) =>
      nameOf(
        voters.find((a) => a.id === id),
        labels,
      ) ?? id,
  );
  const outcome = vetoers.length
    ? t('vote.vetoedBy', { names: vetoers.join(', ') })
    : t(vote.adopted ? 'vote.adopted' : 'vote.notAdopted');
  const outcomeTone = vetoers.length ? 'vetoed' : vote.adopted ? 'adopted' : 'failed';
  return (
    <tr>
      <th scope="row">
        <time dateTime={event.date}>{formatShortDay(event.start)}</time>
        <button
          type="button"
          className="link-button"
          lang={contentLang}
          onClick={() => onSelect(event.id)}
        >
          {event.title}
        </button>
      </th>
      <td className="vote-body">
        <span>{t(`votes.${vote.body}`)}</span>
        <span className="vote-document">{vote.document}</span>
      </td>
      <td className="vote-result">
        <span className="vote-tally">
          {vote.yes}–{vote.no}–{vote.abstain}
        </span>
        <span className={`vote-outcome-tag outcome-${outcomeTone}`}>{outcome}</span>
      </td>
      {voters.map((a) => (
        <td key={a.id} className="vote-cell">
          <VoteMark
            vote={
              row.choices.get(a.id) ?? missingVoteReason(memberships, vote.body, event.start, a.id)
            }
          />
        </td>
      ))}
    </tr>
  );
}
