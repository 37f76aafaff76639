import { describe, expect, it } from 'vitest';
import { parsePaste } from './paste';
import { teamCsv } from './csv';
import { ALEX, RULES, SAM, member } from '../../../tests/fixtures/capacity';

describe('pasting rows from a spreadsheet', () => {
  it('reads tab-separated rows with headers in any order and case, and fills blanks as documented', () => {
    const text = ['Hours per week\tName\tYears of service\tCPD hours', '37.5\tAlex\t6\t1.5', '22.5\tSam\t\t'].join('\n');
    const out = parsePaste(text, RULES);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.added.map((m) => m.person.name)).toEqual(['Alex']);
    expect(out.added[0]!.person).toMatchObject({ annualLeaveDays: 29, publicHolidayDays: 8, studyLeaveDays: 0, sickness: 0 });
    expect(out.added[0]!.person.activities.cpd).toBe(1.5);
    // Sam has neither years of service nor annual leave: listed with the reason, not dropped.
    expect(out.rejected).toEqual([
      {
        line: 3,
        text: '22.5\tSam\t\t',
        reason: 'annual_leave_days: Enter the annual leave days, or a length of service to use the Agenda for Change entitlement.',
      },
    ]);
  });

  it('reads comma-separated rows with quoted names and lists every bad row with its reasons', () => {
    const text = [
      'name,hours_per_week,annual_leave_days,sickness_percent,anr_hours',
      '"Lee, J",30,27,4%,2',
      'Kim,abc,27,,',
      ',37.5,27,,',
      'Ola,37.5,300,,',
      'Pat,20,27,,25',
      'Rae,200,-1,,',
    ].join('\r\n');
    const out = parsePaste(text, RULES);
    if (!out.ok) throw new Error(out.reason);
    expect(out.added.map((m) => m.person.name)).toEqual(['Lee, J']);
    expect(out.added[0]!.person).toMatchObject({ sickness: 4, sicknessUnit: 'percent' });
    expect(out.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'hours_per_week: “abc” is not a number: use digits, for example 7.5.'],
      [4, 'name: Enter a name or role, for example Band 6 physiotherapist.'],
      [5, 'annual_leave_days: A year has 260 working days (52 weeks × 5 days): enter 260 or fewer.'],
      [6, 'Non-clinical time adds up to 25 hours a week, more than the 20 contracted hours.'],
      [7, 'hours_per_week: A week has only 168 hours: enter 168 or fewer. annual_leave_days: This cannot be less than 0.'],
    ]);
    expect(out.rejected[0]!.text).toBe('Kim,abc,27,,');
  });

  it('refuses rows with both sickness columns, extra cells or an unclosed quote', () => {
    const text = [
      'name,hours_per_week,years_of_service,sickness_days,sickness_percent',
      'A,37.5,1,2,3',
      'B,37.5,1,,,surprise',
      'C,"37.5,1,,',
    ].join('\n');
    const out = parsePaste(text, RULES);
    if (!out.ok) throw new Error(out.reason);
    expect(out.added).toEqual([]);
    expect(out.rejected.map((r) => r.reason)).toEqual([
      'it has both sickness_days and sickness_percent: use one',
      'it has 6 cells but the header row names 5 columns',
      'a quotation mark is never closed',
    ]);
  });

  it('refuses text without a usable header row, saying what is missing', () => {
    expect(parsePaste('   \n ', RULES)).toEqual({
      ok: false,
      reason: 'There is nothing to add. Paste a header row and one row for each person.',
    });
    const noHeader = parsePaste('Alex\t37.5\nSam\t22.5', RULES);
    expect(!noHeader.ok && noHeader.reason).toMatch(/must be a header row.*no name or hours_per_week column \(it has: alex, 37\.5\)/);
    const twice = parsePaste('name,hours_per_week,Name\nA,1,B', RULES);
    expect(!twice.ok && twice.reason).toBe('The header row names the column name twice.');
  });

  it('names columns it does not use', () => {
    const out = parsePaste('name,hours_per_week,years_of_service,band,clinical_hours_year\nA,37.5,0,6,999', RULES);
    expect(out.ok && out.ignoredColumns).toEqual(['band']);
  });
});

describe('pasting an exported file', () => {
  it('pastes back to the same people, listing the total row rather than adding it', () => {
    const out = parsePaste(teamCsv([ALEX, SAM]), RULES);
    if (!out.ok) throw new Error(out.reason);
    expect(out.added.map((m) => m.person)).toEqual([ALEX.person, SAM.person]);
    expect(out.rejected.map((r) => r.reason)).toEqual(['this is the team total row from an exported file, not a person']);
    expect(out.ignoredColumns).toEqual([]);
  });

  it('reads a formula-looking name back as it was typed', () => {
    const risky = member({ ...ALEX.person, name: '=HYPERLINK("http://example.invalid")' });
    const out = parsePaste(teamCsv([risky]), RULES);
    expect(out.ok && out.added.map((m) => m.person.name)).toEqual(['=HYPERLINK("http://example.invalid")']);
  });
});

describe('questioned figures', () => {
  it('adds a row with more than 60 hours a week and says to check it', () => {
    const out = parsePaste('name,hours_per_week,years_of_service\nLong,70,0\nUsual,37.5,0', RULES);
    if (!out.ok) throw new Error(out.reason);
    expect(out.added.map((m) => m.person.name)).toEqual(['Long', 'Usual']);
    expect(out.questioned).toEqual([
      {
        line: 2,
        text: 'Long,70,0',
        reason: 'hours_per_week: 70 hours a week is more than 60: check this is right. The figure is used as you entered it.',
      },
    ]);
  });
  it('keeps a line break inside a quoted cell in that cell, and adds no one from its second line', () => {
    // As a spreadsheet copies a wrapped cell: quoted, with the line break inside the quotes.
    const text = ['name\thours_per_week\tyears_of_service', '"Band 6\nphysio, ""lead"""\t37.5\t6', 'Sam\t22.5\t0'].join('\n');
    const out = parsePaste(text, RULES);
    if (!out.ok) throw new Error(out.reason);
    expect(out.added.map((m) => m.person.name)).toEqual(['Band 6 physio, "lead"', 'Sam']);
    expect(out.rejected).toEqual([]);
    // The same in comma-separated rows, with CRLF line ends; line numbers count the wrapped line.
    const csv = ['name,hours_per_week,years_of_service', '"Band 6\r\nphysio",37.5,6', 'Kim,abc,6'].join('\r\n');
    const fromCsv = parsePaste(csv, RULES);
    if (!fromCsv.ok) throw new Error(fromCsv.reason);
    expect(fromCsv.added.map((m) => m.person.name)).toEqual(['Band 6 physio']);
    expect(fromCsv.rejected.map((r) => r.line)).toEqual([4]);
  });

  it('a quote never closed spoils only its own line', () => {
    // Tab-separated, the stray quote is part of the text; comma-separated, its row is refused.
    const text = ['name\thours_per_week\tyears_of_service', '"Alex\t37.5\t6', 'Sam\t22.5\t0'].join('\n');
    const out = parsePaste(text, RULES);
    if (!out.ok) throw new Error(out.reason);
    expect(out.added.map((m) => m.person.name)).toEqual(['"Alex', 'Sam']);
    const csv = parsePaste(['name,hours_per_week,years_of_service', '"Alex,37.5,6', 'Sam,22.5,0'].join('\n'), RULES);
    if (!csv.ok) throw new Error(csv.reason);
    expect(csv.added.map((m) => m.person.name)).toEqual(['Sam']);
    expect(csv.rejected.map((r) => [r.line, r.reason])).toEqual([[2, 'a quotation mark is never closed']]);
  });
});
