import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv-writer';
import { formulaCells, parseCsv, SPREADSHEET_DELIMITERS } from '../../tests/helpers/csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['a; b', '"a; b"'],
    ['a\tb', '"a\tb"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=1+1', "'=1+1"],
    ['+7 500', "'+7 500"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['  =1+1', "'  =1+1"],
    ['\tindent', `"'\tindent"`],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['x;=1+1;y', `"x;'=1+1;y"`],
    ['x,=1+1', `"x,'=1+1"`],
    ['x\t@SUM(1)', `"x\t'@SUM(1)"`],
    ['x; +1', `"x; '+1"`],
    ['a\n-1', `"a\n'-1"`],

    ['say "=1"', `"say ""'=1"""`],
    ['a = b', 'a = b'],
    ['2022-02-24', '2022-02-24'],
    ['Zelensky - Xi', 'Zelensky - Xi'],
  ])('%j is written as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('joins cells with commas and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c, d', ''],
      ]),
    ).toBe('a,b\r\n"c, d",\r\n');
  });

  it('reads back cell for cell', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'x;=1+1\n"q", z\ty'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual([
      ['id', 'text'],
      ['1', `x;'=1+1\n"q", z\ty`],
    ]);
  });

  it('leaves no formula for a spreadsheet splitting on comma, semicolon or tab', () => {
    const payloads = [
      '=1+1',
      'x;=1+1;y',
      'a,+2,b',
      'a\t-3\tb',
      'a; @SUM(1)',
      'l1\r\n=cmd|"/C calc"!A0',
      '"=1", ";=2", "\t=3"',
      ';;=;,=,\t=\t',
    ];
    const csv = toCsv([payloads]);
    expect(SPREADSHEET_DELIMITERS).toHaveLength(3);
    expect(formulaCells(csv)).toEqual([]);
  });
});
