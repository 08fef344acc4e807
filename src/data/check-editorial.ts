/**
 * Integrity rules added with the sourcing and membership data: reprints that resolve, drafts that
 * are not "authored" by the member who vetoed them, summaries in a neutral voice, and UN
 * memberships that fit the body and the votes recorded. Called by `checkIntegrity`.
 */
import type { WireDataset } from './schema';
import { BODY_SIZE } from './body-size';
import { ownVoiceJudgements } from './check-voice';

type Report = (path: string, message: string) => void;
type Has = (kind: 'sources' | 'actors', id: string) => boolean;

export function checkEditorial(data: WireDataset, has: Has, report: Report): void {
  checkReprints(data, has, report);
  checkVetoAuthors(data, report);
  checkVoice(data, report);
  checkMemberships(data, has, report);
}

function checkReprints(data: WireDataset, has: Has, report: Report): void {
  data.sources.forEach((s, i) =>
    s.alsoCarriedBy?.forEach((r, j) => {
      const p = `sources[${i}].alsoCarriedBy[${j}]`;
      if (r === s.id) report(p, 'names the source itself');
      else if (!has('sources', r)) report(p, `refers to unknown source "${r}"`);
    }),
  );
}

function checkVetoAuthors(data: WireDataset, report: Report): void {
  data.events.forEach((e, i) => {
    const vetoes = new Set(e.vote?.vetoedBy ?? []);
    e.actors.forEach((a, j) => {
      if (a.role === 'author' && vetoes.has(a.actor))
        report(
          `events[${i}].actors[${j}].role`,
          `makes "${a.actor}" the author of a draft it vetoed; give it another role (e.g. "target")`,
        );
    });
  });
}

function checkVoice(data: WireDataset, report: Report): void {
  const check = (text: string, path: string) => {
    const words = ownVoiceJudgements(text);
    if (words.length)
      report(
        path,
        `judges in the dataset's own voice (${words.map((w) => `"${w}"`).join(', ')}); quote or attribute it`,
      );
  };
  data.events.forEach((e, i) => check(e.summary, `events[${i}].summary`));
  data.positions.forEach((p, i) => check(p.summary, `positions[${i}].summary`));
  data.documents.forEach((d, i) => {
    d.points.forEach((pt, j) => check(pt.summary, `documents[${i}].points[${j}].summary`));
    d.reactions.forEach((r, j) => check(r.summary, `documents[${i}].reactions[${j}].summary`));
  });
}

function checkMemberships(data: WireDataset, has: Has, report: Report): void {
  const list = data.memberships ?? [];
  list.forEach((m, i) => {
    const p = `memberships[${i}]`;
    if (m.end < m.start) report(`${p}.end`, 'is before the start');
    if (m.members.length !== BODY_SIZE[m.body])
      report(
        `${p}.members`,
        `names ${m.members.length} members; the ${m.body} has ${BODY_SIZE[m.body]}`,
      );
    const names = new Set<string>();
    m.members.forEach((x, j) => {
      if (names.has(x.name)) report(`${p}.members[${j}].name`, `repeats "${x.name}"`);
      names.add(x.name);
      if (x.actor && !has('actors', x.actor))
        report(`${p}.members[${j}].actor`, `refers to unknown actor "${x.actor}"`);
    });
    m.sources.forEach((s, j) => {
      if (!has('sources', s)) report(`${p}.sources[${j}]`, `refers to unknown source "${s}"`);
    });
    list.slice(0, i).forEach((o, k) => {
      if (o.body === m.body && o.start <= m.end && m.start <= o.end)
        report(p, `overlaps memberships[${k}] of the same body`);
    });
  });
  checkVotersAreMembers(data, report);
}

function checkVotersAreMembers(data: WireDataset, report: Report): void {
  const list = data.memberships ?? [];
  data.events.forEach((e, i) => {
    const v = e.vote;
    if (!v) return;
    const m = list.find((x) => x.body === v.body && x.start <= e.date && e.date <= x.end);
    if (!m) return;
    const seated = new Set(m.members.flatMap((x) => (x.actor ? [x.actor] : [])));
    v.votes.forEach((c, j) => {
      if (!seated.has(c.actor))
        report(
          `events[${i}].vote.votes[${j}].actor`,
          `records a vote by "${c.actor}", not a ${v.body} member on ${e.date}`,
        );
    });
  });
}
