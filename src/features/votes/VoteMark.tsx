import type { VoteChoice } from '../../domain/vocabulary';
import { useT } from '../../i18n/use-t';
import { Cue } from '../../ui/Cue';

export type VoteMarkKind = VoteChoice | 'notRecorded' | 'notMember';

/**
 * A vote as an abbreviation on a coloured disc (Y, N, A, —, · for no record and ∅ for no seat), with the word
 * for screen readers; a legend beside the table explains the letters to sighted readers.
 */
export function VoteMark({ vote, showLabel = false }: { vote: VoteMarkKind; showLabel?: boolean }) {
  const t = useT();
  return (
    <Cue
      tone={vote}
      symbol={t(`vote.abbr.${vote}`)}
      label={t(`vote.${vote}`)}
      hideLabel={!showLabel}
    />
  );
}
