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
