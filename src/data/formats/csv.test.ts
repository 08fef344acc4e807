import { describe, expect, it } from 'vitest';
import { english } from '../../../tests/helpers/english-problems';
import { openDatasetText } from './open-dataset';

const OPTS = { name: 'class.csv', today: '2026-12-07' };
const HEADER =
  'Year,Month,Day,End Year,End Month,End Day,Headline,Text,Media,Media Credit,Type,Group,Kind';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\r\n');
}

const GOOD_ROW =
  '2022,3,2,,,,UNGA votes,"141 in favour, 5 against",https://news.un.org/x,UN News,,United Nations,vote';

function problems(text: string) {
  const r = openDatasetText(text, OPTS);
  return r.ok ? [] : english(r.problems);
}

describe('CSV from a spreadsheet', () => {
  it('reads a good sheet: title and era rows, quoted line breaks, month-only dates, kinds', () => {
    const r = openDatasetText(
      csv(
        ',,,,,,Our class timeline,Made in class,,,title,,',
        '2022,,,2022,12,,The first year,,,,era,,',
        GOOD_ROW,
        '2022,5,,,,,"A month-only event","Line one\nline ""two""",https://example.org/may,,,China,',
      ),
      OPTS,
    );
    expect(r.format).toBe('csv');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { dataset } = r;
    expect(dataset.meta.title).toBe('Our class timeline');
    expect(dataset.presets.map((p) => p.label)).toContain('The first year');
    expect(dataset.events.map((e) => [e.date, e.title, e.kind, e.primaryActor])).toEqual([
      ['2022-03-02', 'UNGA votes', 'vote', 'united-nations'],
      ['2022-05-01', 'A month-only event', 'statement', 'china'],
    ]);
    const may = dataset.events[1]!;
    expect(may).toMatchObject({ precision: 'month', approximate: true });
    expect(may.summary).toBe('Line one line "two"');
    expect(dataset.sourcesById.get(dataset.events[0]!.sources[0]!)).toMatchObject({
      publisher: 'UN News',
      url: 'https://news.un.org/x',
    });
  });

  it('reads a European sheet: byte-order mark and ";" as the separator', () => {
    const text =
      '\uFEFF' +
      [HEADER, GOOD_ROW.replace('"141 in favour, 5 against"', '141 in favour')]
        .map((line) => line.replace(/,/g, ';'))
        .join('\n');
    const r = openDatasetText(text, OPTS);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.dataset.events.map((e) => e.title)).toEqual(['UNGA votes']);
  });

  it('reads the Parley columns: actors, topics, source, quote with its speaker, id', () => {
    const r = openDatasetText(
      [
        'Year,Month,Day,Headline,Text,Group,Actors,Topics,Source URL,Source Title,Source Publisher,Source Date,Quote,Speaker,ID',
        '2023,2,24,Position paper,China publishes it,China,Russia; Ukraine,Ceasefire,https://example.org/p,The paper,MFA,2023-02-24,We call for talks,Wang Wenbin,paper',
      ].join('\n'),
      OPTS,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const e = r.dataset.eventsById.get('paper' as never)!;
    expect(e.actors.map((a) => a.actor)).toEqual(['china', 'russia', 'ukraine']);
    expect(e.topics).toEqual(['ceasefire']);
    expect(e.quotes[0]).toMatchObject({ text: 'We call for talks', speaker: 'wang-wenbin' });
    expect(r.dataset.sourcesById.get(e.sources[0]!)).toMatchObject({
      title: 'The paper',
      publisher: 'MFA',
      date: '2023-02-24',
    });
  });

  it.each<[string, string, { path: string; message: string }[]]>([
    [
      'an unknown column',
      'Year,Headline,Colour\n2022,A,red',
      [
        {
          path: 'row 1, column C',
          message: 'is headed "Colour", which is not a column Parley reads (see the template)',
        },
      ],
    ],
    [
      'a missing Headline column',
      'Year,Text\n2022,A',
      [{ path: 'row 1', message: 'has no "Headline" column (see the template)' }],
    ],
    [
      'a day the month does not have',
      csv('2022,2,30,,,,A,,https://example.org,,,,'),
      [{ path: 'row 2, column C (Day)', message: 'has the day "30", which 2022-02 does not have' }],
    ],
    [
      'a year that is not a number',
      csv(GOOD_ROW, 'twenty,,,,,,B,,https://example.org,,,,'),
      [
        {
          path: 'row 3, column A (Year)',
          message: 'has a year that is not a whole number ("twenty")',
        },
      ],
    ],
    [
      'an empty headline',
      csv('2022,3,2,,,,,text,https://example.org,,,,'),
      [{ path: 'row 2, column G (Headline)', message: 'is empty: every event needs one' }],
    ],
    [
      'a javascript: link',
      csv('2022,3,2,,,,A,,javascript:alert(1),,,,'),
      [
        {
          path: 'row 2, column I (Media)',
          message: 'is not a web address: Parley links only to http:// or https:// pages',
        },
      ],
    ],
    [
      'no source at all',
      csv('2022,3,2,,,,A,,,,,,'),
      [
        {
          path: 'row 2, column Source URL',
          message: 'is empty: every event needs a source (a web address)',
        },
      ],
    ],
    [
      'an unknown Type',
      csv('2022,3,2,,,,A,,https://example.org,,slide,,'),
      [
        {
          path: 'row 2, column K (Type)',
          message: 'is "slide"; leave it empty, or write title or era',
        },
      ],
    ],
    [
      'an unknown kind',
      csv('2022,3,2,,,,A,,https://example.org,,,,party'),
      [
        {
          path: 'row 2, column M (Kind)',
          message:
            'is "party"; a kind is one of visit, call, meeting, vote, statement, document, military, sanctions, economy, legal',
        },
      ],
    ],
    [
      'an end before the start (found by the loader, placed in the sheet)',
      csv('2022,3,2,2022,3,1,A,,https://example.org,,,,'),
      [
        {
          path: 'row 2, column D (End Year)',
          message: '(2022-03-01) is before the start date (2022-03-02)',
        },
      ],
    ],
    [
      'an unclosed quote',
      csv(GOOD_ROW, '2022,3,3,,,,"B,never closed'),
      [{ path: 'row 3', message: 'could not be read: Quoted field unterminated' }],
    ],
    [
      'a file with no events',
      HEADER,
      [
        {
          path: 'the row of Type "title"',
          message: 'has no events: add at least one row or event',
        },
      ],
    ],
  ])('reports %s at its row and column', (_, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });
});
