import { describe, expect, it } from 'vitest';
import { makeActor, makeDataset, makeEvent, makePosition } from '../../tests/helpers/builders';
import type { Quote, SourceId, ActorId } from './types';
import {
  dateDisputed,
  disputedAbout,
  farApart,
  mentions,
  orderable,
  pointSummaryStandsAlone,
  quotable,
  quoteTextCounts,
  stanceQuestionDay,
} from './quiz-rules';
import { toIsoDay } from './dates';

const xi = makeActor({ id: 'xi-jinping', name: 'Xi Jinping', kind: 'person' });
const russia = makeActor({ id: 'russia', name: 'Russia' });
const china = makeActor({ id: 'china', name: 'China' });
const g20 = makeActor({ id: 'g20', name: 'G20', kind: 'organisation' });

describe('mentions', () => {
  it.each([
    ['Xi’s phrase is rendered differently', xi, true],
    ['Xinhua reported it', xi, false],
    ['as Jinping said', xi, true],
    ['Russian and Chinese accounts differ', russia, true],
    ['Chinese accounts differ', russia, false],
  ])('%s names %s: %s', (text, actor, expected) => {
    expect(mentions(text, actor)).toBe(expected);
  });
});

describe('ordering rules', () => {
  it('accepts only day-precise, non-approximate events with undisputed dates', () => {
    expect(orderable(makeEvent({ id: 'a' }))).toBe(true);
    expect(orderable(makeEvent({ id: 'b', precision: 'month' }))).toBe(false);
    expect(orderable(makeEvent({ id: 'c', approximate: true }))).toBe(false);
    const dated = makeEvent({ id: 'd', disputed: 'Some outlets dated it to the 19th.' });
    expect(dateDisputed(dated)).toBe(true);
    expect(orderable(dated)).toBe(false);
    expect(orderable(makeEvent({ id: 'e', disputed: 'Translations differ.' }))).toBe(true);
  });

  it.each([
    ['2022-03-01', undefined, '2022-03-01', false],
    ['2022-03-01', undefined, '2022-03-14', false],
    ['2022-03-01', undefined, '2022-03-16', true],
    ['2022-03-01', '2022-03-10', '2022-03-20', false],
    ['2022-03-01', '2022-03-10', '2022-03-25', true],
  ])('%s–%s and %s far apart: %s', (date, endDate, other, expected) => {
    const a = makeEvent({ id: 'a', date, endDate });
    const b = makeEvent({ id: 'b', date: other });
    expect(farApart(a, b)).toBe(expected);
    expect(farApart(b, a)).toBe(expected);
  });
});

describe('quote rules', () => {
  const q = (text: string, speaker: string): Quote => ({
    text,
    speaker: speaker as ActorId,
    source: 'src-test' as SourceId,
  });
  const data = (events: ReturnType<typeof makeEvent>[]) =>
    makeDataset({ events, actors: [xi, russia, china, g20] });

  it('keeps a person’s quote unless the dispute names them', () => {
    const ok = makeEvent({ id: 'a', disputed: 'Translations of Putin’s words vary.' });
    const bad = makeEvent({ id: 'b', disputed: 'Only one readout says Xi said this.' });
    const d = data([ok, bad]);
    const quote = q('Peace matters', 'xi-jinping');
    expect(quotable(d, ok, quote, quoteTextCounts(d))).toBe(true);
    expect(disputedAbout(bad, xi)).toBe(true);
    expect(quotable(d, bad, quote, quoteTextCounts(d))).toBe(false);
  });

  it('leaves out a quote that names its speaker', () => {
    const e = makeEvent({ id: 'a' });
    const d = data([e]);
    expect(quotable(d, e, q('Xi Jinping is right', 'xi-jinping'), quoteTextCounts(d))).toBe(false);
  });

  it('leaves out a text quoted twice', () => {
    const quote = q('Same words', 'xi-jinping');
    const a = makeEvent({ id: 'a', quotes: [quote] });
    const b = makeEvent({ id: 'b', quotes: [{ ...quote, speaker: 'g20' as ActorId }] });
    const d = data([a, b]);
    expect(quotable(d, a, quote, quoteTextCounts(d))).toBe(false);
  });

  it('leaves out a state readout when another state takes part, or the event is disputed', () => {
    const alone = makeEvent({ id: 'a', actors: ['russia', 'xi-jinping'] });
    const meeting = makeEvent({ id: 'b', actors: ['china', 'russia'] });
    const disputed = makeEvent({ id: 'c', actors: ['russia'], disputed: 'Readouts differ.' });
    const d = data([alone, meeting, disputed]);
    const quote = q('The talks were useful', 'russia');
    const texts = quoteTextCounts(d);
    expect(quotable(d, alone, quote, texts)).toBe(true);
    expect(quotable(d, meeting, quote, texts)).toBe(false);
    expect(quotable(d, disputed, quote, texts)).toBe(false);
  });
});

describe('stance rules', () => {
  const at = (p: ReturnType<typeof makePosition>[], i: number) => {
    const d = makeDataset({ positions: p });
    const t = stanceQuestionDay(d, d.positions[i]!);
    return t === undefined ? undefined : toIsoDay(t);
  };

  it('asks halfway to the next record', () => {
    const p = [
      makePosition({ actor: 'china', topic: 'sanctions', date: '2022-03-01', stance: 'opposes' }),
      makePosition({ actor: 'china', topic: 'sanctions', date: '2022-03-21', stance: 'supports' }),
    ];
    expect(at(p, 0)).toBe('2022-03-11');
  });

  it('does not ask about a record that holds for less than twice the margin', () => {
    const p = [
      makePosition({ actor: 'china', topic: 'sanctions', date: '2022-03-01', stance: 'opposes' }),
      makePosition({ actor: 'china', topic: 'sanctions', date: '2022-03-10', stance: 'supports' }),
    ];
    expect(at(p, 0)).toBeUndefined();
  });

  it('does not ask about `none`, nor a record without evidence events', () => {
    const none = [
      makePosition({ actor: 'china', topic: 'sanctions', date: '2022-03-01', stance: 'none' }),
    ];
    expect(at(none, 0)).toBeUndefined();
    const bare = [
      makePosition({ actor: 'china', topic: 'sanctions', date: '2022-03-01', events: [] }),
    ];
    expect(at(bare, 0)).toBeUndefined();
  });

  it('does not ask about the losing record of a day with two', () => {
    const p = [
      makePosition({
        id: 'a',
        actor: 'china',
        topic: 'sanctions',
        date: '2022-03-01',
        stance: 'opposes',
      }),
      makePosition({
        id: 'b',
        actor: 'china',
        topic: 'sanctions',
        date: '2022-03-01',
        stance: 'supports',
      }),
    ];
    expect(at(p, 0)).toBeUndefined();
    expect(at(p, 1)).not.toBeUndefined();
  });
});

describe('point rules', () => {
  it.each([
    ['Ceasefire talks should resume.', true],
    ['As in point 3, sanctions should end.', false],
    ['Points 1 and 2 apply.', false],
  ])('%s stands alone: %s', (summary, expected) => {
    expect(pointSummaryStandsAlone(summary)).toBe(expected);
  });
});
