/**
 * A team's clinical capacity: its totals and the spreadsheet columns that pasting
 * (paste.ts) reads and the CSV export (csv.ts) writes. The saved state is in
 * storage.ts. Every person goes through the same checks as the one-person calculator.
 */
import { ACTIVITIES, WEEKS_PER_YEAR, type LeaveRules, type Person, type RawField, type Result } from './capacity';

export interface Member {
  person: Person;
  result: Result;
}

export interface TeamTotals {
  people: number;
  contractedHours: number;
  availableHours: number;
  clinicalHours: number;
  /** Clinical hours as a share (0 to 1) of the team's contracted hours; 0 for an empty team. */
  clinicalShare: number;
  clinicalHoursPerWeek: number;
}

export function teamTotals(members: readonly Member[]): TeamTotals {
  const sum = (pick: (r: Result) => number) => members.reduce((total, m) => total + pick(m.result), 0);
  const contractedHours = sum((r) => r.contractedHours);
  const clinicalHours = sum((r) => r.clinicalHours);
  return {
    people: members.length,
    contractedHours,
    availableHours: sum((r) => r.availableHours),
    clinicalHours,
    clinicalShare: contractedHours > 0 ? clinicalHours / contractedHours : 0,
    clinicalHoursPerWeek: clinicalHours / WEEKS_PER_YEAR,
  };
}

/** What a blank cell in an optional column means. */
type BlankMeans = 'required' | 'zero' | 'public-holidays' | 'not-given';

export interface Column {
  /** The header, as written in the spreadsheet's first row. */
  name: string;
  /** The calculator input it fills. */
  field: RawField;
  blank: BlankMeans;
}

/**
 * The columns a pasted spreadsheet may have, in the order exports use. Headers are matched
 * ignoring case, spaces and hyphens; columns not listed here are ignored and named.
 */
export const COLUMNS: readonly Column[] = [
  { name: 'name', field: 'name', blank: 'required' },
  { name: 'hours_per_week', field: 'hoursPerWeek', blank: 'required' },
  {
    name: 'years_of_service',
    field: 'yearsOfService',
    blank: 'not-given',
  },
  {
    name: 'annual_leave_days',
    field: 'annualLeaveDays',
    blank: 'not-given',
  },
  { name: 'public_holiday_days', field: 'publicHolidayDays', blank: 'public-holidays' },
  { name: 'study_leave_days', field: 'studyLeaveDays', blank: 'zero' },
  { name: 'mandatory_training_days', field: 'mandatoryTrainingDays', blank: 'zero' },
  { name: 'sickness_days', field: 'sickness', blank: 'zero' },
  {
    name: 'sickness_percent',
    field: 'sickness',
    blank: 'not-given',
  },
  ...ACTIVITIES.map((a): Column => ({ name: `${a.id}_hours`, field: a.id, blank: 'zero' })),
];

/** Columns that exports add and pasting ignores: the calculator works them out again. */
export const RESULT_COLUMNS = ['available_hours_year', 'clinical_hours_year', 'clinical_share_percent', 'clinical_hours_week'];
export const TOTAL_ROW_NAME = 'Team total';

/** What each kind of blank means, for the page's table of columns. */
export function describeBlank(column: Column, rules: LeaveRules): string {
  switch (column.blank) {
    case 'required':
      return 'Required';
    case 'zero':
      return 'Blank means 0';
    case 'public-holidays':
      return `Blank means ${rules.publicHolidays}`;
    case 'not-given':
      return column.name === 'sickness_percent' ? 'Blank: sickness_days is used' : 'Give years_of_service or annual_leave_days';
  }
}
