import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/csv';
import { COLUMNS } from './team';
import { teamCsv } from './csv';
import { ALEX, SAM, member } from '../../../tests/fixtures/capacity';

describe('CSV export', () => {
  it('writes inputs, results and a team total, rounded to 2 places', () => {
    const rows = parseCsv(teamCsv([ALEX, SAM]));
    expect(rows[0]).toEqual([
      ...COLUMNS.map((c) => c.name),
      'available_hours_year',
      'clinical_hours_year',
      'clinical_share_percent',
      'clinical_hours_week',
    ]);
    const col = (row: string[], name: string) => row[rows[0]!.indexOf(name)];
    expect(col(rows[1]!, 'name')).toBe('Alex');
    expect(col(rows[1]!, 'annual_leave_days')).toBe('29');
    expect(col(rows[1]!, 'clinical_hours_year')).toBe('1344');
    expect(col(rows[1]!, 'clinical_share_percent')).toBe('68.92');
    expect(col(rows[1]!, 'clinical_hours_week')).toBe('25.85');
    expect(col(rows[2]!, 'name')).toBe('Sam, "part time"');
    expect(col(rows[2]!, 'sickness_percent')).toBe('3');
    expect(col(rows[2]!, 'sickness_days')).toBe('');
    expect(col(rows[3]!, 'name')).toBe('Team total');
    expect(col(rows[3]!, 'clinical_hours_year')).toBe('2226.89');
    expect(col(rows[3]!, 'clinical_share_percent')).toBe('71.37');
  });

  it('writes a name that a spreadsheet would run as a formula as plain text', () => {
    for (const name of ['=1+1', '+44 1234', '-2', '@SUM(A1:A9)', '\tTab']) {
      const rows = parseCsv(teamCsv([member({ ...ALEX.person, name })]));
      // The cell as a spreadsheet reads it starts with an apostrophe, so it is text, not a formula.
      expect(rows[1]![0]).toBe(`'${name}`);
    }
  });
});
