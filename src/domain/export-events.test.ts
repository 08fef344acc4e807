import { describe, expect, it } from 'vitest';
import { makeActor, makeDataset, makeEvent, makeSource } from '../../tests/helpers/builders';
import { formulaCells, parseCsv } from '../../tests/helpers/csv';
import type { Quote, SourceId, ActorId } from './types';
import {
  ACTOR_SEPARATOR,
  CSV_COLUMNS,
  csvCell,
  eventsToCsv,
  eventsToJson,
  exportFilename,
  formatSource,
  sourcesOf,
  type EventsExport,
} from './export-events';

const sources = [
  makeSource({
    id: 'xinhua',
    publisher: 'Xinhua',
    title: 'Position paper',
    date: '2023-02-24',
    url: 'https://example.org/paper',
  }),
  makeSource({ id: 'tass', publisher: 'TASS', title: 'Comment, with a comma', date: '2023-02-25' }),
];
const quote: Quote = {
  text: 'Dialogue and negotiation are the only viable solution.',
  speaker: 'china' as ActorId,
  source: 'xinhua' as SourceId,
};
const paper = makeEvent({
  id: 'paper',
  date: '2023-02-24',
  title: 'China\'s position paper "on the political settlement"',
  actors: ['china', 'russia'],
  location: 'Beijing',
  summary: 'Twelve points,\nincluding a ceasefire.',
  sources: ['xinhua', 'tass'],
  quotes: [quote],
});
const summit = makeEvent({ id: 'summit', date: '2022-09-15', endDate: '2022-09-16' });
const dataset = makeDataset({
  events: [summit, paper],
  sources: [...sources, makeSource({ id: 'src-test' })],
  actors: [makeActor({ id: 'china', name: 'China' }), makeActor({ id: 'russia', name: 'Russia' })],
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=1+1', "'=1+1"],
    ['+7 500', "'+7 500"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', `"'\tindent"`],
    ['x;=1+1', `"x;'=1+1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a = b', 'a = b'],
    ['2022-02-24', '2022-02-24'],
  ])('%j is written as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('eventsToCsv', () => {
  it('writes a header and one row per event, in the order given, with CRLF line ends', () => {
    const csv = eventsToCsv([summit, paper], dataset);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(['id', 'summit', 'paper']);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('keeps commas, quotes and line breaks inside their cell', () => {
    const row = parseCsv(eventsToCsv([paper], dataset))[1]!;
    expect(row).toEqual([
      'paper',
      '2023-02-24',
      '',
      'China\'s position paper "on the political settlement"',
      'statement',
      'China / Russia',
      'Beijing',
      'Twelve points,\nincluding a ceasefire.',
      'Xinhua, Position paper, 2023-02-24, https://example.org/paper | TASS, Comment, with a comma, 2023-02-25',
    ]);
  });

  it('writes the end date of a multi-day event', () => {
    const row = parseCsv(eventsToCsv([summit], dataset))[1]!;
    expect(row.slice(1, 3)).toEqual(['2022-09-15', '2022-09-16']);
  });

  it('neutralises a formula in any cell', () => {
    const evil = makeEvent({ id: 'evil', title: '=cmd|" /C calc"!A0', summary: '@SUM(1)' });
    const row = parseCsv(eventsToCsv([evil], dataset))[1]!;
    expect(row[3]).toBe('\'=cmd|" /C calc"!A0');
    expect(row[7]).toBe("'@SUM(1)");
  });

  it('leaves no formula for a spreadsheet splitting on comma, semicolon or tab', () => {
    const evil = makeEvent({
      id: 'evil',
      title: 'x;=1+1;y',
      summary: 'a\t@SUM(1)\tb, -2',
      location: '"=cmd"',
      actors: ['china', 'russia'],
    });
    const csv = eventsToCsv([evil], dataset);
    expect(formulaCells(csv)).toEqual([]);
    expect(parseCsv(csv, ';')[1]).toHaveLength(1);
    expect(parseCsv(csv, '\t')[1]).toHaveLength(1);
  });

  it('joins actors with a separator no spreadsheet splits on', () => {
    const row = parseCsv(eventsToCsv([paper], dataset), ';')[1]!;
    expect(row).toHaveLength(1);
    expect(ACTOR_SEPARATOR).toBe(' / ');
  });

  it('is only the header for no events', () => {
    expect(eventsToCsv([], dataset)).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });
});

describe('eventsToJson', () => {
  const exported = new Date('2026-11-30T10:00:00Z');
  const file = JSON.parse(eventsToJson([summit, paper], dataset, exported)) as EventsExport;

  it('carries the dataset, the time stamp and the count', () => {
    expect(file).toMatchObject({
      title: 'Test',
      updated: '2026-01-01',
      exported: '2026-11-30T10:00:00.000Z',
      count: 2,
    });
    expect(file.events.map((e) => e.id)).toEqual(['summit', 'paper']);
  });

  it('resolves sources, actors and quote sources', () => {
    const e = file.events[1]!;
    expect(e.sources).toEqual([
      {
        id: 'xinhua',
        publisher: 'Xinhua',
        title: 'Position paper',
        date: '2023-02-24',
        url: 'https://example.org/paper',
      },
      { id: 'tass', publisher: 'TASS', title: 'Comment, with a comma', date: '2023-02-25' },
    ]);
    expect(e.actors).toEqual([
      { id: 'china', name: 'China', role: 'participant' },
      { id: 'russia', name: 'Russia', role: 'participant' },
    ]);
    expect(e.quotes[0]).toMatchObject({ speaker: 'China', source: { publisher: 'Xinhua' } });
    expect(e).toMatchObject({ date: '2023-02-24', kind: 'statement', location: 'Beijing' });
  });

  it('leaves absent optional fields out, and drops no internal fields in', () => {
    const e = file.events[0]!;
    expect(e.endDate).toBe('2022-09-16');
    expect(Object.keys(file.events[1]!)).not.toContain('endDate');
    expect(Object.keys(e)).not.toContain('start');
    expect(Object.keys(e)).not.toContain('primaryActor');
  });
});

describe('exportFilename', () => {
  it('names the file after the local day it was made', () => {
    expect(exportFilename('events', 'csv', new Date(2026, 10, 30, 23, 59))).toBe(
      'parley-events-2026-11-30.csv',
    );
    expect(exportFilename('timeline', 'png', new Date(2027, 0, 5))).toBe(
      'parley-timeline-2027-01-05.png',
    );
  });
});

describe('formatSource and sourcesOf', () => {
  it('formats a source with and without an address', () => {
    expect(formatSource(sources[0]!)).toBe(
      'Xinhua, Position paper, 2023-02-24, https://example.org/paper',
    );
    expect(formatSource(sources[1]!)).toBe('TASS, Comment, with a comma, 2023-02-25');
  });

  it('lists each source once, in order of first citation', () => {
    const again = makeEvent({ id: 'again', sources: ['tass', 'src-test'] });
    expect(sourcesOf([paper, again], dataset).map((s) => s.id)).toEqual([
      'xinhua',
      'tass',
      'src-test',
    ]);
  });
});
