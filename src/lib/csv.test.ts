import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('csv', () => {
  it('round-trips commas, quotes, newlines and formula-like text', () => {
    const rows = [
      ['a', 'b, c', 'say "hi"'],
      ['line\nbreak', '=SUM(A1)', '3'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
  it('neutralises spreadsheet formulas by quoting them', () => {
    expect(toCsv([['=1+1']])).toBe('"=1+1"\r\n');
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
