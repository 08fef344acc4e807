/**
 * Checks a recorded UN vote: the counts fit the body, the per-country list names known actors
 * once each, a veto is a "no", and the counts agree with the list. Where the list names every
 * member of the body, each count must equal the list's; where it names only some, no count may
 * be below the number of countries the list gives that vote.
 */
import type { WireVote } from './schema';
import { BODY_SIZE } from './body-size';
import { VOTE_CHOICES, type VoteChoice } from '../domain/vocabulary';
import type { Ref } from './integrity-ids';

import type { Report } from './problems';

export function checkVote(vote: WireVote, p: string, ref: Ref, report: Report): void {
  const size = BODY_SIZE[vote.body];
  const total = vote.yes + vote.no + vote.abstain + (vote.absent ?? 0);
  if (total > size) report(p, 'problem.tooManyVotes', { total, size, body: vote.body });
  const seen = new Set<string>();
  vote.votes.forEach((v, j) => {
    ref('actors', v.actor, `${p}.votes[${j}].actor`);
    if (seen.has(v.actor))
      report(`${p}.votes[${j}].actor`, 'problem.votedTwice', { actor: v.actor });
    seen.add(v.actor);
  });
  vote.vetoedBy?.forEach((a, j) => {
    ref('actors', a, `${p}.vetoedBy[${j}]`);
    const cast = vote.votes.find((v) => v.actor === a);
    if (cast && cast.vote !== 'no')
      report(`${p}.vetoedBy[${j}]`, 'problem.vetoNotNo', { actor: a, vote: cast.vote });
  });
  if (vote.vetoedBy?.length && vote.adopted) report(`${p}.adopted`, 'problem.adoptedVetoed');
  checkCountsAgainstList(vote, p, report);
}

function checkCountsAgainstList(vote: WireVote, p: string, report: Report): void {
  const listed = new Map<VoteChoice, number>(VOTE_CHOICES.map((c) => [c, 0]));
  vote.votes.forEach((v) => listed.set(v.vote, listed.get(v.vote)! + 1));
  const complete = new Set(vote.votes.map((v) => v.actor)).size >= BODY_SIZE[vote.body];
  for (const choice of VOTE_CHOICES) {
    const count = vote[choice] ?? 0;
    const inList = listed.get(choice)!;
    const countries = { key: 'problem.countries', vars: { count: inList } } as const;
    if (complete && count !== inList)
      report(`${p}.${choice}`, 'problem.countMismatch', {
        count,
        size: BODY_SIZE[vote.body],
        countries,
        choice,
      });
    else if (!complete && count < inList)
      report(`${p}.${choice}`, 'problem.countFewer', { count, countries, choice });
  }
}
