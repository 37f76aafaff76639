/**
 * What goes in each pasted column, for the page's table of columns. It is kept apart from the
 * columns themselves (team.ts) because only the build reads it: the calculator's script, which
 * imports the columns, would otherwise send every visitor these sentences they never see from it.
 */
import { ACTIVITIES } from './capacity';
import type { Column } from './team';

const NOTES: Record<string, string> = {
  name: 'Name or role',
  hours_per_week: 'Contracted hours a week',
  years_of_service: 'Completed years of NHS service, used for the Agenda for Change annual leave when annual_leave_days is blank',
  annual_leave_days: 'Annual leave in full-time days; overrides years_of_service',
  public_holiday_days: 'Public holidays in full-time days',
  study_leave_days: 'Study leave days a year',
  mandatory_training_days: 'Mandatory training days a year',
  sickness_days: 'Sickness allowance in days a year',
  sickness_percent: 'Sickness allowance as a percentage of the hours left after leave and training; use this or sickness_days, not both',
};

/** What goes in a column, as the page's table of columns says it. */
export function columnNote(column: Column): string {
  const activity = ACTIVITIES.find((a) => `${a.id}_hours` === column.name);
  const note = activity ? `${activity.label}, hours a week` : NOTES[column.name];
  if (note === undefined) throw new Error(`The column ${column.name} has no note in column-notes.ts.`);
  return note;
}
