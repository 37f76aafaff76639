import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, unneutralise } from './csv';

describe('csv', () => {
  it('round-trips commas, quotes, newlines and formula-like text', () => {
    const rows = [
      ['a', 'b, c', 'say "hi"'],
      ['line\nbreak', '=SUM(A1)', '3'],
    ];
    expect(parseCsv(toCsv(rows)).map((r) => r.map(unneutralise))).toEqual(rows);
  });
  it.each([
    '=1+1',
    '+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '=HYPERLINK("http://x","y")',
    ' =1+1',
    '  +1',
    '\u00a0@SUM(A1)',
    '\u3000=1',
    '\uFF1D1+1',
    ' \uFF1D1+1',
    '\uFF0B1',
    '\uFF0D1',
    '\uFF20SUM(A1)',
  ])('makes "%s" text that a spreadsheet will not run', (text) => {
    // What a spreadsheet reads: the parsed cell, which must not start a formula.
    const [[cell]] = parseCsv(toCsv([[text, 'x']])) as [[string]];
    expect(cell[0]).toBe("'");
    expect(cell.slice(1)).toBe(text);
  });
  it('leaves numbers and ordinary text alone', () => {
    expect(toCsv([[-1, 2.5, 'Alex', "'quoted", ' Alex', 'Jo-Ann', 'a=b']])).toBe("-1,2.5,Alex,'quoted, Alex,Jo-Ann,a=b\r\n");
    expect(unneutralise("'quoted")).toBe("'quoted");
  });
  it('reads CRLF, a byte order mark and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('reports an unterminated quote', () => {
    expect(() => parseCsv('a,"b\nc')).toThrow(/never closed/);
  });
});
