import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { ACTIVITIES, assess, type LeaveRules, type Person } from './capacity';
import { COLUMNS, SAVE_VERSION, parsePaste, readSaved, savedState, teamCsv, teamTotals, type Member } from './capacity-team';

const RULES: LeaveRules = {
  entitlements: [
    { yearsOfService: 0, days: 27 },
    { yearsOfService: 5, days: 29 },
    { yearsOfService: 10, days: 33 },
  ],
  publicHolidays: 8,
};
const noActivities = Object.fromEntries(ACTIVITIES.map((a) => [a.id, 0])) as Person['activities'];
const member = (p: Person): Member => {
  const o = assess(p);
  if (!o.ok) throw new Error(JSON.stringify(o.errors));
  return { person: o.person, result: o.result };
};
/** The page's worked example: 1,344 clinical hours a year from 1,950 contracted. */
const ALEX = member({
  name: 'Alex',
  hoursPerWeek: 37.5,
  annualLeaveDays: 29,
  publicHolidayDays: 8,
  studyLeaveDays: 5,
  mandatoryTrainingDays: 2,
  sickness: 6,
  sicknessUnit: 'days',
  activities: { ...noActivities, supervision: 1.5, cpd: 1.5, teaching: 1, research: 0.5, anr: 1 },
});
/** Part time: 882.894 clinical hours a year from 1,170 contracted (see capacity.test.ts). */
const SAM = member({
  name: 'Sam, "part time"',
  hoursPerWeek: 22.5,
  annualLeaveDays: 27,
  publicHolidayDays: 8,
  studyLeaveDays: 2,
  mandatoryTrainingDays: 1,
  sickness: 3,
  sicknessUnit: 'percent',
  activities: { ...noActivities, supervision: 1, cpd: 1 },
});

describe('team totals', () => {
  it('adds up clinical hours and works out the team share (checked by hand)', () => {
    /*
     * Clinical 1,344 + 882.894 = 2,226.894; contracted 1,950 + 1,170 = 3,120;
     * share 2,226.894 ÷ 3,120 = 0.713748… (71.37%); a week 2,226.894 ÷ 52 = 42.8249…
     */
    const t = teamTotals([ALEX, SAM]);
    expect(t.people).toBe(2);
    expect(t.clinicalHours).toBeCloseTo(2226.894, 9);
    expect(t.contractedHours).toBe(3120);
    expect(t.clinicalShare).toBeCloseTo(0.713748, 6);
    expect(t.clinicalHoursPerWeek).toBeCloseTo(42.8249, 4);
  });
  it('is all zeros for an empty team', () => {
    expect(teamTotals([])).toEqual({
      people: 0,
      contractedHours: 0,
      availableHours: 0,
      clinicalHours: 0,
      clinicalShare: 0,
      clinicalHoursPerWeek: 0,
    });
  });
});

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

  it('pastes back to the same people, listing the total row rather than adding it', () => {
    const out = parsePaste(teamCsv([ALEX, SAM]), RULES);
    if (!out.ok) throw new Error(out.reason);
    expect(out.added.map((m) => m.person)).toEqual([ALEX.person, SAM.person]);
    expect(out.rejected.map((r) => r.reason)).toEqual(['this is the team total row from an exported file, not a person']);
    expect(out.ignoredColumns).toEqual([]);
  });
});

describe('saved state', () => {
  it('reads back what it saved', () => {
    const saved = JSON.parse(
      JSON.stringify(savedState({ name: 'draft', hoursPerWeek: '3' }, [ALEX, SAM], new Date('2026-11-22T10:00:00Z'))),
    );
    expect(saved.version).toBe(SAVE_VERSION);
    expect(readSaved(saved)).toEqual({ ok: true, draft: { name: 'draft', hoursPerWeek: '3' }, team: [ALEX, SAM], setAside: [] });
  });
  it('keeps people whose figures no longer pass aside, and drops nothing', () => {
    const broken = { ...ALEX.person, hoursPerWeek: 500 };
    const r = readSaved({
      version: SAVE_VERSION,
      savedAt: '',
      draft: { name: 'x', unknown: 'y', hoursPerWeek: 3 },
      team: [ALEX.person, broken, 'junk'],
    });
    expect(r.ok && r.team).toEqual([ALEX]);
    expect(r.ok && r.setAside).toEqual([broken, 'junk']);
    expect(r.ok && r.draft).toEqual({ name: 'x' });
  });
  it('refuses data that is not its own or is from an unknown version', () => {
    expect(readSaved(null)).toEqual({ ok: false, reason: 'it is not job planning data' });
    expect(readSaved({ checklist: 'greener-actions' })).toEqual({ ok: false, reason: 'it is not job planning data' });
    expect(readSaved({ version: 99, team: [] })).toEqual({
      ok: false,
      reason: 'it comes from a newer or unknown version of this calculator',
    });
  });
});
