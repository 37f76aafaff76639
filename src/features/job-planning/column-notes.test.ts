import { describe, expect, it } from 'vitest';
import { COLUMNS } from './team';
import { columnNote } from './column-notes';

describe('the notes on pasted columns', () => {
  it('say what goes in every column the calculator reads, activities included', () => {
    for (const column of COLUMNS) expect(columnNote(column).length, column.name).toBeGreaterThan(5);
    expect(columnNote(COLUMNS.find((c) => c.name === 'name')!)).toBe('Name or role');
  });

  it('fail loudly for a column with no note, rather than print an empty cell', () => {
    expect(() => columnNote({ name: 'mystery', field: 'studyLeaveDays', blank: 'zero' })).toThrow(/mystery has no note/);
  });
});
