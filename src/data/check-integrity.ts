/**
 * Checks a schema-valid dataset for what a schema cannot express: ids that must be unique,
 * references that must resolve, dates that must be ordered and inside the period, vote counts
 * that must fit the body that voted. Every problem is returned; nothing stops at the first.
 */
import type { WireDataset, WireQuote } from './schema';
import { collect, type DatasetProblem, type ProblemKey, type Report } from './problems';
import { checkOriginal, checkTranslations } from './check-translations';
import { BODY_SIZE } from './body-size';
import { checkEditorial } from './check-editorial';
import { checkVote } from './check-votes';
import type { Ids, Ref } from './integrity-ids';

export { BODY_SIZE };

type Collection = 'sources' | 'actors' | 'topics' | 'events' | 'positions' | 'documents';

const NOUN: Record<Collection, ProblemKey> = {
  sources: 'problem.noun.source',
  actors: 'problem.noun.actor',
  topics: 'problem.noun.topic',
  events: 'problem.noun.event',
  positions: 'problem.noun.position',
  documents: 'problem.noun.document',
};

/**
 * @param data the dataset, valid against the schema
 * @param knownIds ids present in the raw file even where their record failed the schema, so that a
 *   broken record is reported once (by the schema) and not again as a dangling reference
 */
export function checkIntegrity(data: WireDataset, knownIds?: Partial<Ids>): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = collect(problems);
  const ids: Ids = {
    sources: union(idSet(data.sources), knownIds?.sources),
    actors: union(idSet(data.actors), knownIds?.actors),
    topics: union(idSet(data.topics), knownIds?.topics),
    events: union(idSet(data.events), knownIds?.events),
    documents: union(idSet(data.documents), knownIds?.documents),
  };

  for (const c of Object.keys(NOUN) as Collection[]) findDuplicates(data[c], c, NOUN[c], report);
  findDuplicates(data.stories, 'stories', 'problem.noun.story', report);
  findDuplicates(data.meta.presets, 'meta.presets', 'problem.noun.preset', report);

  const ref = (kind: keyof Ids, id: string, path: string) => {
    if (!ids[kind].has(id)) report(path, 'problem.unknownRef', { noun: { key: NOUN[kind] }, id });
  };
  const refSource = (id: string, path: string) => ref('sources', id, path);
  const checkQuote = (q: WireQuote, path: string) => {
    ref('actors', q.speaker, `${path}.speaker`);
    ref('sources', q.source, `${path}.source`);
    if (q.original) checkOriginal(q.original, `${path}.original`, refSource, report);
  };

  checkPeriod(data, report);
  checkDefaults(data, ref, report);
  checkActors(data, ids, report);
  checkEvents(data, ref, checkQuote, report);
  checkPositions(data, ref, checkQuote);
  checkDocuments(data, ref, checkQuote, report);
  checkStories(data, ref, report);
  checkTranslations(data, refSource, report);
  checkEditorial(data, (kind, id) => ids[kind].has(id), report);
  return problems;
}

type CheckQuote = (q: WireQuote, path: string) => void;

// Top-level lists may be sparse (see load-dataset's validSubset): only forEach, which skips holes.
function idSet(items: readonly { id: string }[]): Set<string> {
  const ids = new Set<string>();
  items.forEach((i) => ids.add(i.id));
  return ids;
}

function union(a: Set<string>, b?: ReadonlySet<string>): Set<string> {
  if (b) for (const x of b) a.add(x);
  return a;
}

/** Reports every record whose id an earlier record of the same list (at `path`) already has. */
function findDuplicates(
  items: readonly { id: string }[] | undefined,
  path: string,
  noun: ProblemKey,
  report: Report,
): void {
  const first = new Map<string, number>();
  items?.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else
      report(`${path}[${i}].id`, 'problem.duplicateId', {
        noun: { key: noun },
        id: item.id,
        first: `${path}[${seen}]`,
      });
  });
}

function checkPeriod(data: WireDataset, report: Report): void {
  const { period, preludeStart } = data.meta;
  if (period.end < period.start) report('meta.period.end', 'problem.periodEnd');
  if (preludeStart && preludeStart > period.start)
    report('meta.preludeStart', 'problem.preludeStart');
  data.meta.presets?.forEach((p, i) => {
    if (p.end < p.start) report(`meta.presets[${i}].end`, 'problem.presetEnd');
  });
}

function checkDefaults(data: WireDataset, ref: Ref, report: Report): void {
  const d = data.meta.defaults;
  if (!d) return;
  d.matrixActors?.forEach((a, i) => ref('actors', a, `meta.defaults.matrixActors[${i}]`));
  d.voteColumns?.forEach((a, i) => ref('actors', a, `meta.defaults.voteColumns[${i}]`));
  if (d.document) ref('documents', d.document, 'meta.defaults.document');
  const first = data.meta.preludeStart ?? data.meta.period.start;
  if (d.compareFrom && (d.compareFrom < first || d.compareFrom > data.meta.period.end))
    report('meta.defaults.compareFrom', 'problem.outsidePeriod', {
      value: d.compareFrom,
      first,
      last: data.meta.period.end,
    });
}

function checkActors(data: WireDataset, ids: Ids, report: Report): void {
  const kinds = new Map<string, string>();
  data.actors.forEach((a) => kinds.set(a.id, a.kind));
  data.actors.forEach((a, i) => {
    if (!a.memberOf) return;
    const path = `actors[${i}].memberOf`;
    if (!ids.actors.has(a.memberOf))
      report(path, 'problem.unknownRef', { noun: { key: NOUN.actors }, id: a.memberOf });
    else if (kinds.get(a.memberOf) === 'person')
      report(path, 'problem.memberOfPerson', { id: a.memberOf });
  });
}

function checkEvents(data: WireDataset, ref: Ref, checkQuote: CheckQuote, report: Report): void {
  const first = data.meta.preludeStart ?? data.meta.period.start;
  const last = data.meta.period.end;
  data.events.forEach((e, i) => {
    const p = `events[${i}]`;
    if (e.endDate !== undefined && e.endDate < e.date)
      report(`${p}.endDate`, 'problem.endBeforeDate', { end: e.endDate, start: e.date });
    if (e.date < first || e.date > last)
      report(`${p}.date`, 'problem.outsidePeriod', { value: e.date, first, last });
    if (e.sources.length === 0) report(`${p}.sources`, 'problem.eventNoSource');
    e.sources.forEach((s, j) => ref('sources', s, `${p}.sources[${j}]`));
    e.actors.forEach((a, j) => ref('actors', a.actor, `${p}.actors[${j}].actor`));
    e.topics?.forEach((t, j) => ref('topics', t, `${p}.topics[${j}]`));
    e.quotes?.forEach((q, j) => checkQuote(q, `${p}.quotes[${j}]`));
    e.related?.forEach((r, j) => {
      if (r === e.id) report(`${p}.related[${j}]`, 'problem.relatedSelf');
      else ref('events', r, `${p}.related[${j}]`);
    });
    if (e.vote) checkVote(e.vote, `${p}.vote`, ref, report);
  });
}

function checkPositions(data: WireDataset, ref: Ref, checkQuote: CheckQuote): void {
  data.positions.forEach((pos, i) => {
    const p = `positions[${i}]`;
    ref('actors', pos.actor, `${p}.actor`);
    ref('topics', pos.topic, `${p}.topic`);
    pos.evidence.events.forEach((e, j) => ref('events', e, `${p}.evidence.events[${j}]`));
    if (pos.evidence.quote) checkQuote(pos.evidence.quote, `${p}.evidence.quote`);
  });
}

function checkDocuments(data: WireDataset, ref: Ref, checkQuote: CheckQuote, report: Report): void {
  data.documents.forEach((d, i) => {
    const p = `documents[${i}]`;
    d.issuedBy.forEach((a, j) => ref('actors', a, `${p}.issuedBy[${j}]`));
    ref('events', d.event, `${p}.event`);
    d.sources.forEach((s, j) => ref('sources', s, `${p}.sources[${j}]`));
    const numbers = new Set<number>();
    d.points.forEach((pt, j) => {
      if (numbers.has(pt.number))
        report(`${p}.points[${j}].number`, 'problem.repeatsPoint', { point: String(pt.number) });
      numbers.add(pt.number);
    });
    d.reactions.forEach((r, j) => {
      const rp = `${p}.reactions[${j}]`;
      ref('actors', r.actor, `${rp}.actor`);
      if (r.event) ref('events', r.event, `${rp}.event`);
      r.sources.forEach((s, k) => ref('sources', s, `${rp}.sources[${k}]`));
      if (r.quote) checkQuote(r.quote, `${rp}.quote`);
      r.points?.forEach((n, k) => {
        if (!numbers.has(n))
          report(`${rp}.points[${k}]`, 'problem.unknownPoint', { point: String(n) });
      });
    });
  });
}

function checkStories(data: WireDataset, ref: Ref, report: Report): void {
  data.stories?.forEach((s, i) =>
    s.steps.forEach((step, j) => {
      const p = `stories[${i}].steps[${j}]`;
      if (!step.event && !step.window) report(p, 'problem.stepEmpty');
      if (step.event) ref('events', step.event, `${p}.event`);
      if (step.window && step.window.end < step.window.start)
        report(`${p}.window.end`, 'problem.windowEnd');
    }),
  );
}
