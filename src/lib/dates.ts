/** Dates shown the way UK public services write them: 22 November 2026. */
const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return LONG.format(date);
}

/** The machine-readable form for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True when a page's next review date has passed. */
export function isOverdue(nextReview: Date, today: Date = new Date()): boolean {
  return nextReview.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}

/** Whole days from today (UTC) to a date: negative when the date has passed, 0 when it is today. */
export function daysUntil(date: Date, today: Date = new Date()): number {
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const startOfDate = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((startOfDate - startOfToday) / 86_400_000);
}
