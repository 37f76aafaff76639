/** The team as a CSV file: the columns pasting reads (so it pastes back), then the results and a total row. */
import { ACTIVITIES } from './capacity';
import { COLUMNS, RESULT_COLUMNS, TOTAL_ROW_NAME, teamTotals, type Member } from './team';
import { toCsv } from '../../lib/csv';

const round = (n: number) => Math.round(n * 100) / 100;

export function teamCsv(members: readonly Member[]): string {
  const header = [...COLUMNS.map((c) => c.name), ...RESULT_COLUMNS];
  const rows: (string | number)[][] = [header];
  for (const { person: p, result: r } of members) {
    const inputs: Record<string, string | number> = {
      name: p.name,
      hours_per_week: p.hoursPerWeek,
      years_of_service: '',
      annual_leave_days: p.annualLeaveDays,
      public_holiday_days: p.publicHolidayDays,
      study_leave_days: p.studyLeaveDays,
      mandatory_training_days: p.mandatoryTrainingDays,
      sickness_days: p.sicknessUnit === 'days' ? p.sickness : '',
      sickness_percent: p.sicknessUnit === 'percent' ? p.sickness : '',
      ...Object.fromEntries(ACTIVITIES.map((a) => [`${a.id}_hours`, p.activities[a.id]])),
    };
    rows.push([
      ...COLUMNS.map((c) => inputs[c.name] ?? ''),
      round(r.availableHours),
      round(r.clinicalHours),
      round(r.clinicalShare * 100),
      round(r.clinicalHoursPerWeek),
    ]);
  }
  const t = teamTotals(members);
  rows.push([
    TOTAL_ROW_NAME,
    ...COLUMNS.slice(1).map(() => ''),
    round(t.availableHours),
    round(t.clinicalHours),
    round(t.clinicalShare * 100),
    round(t.clinicalHoursPerWeek),
  ]);
  return toCsv(rows);
}
