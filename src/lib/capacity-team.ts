/**
 * A team's clinical capacity: totals, rows pasted from a spreadsheet, the CSV export and the
 * saved state. Every person goes through the same checks as the one-person calculator
 * (src/lib/capacity.ts); anything that cannot be used is reported or kept aside, never dropped.
 */
import { parseCsv, toCsv } from './csv';
import {
  ACTIVITIES,
  RAW_FIELDS,
  WEEKS_PER_YEAR,
  assess,
  nameError,
  readPerson,
  type ErrorKey,
  type LeaveRules,
  type Person,
  type RawField,
  type RawPerson,
  type Result,
} from './capacity';

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

interface Column {
  /** The header, as written in the spreadsheet's first row. */
  name: string;
  /** The calculator input it fills. */
  field: RawField;
  /** What goes in it, for the page's table of columns. */
  description: string;
  blank: BlankMeans;
}

/**
 * The columns a pasted spreadsheet may have, in the order exports use. Headers are matched
 * ignoring case, spaces and hyphens; columns not listed here are ignored and named.
 */
export const COLUMNS: readonly Column[] = [
  { name: 'name', field: 'name', description: 'Name or role', blank: 'required' },
  { name: 'hours_per_week', field: 'hoursPerWeek', description: 'Contracted hours a week', blank: 'required' },
  {
    name: 'years_of_service',
    field: 'yearsOfService',
    description: 'Completed years of NHS service, used for the Agenda for Change annual leave when annual_leave_days is blank',
    blank: 'not-given',
  },
  {
    name: 'annual_leave_days',
    field: 'annualLeaveDays',
    description: 'Annual leave in full-time days; overrides years_of_service',
    blank: 'not-given',
  },
  { name: 'public_holiday_days', field: 'publicHolidayDays', description: 'Public holidays in full-time days', blank: 'public-holidays' },
  { name: 'study_leave_days', field: 'studyLeaveDays', description: 'Study leave days a year', blank: 'zero' },
  { name: 'mandatory_training_days', field: 'mandatoryTrainingDays', description: 'Mandatory training days a year', blank: 'zero' },
  { name: 'sickness_days', field: 'sickness', description: 'Sickness allowance in days a year', blank: 'zero' },
  {
    name: 'sickness_percent',
    field: 'sickness',
    description: 'Sickness allowance as a percentage of the hours left after leave and training; use this or sickness_days, not both',
    blank: 'not-given',
  },
  ...ACTIVITIES.map((a): Column => ({ name: `${a.id}_hours`, field: a.id, description: `${a.label}, hours a week`, blank: 'zero' })),
];

/** Columns that exports add and pasting ignores: the calculator works them out again. */
const RESULT_COLUMNS = ['available_hours_year', 'clinical_hours_year', 'clinical_share_percent', 'clinical_hours_week'];
const TOTAL_ROW_NAME = 'Team total';
const MAX_ROWS = 500;

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

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export interface RejectedRow {
  /** Line number in the pasted text, the header being line 1. */
  line: number;
  text: string;
  reason: string;
}
export type PasteOutcome = { ok: true; added: Member[]; rejected: RejectedRow[]; ignoredColumns: string[] } | { ok: false; reason: string };

/**
 * Reads rows pasted from a spreadsheet: tab-separated (as spreadsheets copy) or comma-separated,
 * with a header row. Each row is checked like the form; rows that fail are returned with why.
 */
export function parsePaste(text: string, rules: LeaveRules): PasteOutcome {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter((l) => l.text.trim() !== '');
  const header = lines.shift();
  if (!header) return { ok: false, reason: 'There is nothing to add. Paste a header row and one row for each person.' };
  if (lines.length > MAX_ROWS) return { ok: false, reason: `That is more than ${MAX_ROWS} rows. Paste the team in smaller parts.` };
  const tabs = header.text.includes('\t');
  const cellsOf = (t: string): string[] => {
    if (tabs) return t.split('\t').map((c) => c.trim().replace(/^"([\s\S]*)"$/, (_, inner: string) => inner.replace(/""/g, '"')));
    return (parseCsv(t)[0] ?? []).map((c) => c.trim());
  };

  let headings: string[];
  try {
    headings = cellsOf(header.text).map(normalise);
  } catch {
    return { ok: false, reason: 'The header row has a quotation mark that is never closed.' };
  }
  const known = new Map(COLUMNS.map((c) => [c.name, c]));
  const missing = COLUMNS.filter((c) => c.blank === 'required' && !headings.includes(c.name)).map((c) => c.name);
  if (missing.length > 0)
    return {
      ok: false,
      reason: `The first row must be a header row naming the columns. It has no ${missing.join(' or ')} column (it has: ${headings.join(', ').slice(0, 200) || 'nothing'}).`,
    };
  const repeated = headings.find((h, i) => h !== '' && headings.indexOf(h) !== i);
  if (repeated) return { ok: false, reason: `The header row names the column ${repeated} twice.` };
  const ignoredColumns = headings.filter((h) => h !== '' && !known.has(h) && !RESULT_COLUMNS.includes(h));

  const added: Member[] = [];
  const rejected: RejectedRow[] = [];
  for (const { line, text: rowText } of lines) {
    const reject = (reason: string) => rejected.push({ line, text: rowText, reason });
    let cells: string[];
    try {
      cells = cellsOf(rowText);
    } catch {
      reject('a quotation mark is never closed');
      continue;
    }
    if (cells.slice(headings.length).some((c) => c !== '')) {
      reject(`it has ${cells.length} cells but the header row names ${headings.length} columns`);
      continue;
    }
    const cell = (name: string) => {
      const i = headings.indexOf(name);
      return i < 0 ? '' : (cells[i] ?? '');
    };
    if (normalise(cell('name')) === normalise(TOTAL_ROW_NAME)) {
      reject('this is the team total row from an exported file, not a person');
      continue;
    }
    const sicknessColumn = cell('sickness_percent') !== '' ? 'sickness_percent' : 'sickness_days';
    if (sicknessColumn === 'sickness_percent' && cell('sickness_days') !== '') {
      reject('it has both sickness_days and sickness_percent: use one');
      continue;
    }
    const raw = { sicknessUnit: sicknessColumn === 'sickness_percent' ? 'percent' : 'days' } as RawPerson;
    for (const c of COLUMNS) {
      if (c.field === 'sickness' && c.name !== sicknessColumn) continue;
      const value = cell(c.name);
      raw[c.field] = value !== '' ? value : c.blank === 'zero' ? '0' : c.blank === 'public-holidays' ? String(rules.publicHolidays) : '';
    }
    const columnFor = (key: ErrorKey) => (key === 'sickness' ? sicknessColumn : COLUMNS.find((c) => c.field === key)?.name);
    const problems: string[] = [];
    const badName = nameError(raw.name);
    if (badName) problems.push(`name: ${badName}`);
    const outcome = readPerson(raw, rules);
    if (!outcome.ok)
      for (const [key, message] of Object.entries(outcome.errors) as [ErrorKey, string][]) {
        const column = columnFor(key);
        problems.push(column ? `${column}: ${message}` : message);
      }
    if (problems.length > 0 || !outcome.ok) reject(problems.join(' '));
    else added.push({ person: outcome.person, result: outcome.result });
  }
  return { ok: true, added, rejected, ignoredColumns };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The team as CSV: the columns pasting reads (so the file can be pasted back), then the results and a total row. */
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

/** The saved state's format; bump it when the shape changes, and read older versions here. */
export const SAVE_VERSION = 1;

export interface SavedState {
  version: number;
  savedAt: string;
  /** What is typed in the form, field by field, as typed. */
  draft: Partial<RawPerson>;
  team: Person[];
}

export type ReadSaved = { ok: true; draft: Partial<RawPerson>; team: Member[]; setAside: unknown[] } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored person, if every figure is there and still passes the checks. */
function personFrom(v: unknown): Member | undefined {
  if (!isRecord(v) || typeof v['name'] !== 'string' || !isRecord(v['activities'])) return undefined;
  const num = (x: unknown) => (typeof x === 'number' ? x : NaN);
  const activities = v['activities'];
  const outcome = assess({
    name: v['name'],
    hoursPerWeek: num(v['hoursPerWeek']),
    annualLeaveDays: num(v['annualLeaveDays']),
    publicHolidayDays: num(v['publicHolidayDays']),
    studyLeaveDays: num(v['studyLeaveDays']),
    mandatoryTrainingDays: num(v['mandatoryTrainingDays']),
    sickness: num(v['sickness']),
    sicknessUnit: v['sicknessUnit'] === 'percent' ? 'percent' : 'days',
    activities: Object.fromEntries(ACTIVITIES.map((a) => [a.id, num(activities[a.id])])) as Person['activities'],
  });
  return outcome.ok && (v['sicknessUnit'] === 'days' || v['sicknessUnit'] === 'percent')
    ? { person: outcome.person, result: outcome.result }
    : undefined;
}

/**
 * Reads what was saved in the browser. People whose figures no longer pass the checks are
 * returned in setAside for the user to download; data that is not ours at all is refused.
 */
export function readSaved(value: unknown): ReadSaved {
  if (!isRecord(value) || !Array.isArray(value['team'])) return { ok: false, reason: 'it is not job planning data' };
  if (value['version'] !== SAVE_VERSION) return { ok: false, reason: 'it comes from a newer or unknown version of this calculator' };
  const draft: Partial<RawPerson> = {};
  if (isRecord(value['draft']))
    for (const field of RAW_FIELDS) {
      const typed = value['draft'][field];
      if (typeof typed === 'string') draft[field] = typed;
    }
  const team: Member[] = [];
  const setAside: unknown[] = [];
  for (const entry of value['team']) {
    const member = personFrom(entry);
    if (member) team.push(member);
    else setAside.push(entry);
  }
  return { ok: true, draft, team, setAside };
}

export function savedState(draft: Partial<RawPerson>, team: readonly Member[], now: Date): SavedState {
  return { version: SAVE_VERSION, savedAt: now.toISOString(), draft, team: team.map((m) => m.person) };
}
