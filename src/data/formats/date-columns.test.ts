/**
 * The date columns of TimelineJS's sheet beyond Year/Month/Day (Time, End Time, Display Date) and
 * those Parley reads but does not use (Media Thumbnail, Background), in CSV and in TimelineJS JSON.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../../tests/helpers/english-problems';
import { openDatasetText } from './open-dataset';
import { readTime } from './import-date';

const OPTS = { name: 'class.csv', today: '2026-12-07' };
const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Media,Media Thumbnail,Group,Background,ID';

function sheet(...rows: string[]) {
  return openDatasetText([HEADER, ...rows].join('\n'), OPTS);
}

describe('readTime', () => {
  it.each([
    ['14:30', '14:30'],
    ['9:05', '09:05'],
    ['09:05:59', '09:05'],
    ['2:30 PM', '14:30'],
    ['12:15 am', '00:15'],
    ['12:00 p.m.', '12:00'],
  ])('reads %s as %s', (value, time) => {
    expect(readTime(value)).toEqual({ time });
  });

  it.each(['25:00', '14:60', 'noon', '13:00 PM', '14h30'])('refuses %s', (value) => {
    expect(readTime(value)).toEqual({ key: 'problem.badTime', vars: { value } });
  });

  it('is undefined when empty', () => {
    expect(readTime(' ')).toBeUndefined();
  });
});

describe('CSV: Time, End Time, Display Date, Media Thumbnail, Background', () => {
  it('keeps the day, puts the times in the note, shows the Display Date, names unused columns', () => {
    const r = sheet(
      '2023,3,20,14:30,2023,3,20,17:00,"Monday afternoon, 20 March",Talks in the Kremlin,https://example.org/a,https://example.org/a.jpg,Russia,#223344,talks',
      '2023,3,21,,,,,,,Second day,https://example.org/b,,Russia,,second',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const talks = r.dataset.eventsById.get('talks' as never)!;
    expect(talks.date).toBe('2023-03-20');
    expect(talks.endDate).toBeUndefined();
    expect(talks.note).toBe('The file gives the time 14:30 to 17:00.');
    expect(talks.displayDate).toBe('Monday afternoon, 20 March');
    const second = r.dataset.eventsById.get('second' as never)!;
    expect(second.note).toBeUndefined();
    expect(second.displayDate).toBeUndefined();
    expect(r.unused).toEqual(['Media Thumbnail', 'Background']);
  });

  it('names no unused column when they are empty', () => {
    const r = sheet('2023,3,21,,,,,,,Second day,https://example.org/b,,Russia,,second');
    expect(r.ok && r.unused).toEqual([]);
  });

  it('reports a time that is not a time of day at its row and column', () => {
    const r = sheet('2023,3,20,25:10,,,,,,Talks,https://example.org/a,,Russia,,talks');
    expect(r.ok ? [] : english(r.problems)).toEqual([
      {
        path: 'row 2, column D (Time)',
        message: 'has the time "25:10"; write a time of day such as 14:30',
      },
    ]);
  });

  it('reports a Display Date longer than 60 characters in its column', () => {
    const long = 'x'.repeat(61);
    const r = sheet(`2023,3,20,,,,,,${long},Talks,https://example.org/a,,Russia,,talks`);
    expect(r.ok ? [] : english(r.problems)).toEqual([
      { path: 'row 2, column I (Display Date)', message: 'is longer than 60 characters' },
    ]);
  });
});

describe('TimelineJS: display_date, hour and minute, background, media.thumbnail', () => {
  const event = (over: Record<string, unknown>) => ({
    start_date: { year: 2023, month: 3, day: 20 },
    text: { headline: 'Talks' },
    media: { url: 'https://example.org/a' },
    unique_id: 'talks',
    ...over,
  });
  const open = (events: unknown[]) =>
    openDatasetText(JSON.stringify({ events }), { ...OPTS, name: 't.json' });

  it('reads display_date (the slide’s, else its start date’s), the hour and minute into the note', () => {
    const r = open([
      event({
        start_date: { year: 2023, month: 3, day: 20, hour: 14, minute: 5, display_date: 'Noon' },
        end_date: { year: 2023, month: 3, day: 20, hour: '17' },
        display_date: 'Monday <b>afternoon</b>',
        background: { color: '#223344' },
        media: { url: 'https://example.org/a', thumbnail: 'https://example.org/t.jpg' },
      }),
      event({
        unique_id: 'b',
        start_date: { year: 2023, month: 3, day: 21, display_date: 'Tuesday' },
      }),
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const talks = r.dataset.eventsById.get('talks' as never)!;
    expect(talks.displayDate).toBe('Monday afternoon');
    expect(talks.note).toBe('The file gives the time 14:05 to 17:00.');
    expect(r.dataset.eventsById.get('b' as never)!.displayDate).toBe('Tuesday');
    expect(r.unused).toEqual(['background', 'media.thumbnail']);
  });

  it('reports an hour out of range at its JSON path', () => {
    const r = open([event({ start_date: { year: 2023, month: 3, day: 20, hour: 24 } })]);
    expect(r.ok ? [] : english(r.problems)).toEqual([
      {
        path: 'events[0].start_date.hour',
        message: 'has the time "24:00"; write a time of day such as 14:30',
      },
    ]);
  });
});
