import { describe, expect, it } from 'vitest';
import { english } from '../../../tests/helpers/english-problems';
import { openDatasetText } from './open-dataset';

const OPTS = { name: 'class.json', today: '2026-12-07' };

function tjsEvent(over: Record<string, unknown> = {}) {
  return {
    start_date: { year: 2022, month: 3, day: 2 },
    text: {
      headline: 'UN General Assembly <b>votes</b>',
      text: '<p>141 in favour &amp; 5 against.</p>',
    },
    media: {
      url: 'https://news.un.org/en/story/2022/03/1113152',
      credit: 'UN News',
      caption: 'The vote',
    },
    group: 'United Nations',
    unique_id: 'unga-es-11-1',
    ...over,
  };
}

function open(file: unknown) {
  return openDatasetText(JSON.stringify(file), OPTS);
}

function problems(file: unknown) {
  const r = open(file);
  return r.ok ? [] : english(r.problems);
}

describe('TimelineJS JSON', () => {
  it('turns a good file into a dataset: title, lanes, ids, sources, eras, text without markup', () => {
    const r = open({
      title: { text: { headline: 'Our class <i>timeline</i>', text: 'Made in class.' } },
      events: [
        tjsEvent(),
        tjsEvent({
          unique_id: undefined,
          start_date: { year: '2022' },
          end_date: undefined,
          group: 'China',
          text: { headline: 'A year-only event' },
          media: { url: 'https://example.org/a' },
        }),
        tjsEvent({
          unique_id: 'Visit_Moscow',
          start_date: { year: 2023, month: 3, day: 20 },
          end_date: { year: 2023, month: 3, day: 22 },
          group: 'China',
          text: { headline: 'Xi visits Moscow' },
        }),
      ],
      eras: [
        {
          start_date: { year: 2022 },
          end_date: { year: 2022, month: 12 },
          text: { headline: 'The first year' },
        },
      ],
    });
    expect(r.format).toBe('timelinejs');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { dataset } = r;
    expect(dataset.meta.title).toBe('Our class timeline');
    expect(dataset.events.map((e) => e.id)).toEqual([
      '2022-01-01-a-year-only-event',
      'unga-es-11-1',
      'visit-moscow',
    ]);
    expect(r.madeIds).toBe(1);
    const vote = dataset.eventsById.get('unga-es-11-1' as never)!;
    expect(vote.title).toBe('UN General Assembly votes');
    expect(vote.summary).toBe('141 in favour & 5 against.');
    expect(vote.primaryActor).toBe('united-nations');
    const source = dataset.sourcesById.get(vote.sources[0]!)!;
    expect(source).toMatchObject({
      publisher: 'UN News',
      title: 'The vote',
      url: 'https://news.un.org/en/story/2022/03/1113152',
    });
    const yearOnly = dataset.eventsById.get('2022-01-01-a-year-only-event' as never)!;
    expect(yearOnly).toMatchObject({ approximate: true, precision: 'month' });
    expect(dataset.eventsById.get('visit-moscow' as never)?.endDate).toBe('2023-03-22');
    expect(dataset.actors.map((a) => a.name)).toEqual(['United Nations', 'China']);
    expect(dataset.presets.map((p) => p.label)).toEqual(['Whole period', 'The first year']);
  });

  it.each<[string, unknown, { path: string; message: string }[]]>([
    [
      'events not a list',
      { events: {} },
      [{ path: 'events', message: 'must be a list of events' }],
    ],
    [
      'a missing start date',
      { events: [tjsEvent({ start_date: undefined })] },
      [
        {
          path: 'events[0].start_date',
          message: 'is missing: every event needs a start date with at least a year',
        },
      ],
    ],
    [
      'a month out of range',
      { events: [tjsEvent({ start_date: { year: 2022, month: 13 } })] },
      [
        {
          path: 'events[0].start_date',
          message: 'has the month "13"; a month is a number from 1 to 12',
        },
      ],
    ],
    [
      'an empty headline (markup only)',
      { events: [tjsEvent({ text: { headline: '<b></b>' } })] },
      [{ path: 'events[0].text.headline', message: 'is empty: every event needs a headline' }],
    ],
    [
      'a javascript: link',
      { events: [tjsEvent({ media: { url: 'javascript:alert(1)' } })] },
      [
        {
          path: 'events[0].media.url',
          message: 'is not a web address: Parley links only to http:// or https:// pages',
        },
      ],
    ],
    [
      'a data: link',
      { events: [tjsEvent({ media: { url: 'data:text/html,<script>alert(1)</script>' } })] },
      [
        {
          path: 'events[0].media.url',
          message: 'is not a web address: Parley links only to http:// or https:// pages',
        },
      ],
    ],
    [
      'no source',
      { events: [tjsEvent({ media: undefined })] },
      [
        {
          path: 'events[0].media.url',
          message: 'is empty: every event needs a source (a web address)',
        },
      ],
    ],
    [
      'an unknown kind',
      { events: [tjsEvent({ parley: { kind: 'party' } })] },
      [
        {
          path: 'events[0].parley.kind',
          message:
            'is "party"; a kind is one of visit, call, meeting, vote, statement, document, military, sanctions, economy, legal',
        },
      ],
    ],
    [
      'an end before the start (found by the loader, placed in the file)',
      { events: [tjsEvent({ end_date: { year: 2022, month: 3, day: 1 } })] },
      [
        {
          path: 'events[0].end_date',
          message: '(2022-03-01) is before the start date (2022-03-02)',
        },
      ],
    ],
    [
      'a repeated unique_id',
      { events: [tjsEvent(), tjsEvent()] },
      [
        {
          path: 'events[1].unique_id',
          message: 'repeats the event id "unga-es-11-1" of events[0]',
        },
      ],
    ],
    [
      'a headline too long',
      { events: [tjsEvent({ text: { headline: 'x'.repeat(121) } })] },
      [{ path: 'events[0].text.headline', message: 'is longer than 120 characters' }],
    ],
  ])('reports %s at its JSON path', (_, file, expected) => {
    expect(problems(file)).toEqual(expected);
  });

  it('never shows markup as markup: script and handlers become text or vanish', () => {
    const r = open({
      events: [
        tjsEvent({
          text: {
            headline: '<img src=x onerror=alert(1)>Safe &lt;b&gt;',
            text: '<script>alert(1)</script>Body',
          },
        }),
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.dataset.events[0]!.title).toBe('Safe <b>');
    expect(r.dataset.events[0]!.summary).toBe('Body');
  });
});
