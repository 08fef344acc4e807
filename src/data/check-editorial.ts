/**
 * Integrity rules added with the sourcing and membership data: reprints that resolve, drafts that
 * are not "authored" by the member who vetoed them, summaries in a neutral voice, and UN
 * memberships that fit the body and the votes recorded. Called by `checkIntegrity`.
 */
import type { WireDataset } from './schema';
import { BODY_SIZE } from './body-size';
import { ownVoiceJudgements } from './check-voice';

import type { Report } from './problems';
const SOURCE = { key: 'problem.noun.source' } as const;
const ACTOR = { key: 'problem.noun.actor' } as const;

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
      if (r === s.id) report(p, 'problem.namesItself');
      else if (!has('sources', r)) report(p, 'problem.unknownRef', { noun: SOURCE, id: r });
    }),
  );
}

function checkVetoAuthors(data: WireDataset, report: Report): void {
  data.events.forEach((e, i) => {
    const vetoes = new Set(e.vote?.vetoedBy ?? []);
    e.actors.forEach((a, j) => {
      if (a.role === 'author' && vetoes.has(a.actor))
        report(`events[${i}].actors[${j}].role`, 'problem.vetoAuthor', { actor: a.actor });
    });
  });
}

function checkVoice(data: WireDataset, report: Report): void {
  const check = (text: string, path: string) => {
    const words = ownVoiceJudgements(text);
    if (words.length)
      report(path, 'problem.ownVoice', { words: words.map((w) => `"${w}"`).join(', ') });
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
    if (m.end < m.start) report(`${p}.end`, 'problem.membershipEnd');
    if (m.members.length !== BODY_SIZE[m.body])
      report(`${p}.members`, 'problem.memberCount', {
        count: m.members.length,
        body: m.body,
        size: BODY_SIZE[m.body],
      });
    const names = new Set<string>();
    m.members.forEach((x, j) => {
      if (names.has(x.name))
        report(`${p}.members[${j}].name`, 'problem.repeatsName', { name: x.name });
      names.add(x.name);
      if (x.actor && !has('actors', x.actor))
        report(`${p}.members[${j}].actor`, 'problem.unknownRef', { noun: ACTOR, id: x.actor });
    });
    m.sources.forEach((s, j) => {
      if (!has('sources', s))
        report(`${p}.sources[${j}]`, 'problem.unknownRef', { noun: SOURCE, id: s });
    });
    list.slice(0, i).forEach((o, k) => {
      if (o.body === m.body && o.start <= m.end && m.start <= o.end)
        report(p, 'problem.overlaps', { other: `memberships[${k}]` });
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
        report(`events[${i}].vote.votes[${j}].actor`, 'problem.notMember', {
          actor: c.actor,
          body: v.body,
          date: e.date,
        });
    });
  });
}
