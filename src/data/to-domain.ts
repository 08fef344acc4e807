/**
 * Converts a checked wire dataset into domain types, once: days parsed to UTC milliseconds, lists
 * sorted and indexed (by `indexDataset`), defaults resolved. Assumes `checkIntegrity` found no problem.
 */
import type { WireActor, WireDataset, WireEvent, WireMembership, WireQuote } from './schema';
import { DAY_MS, parseDay } from '../domain/dates';
import { normaliseWindow } from '../domain/view-window';
import { resolveDefaults } from '../domain/dataset-defaults';
import { indexDataset } from '../domain/index-dataset';
import type {
  Actor,
  ActorId,
  Dataset,
  DocumentId,
  EventId,
  Membership,
  ParleyEvent,
  PolicyDocument,
  Position,
  PositionId,
  Quote,
  Source,
  SourceId,
  Story,
  Topic,
  TopicId,
  OfficialLabels,
  Translations,
} from '../domain/types';

/** Colours for actors the dataset gives none, distinguishable and dark enough for white text. */
const FALLBACK_COLOURS = ['#4b5563', '#7c3aed', '#0f766e', '#b45309', '#be123c', '#1d4ed8'];

function day(iso: string): number {
  const t = parseDay(iso);
  if (t === undefined) throw new Error(`Unchecked dataset: "${iso}" is not a day`);
  return t;
}

function quote(q: WireQuote): Quote {
  const original = q.original && { ...q.original, source: q.original.source as SourceId };
  return { ...q, speaker: q.speaker as ActorId, source: q.source as SourceId, original };
}

/** Translated labels as checked by the loader: keys are interface languages, `official` a source. */
function translated<L>(t: Readonly<Record<string, L>> | undefined) {
  return t as Translations<OfficialLabels<Omit<L, 'official'>>> | undefined;
}

function actors(wire: readonly WireActor[]): Actor[] {
  const byId = new Map(wire.map((a) => [a.id, a]));
  return wire.map((a, i) => {
    const parent = a.memberOf ? byId.get(a.memberOf) : undefined;
    const color = a.color ?? parent?.color ?? FALLBACK_COLOURS[i % FALLBACK_COLOURS.length]!;
    const translations = translated(a.translations);
    return {
      ...a,
      id: a.id as ActorId,
      memberOf: a.memberOf as ActorId | undefined,
      color,
      translations,
    };
  });
}

function event(e: WireEvent): ParleyEvent {
  const start = day(e.date);
  const end = day(e.endDate ?? e.date) + DAY_MS;
  return {
    ...e,
    id: e.id as EventId,
    start,
    end,
    precision: e.datePrecision ?? 'day',
    approximate: e.approximate ?? false,
    actors: e.actors.map((a) => ({ actor: a.actor as ActorId, role: a.role })),
    primaryActor: e.actors[0]!.actor as ActorId,
    topics: (e.topics ?? []) as TopicId[],
    quotes: (e.quotes ?? []).map(quote),
    vote: e.vote && {
      ...e.vote,
      vetoedBy: (e.vote.vetoedBy ?? []) as ActorId[],
      votes: e.vote.votes.map((v) => ({ actor: v.actor as ActorId, vote: v.vote })),
    },
    related: (e.related ?? []) as EventId[],
    sources: e.sources as SourceId[],
  };
}

/** Room before the first day and after the last one, as shares of the span ("Whole period"). */
const MARGIN_BEFORE = 0.02;
const MARGIN_AFTER = 0.01;

/**
 * The whole span with a little room either side: the dots of the first and last days clear of
 * the edges. No more after the last day: labels too near the right edge run left of their dot
 * (the timeline's label-room.ts), so the axis ends where the data ends, with no empty month.
 */
function withMargin(span: { start: number; end: number }) {
  const width = span.end - span.start;
  return {
    start: span.start - Math.round(width * MARGIN_BEFORE),
    end: span.end + Math.round(width * MARGIN_AFTER),
  };
}

function memberships(wire: readonly WireMembership[] = []): Membership[] {
  return wire
    .map((m) => ({
      body: m.body,
      startDay: m.start,
      endDay: m.end,
      start: day(m.start),
      end: day(m.end) + DAY_MS,
      members: m.members.map((x) => ({ name: x.name, actor: x.actor as ActorId | undefined })),
      sources: m.sources as SourceId[],
      note: m.note,
    }))
    .sort((a, b) => (a.body < b.body ? -1 : a.body > b.body ? 1 : a.start - b.start));
}

export function toDomain(wire: WireDataset): Dataset {
  const events = wire.events.map(event);
  const actorList = actors(wire.actors);
  const topics: Topic[] = wire.topics.map((t) => ({
    ...t,
    id: t.id as TopicId,
    translations: translated(t.translations),
  }));
  const sources: Source[] = wire.sources.map((s) => ({
    ...s,
    id: s.id as SourceId,
    alsoCarriedBy: (s.alsoCarriedBy ?? []) as SourceId[],
  }));
  const positions: Position[] = wire.positions.map((p) => ({
    ...p,
    id: p.id as PositionId,
    actor: p.actor as ActorId,
    topic: p.topic as TopicId,
    time: day(p.date),
    evidence: {
      events: p.evidence.events as EventId[],
      quote: p.evidence.quote && quote(p.evidence.quote),
    },
  }));
  const documents: PolicyDocument[] = wire.documents.map((d) => ({
    ...d,
    id: d.id as DocumentId,
    issuedBy: d.issuedBy as ActorId[],
    event: d.event as EventId,
    sources: d.sources as SourceId[],
    points: [...d.points]
      .sort((a, b) => a.number - b.number)
      .map((pt) => ({ ...pt, translations: translated(pt.translations) })),
    translations: translated(d.translations),
    reactions: d.reactions.map((r) => ({
      ...r,
      actor: r.actor as ActorId,
      event: r.event as EventId | undefined,
      points: r.points ?? [],
      sources: r.sources as SourceId[],
      quote: r.quote && quote(r.quote),
    })),
  }));
  const stories: Story[] = (wire.stories ?? []).map((s) => ({
    ...s,
    steps: s.steps.map((st) => ({
      ...st,
      event: st.event as EventId | undefined,
      window: st.window && { start: day(st.window.start), end: day(st.window.end) + DAY_MS },
    })),
  }));
  const { period, preludeStart, presets = [], defaults, format: _format, ...meta } = wire.meta;
  const span = { start: day(preludeStart ?? period.start), end: day(period.end) + DAY_MS };
  const resolved = resolveDefaults({
    given: defaults && {
      matrixActors: defaults.matrixActors as ActorId[] | undefined,
      voteColumns: defaults.voteColumns as ActorId[] | undefined,
      compareFrom: defaults.compareFrom === undefined ? undefined : day(defaults.compareFrom),
      document: defaults.document as DocumentId | undefined,
    },
    actors: actorList,
    events,
    documents,
    span,
    periodStart: day(period.start),
  });
  return indexDataset({
    meta: { ...meta, defaults: resolved },
    span,
    presets: [
      // Windows as the store keeps them (`normaliseWindow`), so a preset is exactly what is shown.
      { id: 'all', label: 'Whole period', window: normaliseWindow(withMargin(span), span) },
      ...presets.map((p) => ({
        id: p.id,
        label: p.label,
        window: normaliseWindow({ start: day(p.start), end: day(p.end) + DAY_MS }, span),
        translations: p.translations,
      })),
    ],
    events,
    actors: actorList,
    topics,
    sources,
    positions,
    documents,
    stories,
    memberships: memberships(wire.memberships),
  });
}
