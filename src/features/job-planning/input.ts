/**
 * The one schema for the capacity calculator's figures: what each kind of amount accepts and what
 * to say when it does not. Typed text (the form, pasted rows) is read into a number once by
 * readAmount; numbers from storage or the build skip that step. Both end in checkAmount, so the
 * two paths cannot disagree (a stored 0.0000001 is a number, never "“1e-7” is not a number").
 */

export const WEEKS_PER_YEAR = 52;
export const DAYS_PER_WEEK = 5;
export const WORKING_DAYS_PER_YEAR = WEEKS_PER_YEAR * DAYS_PER_WEEK;
const HOURS_IN_A_WEEK = 168;
/** The calculator's full-time week: 37.5 hours, the standard week on Agenda for Change, is 1.0 WTE. */
export const FULL_TIME_HOURS = 37.5;
/** Longer NHS service than anyone has; a larger figure is a typing mistake. */
const MAX_YEARS_OF_SERVICE = 60;
/** Contracted hours above this are possible but rare enough to question (the value is still used). */
const HOURS_TO_QUESTION = 60;

export interface Limits {
  /** Largest sensible value, and what to say above it. */
  max: number;
  tooBig: string;
  /** Message for a blank field. */
  blank: string;
  /** True when 0 is not allowed. */
  positive?: boolean;
  /** True when a trailing % sign is allowed. */
  percent?: boolean;
}

const TOO_MANY_HOURS = `A week has only ${HOURS_IN_A_WEEK} hours: enter ${HOURS_IN_A_WEEK} or fewer.`;
const BLANK_AMOUNT = 'Enter a number, or 0 if there is none.';

/** Every kind of amount the calculator reads, by what it measures. */
export const AMOUNTS = {
  days: {
    max: WORKING_DAYS_PER_YEAR,
    tooBig: `A year has ${WORKING_DAYS_PER_YEAR} working days (${WEEKS_PER_YEAR} weeks × ${DAYS_PER_WEEK} days): enter ${WORKING_DAYS_PER_YEAR} or fewer.`,
    blank: BLANK_AMOUNT,
  },
  hours: { max: HOURS_IN_A_WEEK, tooBig: TOO_MANY_HOURS, blank: BLANK_AMOUNT },
  weeklyHours: {
    max: HOURS_IN_A_WEEK,
    tooBig: TOO_MANY_HOURS,
    blank: 'Enter the contracted hours a week, for example 37.5.',
    positive: true,
  },
  wte: {
    max: HOURS_IN_A_WEEK / FULL_TIME_HOURS,
    tooBig: `A week has only ${HOURS_IN_A_WEEK} hours, which is ${Math.floor((HOURS_IN_A_WEEK / FULL_TIME_HOURS) * 100) / 100} WTE: enter less.`,
    blank: 'Enter the whole-time equivalent, for example 1.0 for full time or 0.6 for three days a week.',
    positive: true,
  },
  percent: { max: 100, tooBig: 'A percentage cannot be more than 100.', blank: BLANK_AMOUNT, percent: true },
  years: { max: MAX_YEARS_OF_SERVICE, tooBig: `Enter ${MAX_YEARS_OF_SERVICE} years or fewer.`, blank: BLANK_AMOUNT },
} satisfies Record<string, Limits>;

export type AmountCheck = { value: number } | { error: string };

/** Checks a number against its limits: the only place the limits are applied. */
export function checkAmount(value: number, limits: Limits): AmountCheck {
  if (Number.isNaN(value)) return { error: limits.blank };
  if (value < 0) return { error: 'This cannot be less than 0.' };
  if (limits.positive && value === 0) return { error: 'Enter more than 0: with no contracted hours there is no time to plan.' };
  if (value > limits.max) return { error: limits.tooBig };
  return { value };
}

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const POWER_OF_TEN = /^[-+]?(\d+\.?\d*|\.\d+)e[-+]?\d+$/i;

/** Reads one typed amount: a plain decimal number such as 7.5, within its limits. */
export function readAmount(text: string, limits: Limits): AmountCheck {
  const typed = text.trim();
  const t = limits.percent ? typed.replace(/\s*%$/, '') : typed;
  if (t === '') return { error: limits.blank };
  const shown = typed.length > 20 ? `${typed.slice(0, 20)}…` : typed;
  if (POWER_OF_TEN.test(t)) return { error: `“${shown}” is written as a power of ten: write the number out in digits, for example 0.5.` };
  if (!DECIMAL.test(t)) return { error: `“${shown}” is not a number: use digits, for example 7.5.` };
  return checkAmount(Number(t), limits);
}

/** A question about contracted hours that are allowed but unusual, or undefined. */
export function questionHours(hoursPerWeek: number): string | undefined {
  return hoursPerWeek > HOURS_TO_QUESTION
    ? `${hoursPerWeek} hours a week is more than ${HOURS_TO_QUESTION}: check this is right. The figure is used as you entered it.`
    : undefined;
}

/** A number written for a form field: no grouping, at most `places` decimal places. */
const plain = (n: number, places: number) => String(Math.round(n * 10 ** places) / 10 ** places);

/** The hours a week that a typed WTE stands for (1.0 WTE = 37.5 hours), or '' if it is not a usable WTE. */
export function hoursFromWte(text: string): string {
  const r = readAmount(text, AMOUNTS.wte);
  return 'value' in r ? plain(r.value * FULL_TIME_HOURS, 4) : '';
}

/** The WTE that typed hours a week make, to 2 decimal places, or '' if they are not usable hours. */
export function wteFromHours(text: string): string {
  const r = readAmount(text, AMOUNTS.weeklyHours);
  return 'value' in r ? plain(r.value / FULL_TIME_HOURS, 2) : '';
}
