/**
 * Clinical capacity for one person: the hours a year left for direct clinical care once leave,
 * training, sickness and non-clinical activities are taken out, with every step of the sum.
 *
 * The method (also stated on /job-planning/, which shows a worked example built by this file):
 * - a year is 52 weeks of 5 working days (260 days); a working day is the weekly hours ÷ 5, so
 *   days of leave become hours pro rata for part-time staff, as Agenda for Change does;
 * - a sickness percentage applies to the hours left after leave, holidays and training;
 * - weekly non-clinical time happens only in the weeks a person is at work, so it is multiplied
 *   by the weeks at work (available hours ÷ weekly hours), not by 52.
 * Input that is blank, not a number, negative or impossible gets a message per field and no
 * result: a wrong total is worse than none.
 */

import {
  AMOUNTS,
  DAYS_PER_WEEK,
  FULL_TIME_HOURS,
  WEEKS_PER_YEAR,
  WORKING_DAYS_PER_YEAR,
  checkAmount,
  questionHours,
  readAmount,
  wteFromHours,
  type Limits,
} from './input';

export { DAYS_PER_WEEK, FULL_TIME_HOURS, WEEKS_PER_YEAR, WORKING_DAYS_PER_YEAR } from './input';
import { withUnit } from '../../lib/words';
const MAX_NAME_LENGTH = 80;

/** Non-clinical activities, in the categories of the AHP job planning guide (content/job-planning/index.mdx). */
export const ACTIVITIES = [
  { id: 'supervision', label: 'Supervision, given and received (SPA)', short: 'supervision' },
  { id: 'cpd', label: 'CPD and learning (SPA)', short: 'CPD' },
  { id: 'teaching', label: 'Teaching and supporting learners (SPA)', short: 'teaching' },
  { id: 'research', label: 'Research and service development (SPA)', short: 'research and service development' },
  { id: 'anr', label: 'Additional NHS responsibilities (ANR)', short: 'ANR' },
  { id: 'ed', label: 'Externally funded duties (ED)', short: 'ED' },
] as const;
type ActivityId = (typeof ACTIVITIES)[number]['id'];

/** Agenda for Change leave, from content/leave.yaml. */
export interface LeaveRules {
  /** Annual leave days for full-time staff by completed years of NHS service, shortest service first. */
  entitlements: readonly { yearsOfService: number; days: number }[];
  /** General public holidays a year for full-time staff. */
  publicHolidays: number;
}

type SicknessUnit = 'days' | 'percent';

/** One person's figures, checked and as numbers. Days are full-time days; activities are hours a week. */
export interface Person {
  name: string;
  hoursPerWeek: number;
  annualLeaveDays: number;
  publicHolidayDays: number;
  studyLeaveDays: number;
  mandatoryTrainingDays: number;
  /** Days a year, or a percentage of the hours left after leave and training. */
  sickness: number;
  sicknessUnit: SicknessUnit;
  activities: Record<ActivityId, number>;
}

/** Form fields, named as the calculator's inputs are; values are exactly what was typed. */
const DAY_FIELDS = ['annualLeaveDays', 'publicHolidayDays', 'studyLeaveDays', 'mandatoryTrainingDays'] as const;
export type RawField =
  'name' | 'hoursPerWeek' | 'wte' | 'yearsOfService' | (typeof DAY_FIELDS)[number] | 'sickness' | 'sicknessUnit' | ActivityId;
export type RawPerson = Record<RawField, string>;

/** Where a message belongs: a field, or the group whose figures add up to too much. */
export type ErrorKey = RawField | 'daysTotal' | 'activitiesTotal';
export type Errors = Partial<Record<ErrorKey, string>>;
/** A total that is too high, and the fields whose figures make it up (those above 0). */
type GroupKey = 'daysTotal' | 'activitiesTotal';
export type Involved = Partial<Record<GroupKey, RawField[]>>;

export interface Step {
  id: string;
  label: string;
  /** The sum with its numbers, for example "29 days × 7.5 hours". */
  working: string;
  value: number;
  unit: 'hours' | 'hours a week' | 'weeks' | '%';
}

export interface Result {
  contractedHours: number;
  availableHours: number;
  weeksAtWork: number;
  nonClinicalHours: number;
  clinicalHours: number;
  /** Clinical hours as a share (0 to 1) of contracted hours a year. */
  clinicalShare: number;
  /** Clinical hours a year spread over all 52 weeks. */
  clinicalHoursPerWeek: number;
  steps: Step[];
}

/** A result may come with warnings: figures that are allowed but worth checking (see questionHours). */
export type Outcome = { ok: true; person: Person; result: Result; warnings: Errors } | { ok: false; errors: Errors; involved?: Involved };

const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const PERCENT_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A number as the calculator shows it: grouped thousands, at most 2 decimal places. */
export const formatNumber = (n: number): string => NUMBER_FORMAT.format(n);

/** A number with its unit, as the calculator shows it: "1 hour a week", "1,344 hours". */
export const formatAmount = (n: number, unit: string): string => withUnit(n, unit, formatNumber(n));

export function formatStep(step: Step): string {
  if (step.unit === '%') return `${PERCENT_FORMAT.format(step.value)}%`;
  return formatAmount(step.value, step.unit);
}

/** The annual leave for a length of service: the longest band the service has reached. */
export function leaveForService(rules: LeaveRules, years: number): number {
  let days = rules.entitlements[0]?.days ?? 0;
  for (const band of rules.entitlements) if (years >= band.yearsOfService) days = band.days;
  return days;
}

/** How a service band is described, for example "After 5 years: 29 days". */
export function describeBand(rules: LeaveRules, index: number): string {
  const band = rules.entitlements[index]!;
  const next = rules.entitlements[index + 1];
  const when =
    band.yearsOfService === 0
      ? `On appointment${next ? ` (less than ${next.yearsOfService} years)` : ''}`
      : `After ${band.yearsOfService} years`;
  return `${when}: ${band.days} days`;
}

/** A name is needed only to tell team members apart. */
export function nameError(name: string): string | undefined {
  if (name.trim() === '') return 'Enter a name or role, for example Band 6 physiotherapist.';
  if (name.trim().length > MAX_NAME_LENGTH) return `Keep the name to ${MAX_NAME_LENGTH} characters or fewer.`;
  return undefined;
}

/** Reads what was typed into the form (or a pasted row) and, if it all makes sense, calculates. */
export function readPerson(raw: RawPerson, rules: LeaveRules): Outcome {
  const errors: Errors = {};
  const amount = (field: RawField, limits: Limits): number => {
    const r = readAmount(raw[field], limits);
    if ('error' in r) errors[field] = r.error;
    return 'value' in r ? r.value : NaN;
  };
  // Hours a week, or else the WTE (the form keeps the two in step; pasted rows give hours).
  const wte = raw.wte ?? '';
  const hoursPerWeek =
    raw.hoursPerWeek.trim() === '' && wte.trim() !== ''
      ? Math.round(amount('wte', AMOUNTS.wte) * FULL_TIME_HOURS * 1e6) / 1e6
      : amount('hoursPerWeek', AMOUNTS.weeklyHours);

  let annualLeaveDays: number;
  if (raw.annualLeaveDays.trim() !== '') annualLeaveDays = amount('annualLeaveDays', AMOUNTS.days);
  else if (raw.yearsOfService.trim() === '') {
    errors.annualLeaveDays = 'Enter the annual leave days, or a length of service to use the Agenda for Change entitlement.';
    annualLeaveDays = NaN;
  } else {
    const years = amount('yearsOfService', AMOUNTS.years);
    annualLeaveDays = leaveForService(rules, years);
  }

  const unit = raw.sicknessUnit === 'days' || raw.sicknessUnit === 'percent' ? raw.sicknessUnit : undefined;
  if (!unit) errors.sicknessUnit = 'Choose whether sickness is in days or a percentage.';
  const person: Person = {
    name: raw.name.trim(),
    hoursPerWeek,
    annualLeaveDays,
    publicHolidayDays: amount('publicHolidayDays', AMOUNTS.days),
    studyLeaveDays: amount('studyLeaveDays', AMOUNTS.days),
    mandatoryTrainingDays: amount('mandatoryTrainingDays', AMOUNTS.days),
    sickness: amount('sickness', unit === 'percent' ? AMOUNTS.percent : AMOUNTS.days),
    sicknessUnit: unit ?? 'days',
    activities: Object.fromEntries(ACTIVITIES.map((a) => [a.id, amount(a.id, AMOUNTS.hours)])) as Record<ActivityId, number>,
  };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const outcome = assess(person);
  // Annual leave left blank comes from the length of service: that is the field to correct.
  if (!outcome.ok && raw.annualLeaveDays.trim() === '' && outcome.involved?.daysTotal)
    outcome.involved.daysTotal = outcome.involved.daysTotal.map((f) => (f === 'annualLeaveDays' ? 'yearsOfService' : f));
  return outcome;
}

/** Leave and time away in days, as counted against the 260 working days. */
const daysAway = (p: Person) =>
  p.annualLeaveDays + p.publicHolidayDays + p.studyLeaveDays + p.mandatoryTrainingDays + (p.sicknessUnit === 'days' ? p.sickness : 0);
const weeklyNonClinical = (p: Person) => ACTIVITIES.reduce((sum, a) => sum + p.activities[a.id], 0);

/**
 * Checks a person's figures as numbers (they may come from storage or a build), then calculates.
 * The checks match readPerson's, plus the ones that need two figures at once.
 */
export function assess(person: Person): Outcome {
  const errors: Errors = {};
  const check = (key: ErrorKey, value: number, limits: Limits) => {
    const r = checkAmount(value, limits);
    if ('error' in r) errors[key] = r.error;
  };
  const nameProblem = person.name.length > MAX_NAME_LENGTH ? nameError(person.name) : undefined;
  if (nameProblem) errors.name = nameProblem;
  check('hoursPerWeek', person.hoursPerWeek, AMOUNTS.weeklyHours);
  for (const field of DAY_FIELDS) check(field, person[field], AMOUNTS.days);
  check('sickness', person.sickness, person.sicknessUnit === 'percent' ? AMOUNTS.percent : AMOUNTS.days);
  for (const a of ACTIVITIES) check(a.id, person.activities[a.id], AMOUNTS.hours);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const involved: Involved = {};
  const away = daysAway(person);
  if (away > WORKING_DAYS_PER_YEAR) {
    const counted: RawField[] = [...DAY_FIELDS, ...(person.sicknessUnit === 'days' ? (['sickness'] as const) : [])];
    involved.daysTotal = counted.filter((f) => (f === 'sickness' ? person.sickness : person[f as (typeof DAY_FIELDS)[number]]) > 0);
    errors.daysTotal = `Leave, training and sickness add up to ${formatNumber(away)} days, more than the ${WORKING_DAYS_PER_YEAR} working days in a year (${WEEKS_PER_YEAR} weeks × ${DAYS_PER_WEEK} days).`;
  }
  const nonClinical = weeklyNonClinical(person);
  if (nonClinical > person.hoursPerWeek) {
    involved.activitiesTotal = ACTIVITIES.filter((a) => person.activities[a.id] > 0).map((a) => a.id);
    errors.activitiesTotal = `Non-clinical time adds up to ${formatAmount(nonClinical, 'hours a week')}, more than the ${formatNumber(person.hoursPerWeek)} contracted hours.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, involved };
  const question = questionHours(person.hoursPerWeek);
  return { ok: true, person, result: calculate(person), warnings: question ? { hoursPerWeek: question } : {} };
}

/** The sum itself, for figures already checked by assess. */
function calculate(p: Person): Result {
  const n = formatNumber;
  const steps: Step[] = [];
  const step = (id: string, label: string, working: string, value: number, unit: Step['unit'] = 'hours') => {
    steps.push({ id, label, working, value, unit });
    return value;
  };
  const hoursPerDay = step(
    'hoursPerDay',
    'Hours in a working day',
    `${formatAmount(p.hoursPerWeek, 'hours a week')} ÷ ${DAYS_PER_WEEK} days`,
    p.hoursPerWeek / DAYS_PER_WEEK,
  );
  const contractedHours = step(
    'contractedHours',
    'Contracted hours a year',
    `${formatAmount(p.hoursPerWeek, 'hours a week')} × ${WEEKS_PER_YEAR} weeks`,
    p.hoursPerWeek * WEEKS_PER_YEAR,
  );
  const inHours = (id: string, label: string, days: number) =>
    step(id, label, `${formatAmount(days, 'days')} × ${formatAmount(hoursPerDay, 'hours')}`, days * hoursPerDay);
  const away = [
    inHours('annualLeave', 'Annual leave', p.annualLeaveDays),
    inHours('publicHolidays', 'Public holidays', p.publicHolidayDays),
    inHours('studyLeave', 'Study leave', p.studyLeaveDays),
    inHours('mandatoryTraining', 'Mandatory training', p.mandatoryTrainingDays),
  ];
  const afterLeave = step(
    'afterLeave',
    'Hours left after leave and training',
    [contractedHours, ...away].map(n).join(' − '),
    away.reduce((left, h) => left - h, contractedHours),
  );
  const sickness =
    p.sicknessUnit === 'days'
      ? inHours('sickness', 'Sickness allowance', p.sickness)
      : step(
          'sickness',
          'Sickness allowance',
          `${n(p.sickness)}% of ${formatAmount(afterLeave, 'hours')}`,
          (afterLeave * p.sickness) / 100,
        );
  const availableHours = step(
    'availableHours',
    'Available working hours a year',
    `${n(afterLeave)} − ${n(sickness)}`,
    afterLeave - sickness,
  );
  const weeksAtWork = step(
    'weeksAtWork',
    'Weeks at work',
    `${formatAmount(availableHours, 'hours')} ÷ ${formatAmount(p.hoursPerWeek, 'hours a week')}`,
    availableHours / p.hoursPerWeek,
    'weeks',
  );
  const named = ACTIVITIES.filter((a) => p.activities[a.id] > 0);
  const perWeek = step(
    'nonClinicalPerWeek',
    'Non-clinical time a week',
    named.length ? named.map((a) => `${n(p.activities[a.id])} (${a.short})`).join(' + ') : 'none entered',
    weeklyNonClinical(p),
    'hours a week',
  );
  const nonClinicalHours = step(
    'nonClinicalHours',
    'Non-clinical time a year',
    `${formatAmount(perWeek, 'hours a week')} × ${formatAmount(weeksAtWork, 'weeks')}`,
    perWeek * weeksAtWork,
  );
  const clinicalHours = step(
    'clinicalHours',
    'Clinical care hours a year',
    `${n(availableHours)} − ${n(nonClinicalHours)}`,
    availableHours - nonClinicalHours,
  );
  const clinicalShare = clinicalHours / contractedHours;
  step(
    'clinicalShare',
    'Share of contracted hours for clinical care',
    `${n(clinicalHours)} ÷ ${n(contractedHours)} × 100`,
    clinicalShare * 100,
    '%',
  );
  const clinicalHoursPerWeek = step(
    'clinicalHoursPerWeek',
    `Clinical care hours a week, averaged over ${WEEKS_PER_YEAR} weeks`,
    `${n(clinicalHours)} ÷ ${WEEKS_PER_YEAR}`,
    clinicalHours / WEEKS_PER_YEAR,
    'hours a week',
  );
  return { contractedHours, availableHours, weeksAtWork, nonClinicalHours, clinicalHours, clinicalShare, clinicalHoursPerWeek, steps };
}

/**
 * The example the page works through (and capacity.test.ts checks by hand): full time, 6 years of
 * NHS service, a week of study leave and training, 6 days' sickness and 5.5 hours of non-clinical time.
 */
export const WORKED_EXAMPLE_YEARS = 6;
export function workedExample(rules: LeaveRules): Person {
  return {
    name: `Example: full time, ${WORKED_EXAMPLE_YEARS} years of NHS service`,
    hoursPerWeek: 37.5,
    annualLeaveDays: leaveForService(rules, WORKED_EXAMPLE_YEARS),
    publicHolidayDays: rules.publicHolidays,
    studyLeaveDays: 5,
    mandatoryTrainingDays: 2,
    sickness: 6,
    sicknessUnit: 'days',
    activities: { supervision: 1.5, cpd: 1.5, teaching: 1, research: 0.5, anr: 1, ed: 0 },
  };
}

/** The form's starting values: no leave beyond the entitlement, no other time away. */
export function blankRaw(rules: LeaveRules): RawPerson {
  return {
    name: '',
    hoursPerWeek: '',
    wte: '',
    yearsOfService: String(rules.entitlements[0]?.yearsOfService ?? 0),
    annualLeaveDays: '',
    publicHolidayDays: String(rules.publicHolidays),
    studyLeaveDays: '0',
    mandatoryTrainingDays: '0',
    sickness: '0',
    sicknessUnit: 'days',
    ...(Object.fromEntries(ACTIVITIES.map((a) => [a.id, '0'])) as Record<ActivityId, string>),
  };
}

/**
 * What the form starts with: as blankRaw, but sickness and non-clinical time are left blank to be
 * asked for. There is no sourced typical figure for them, and a silent 0 overstates clinical time.
 */
export function formStart(rules: LeaveRules): RawPerson {
  return { ...blankRaw(rules), sickness: '', ...(Object.fromEntries(ACTIVITIES.map((a) => [a.id, ''])) as Record<ActivityId, string>) };
}

/** What a result takes for granted that it should say: no sickness allowance, no non-clinical time, or both. */
export function assumptions(p: Person): string | undefined {
  const noSickness = p.sickness === 0;
  const noNonClinical = weeklyNonClinical(p) === 0;
  if (noSickness && noNonClinical)
    return 'This assumes no sickness absence and no non-clinical time, so it is the most clinical time this person could have.';
  if (noSickness) return 'This assumes no sickness absence.';
  if (noNonClinical) return 'This assumes no non-clinical time.';
  return undefined;
}

/** Every form field, once (blankRaw's type makes sure none is missing). */
export const RAW_FIELDS = Object.keys(blankRaw({ entitlements: [], publicHolidays: 0 })) as RawField[];

/** A person's figures back in the form's terms, so they can be edited. */
export function rawFromPerson(p: Person, rules: LeaveRules): RawPerson {
  const band = rules.entitlements.find((b) => b.days === p.annualLeaveDays);
  return {
    name: p.name,
    hoursPerWeek: String(p.hoursPerWeek),
    wte: wteFromHours(String(p.hoursPerWeek)),
    yearsOfService: String(band?.yearsOfService ?? rules.entitlements[0]?.yearsOfService ?? 0),
    annualLeaveDays: band ? '' : String(p.annualLeaveDays),
    publicHolidayDays: String(p.publicHolidayDays),
    studyLeaveDays: String(p.studyLeaveDays),
    mandatoryTrainingDays: String(p.mandatoryTrainingDays),
    sickness: String(p.sickness),
    sicknessUnit: p.sicknessUnit,
    ...(Object.fromEntries(ACTIVITIES.map((a) => [a.id, String(p.activities[a.id])])) as Record<ActivityId, string>),
  };
}
