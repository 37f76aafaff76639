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

/** True when `text` is a YYYY-MM-DD date that is on the calendar: 2026-02-28, not 2026-02-30. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Every value in parsed content data written like a date (YYYY-MM-DD) that is not a real one, as
 * "field: message" with the field's path as the schema errors write it (sources.0.accessed).
 * Needed because the content layer's YAML reader turns 2026-06-31 into 1 July before the schema
 * sees it; this reads the editor's own text (see contentDataOf in content-files.ts).
 */
export function impossibleDates(data: unknown, path: string[] = []): string[] {
  if (typeof data === 'string') {
    return /^\d{4}-\d{2}-\d{2}$/.test(data) && !isCalendarDate(data)
      ? [`${path.join('.')}: ${data} is not a real date. Check the day and the month, and write dates as YYYY-MM-DD.`]
      : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => impossibleDates(item, [...path, String(i)]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => impossibleDates(value, [...path, key]));
  return [];
}
