/**
 * Which content is due for review. `npm run review` (scripts/review.ts) prints the report and
 * the build (astro.config.mjs) warns about overdue pages. Both read the files in content/
 * directly (src/data/read-review.ts), so they work without building the site.
 */
import { contentDataOf } from './frontmatter.ts';
import { daysUntil, formatDate, isOverdue } from './dates.ts';

export interface ReviewEntry {
  /** Path from the project root, such as content/careers/cpd.mdx. */
  file: string;
  title: string;
  nextReview: Date;
}

export interface ReviewReport {
  overdue: ReviewEntry[];
  /** Not yet overdue, but due within the window (30 days unless told). */
  dueSoon: ReviewEntry[];
}

/** A YAML date (a string such as 2027-11-22, or a Date if the parser made one). */
function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The review date of one content file, if it has one (data files such as quotes do not). */
export function reviewEntryOf(file: string, text: string): ReviewEntry | undefined {
  const data = contentDataOf(file, text);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  const nextReview = toDate(d['nextReview']);
  if (!nextReview) return undefined;
  return { file, title: typeof d['title'] === 'string' ? d['title'] : file, nextReview };
}

/** Splits entries into overdue and due within `windowDays`, each soonest first. */
export function reviewReport(entries: readonly ReviewEntry[], today: Date = new Date(), windowDays = 30): ReviewReport {
  const byDate = [...entries].sort((a, b) => a.nextReview.getTime() - b.nextReview.getTime() || a.file.localeCompare(b.file));
  return {
    overdue: byDate.filter((e) => isOverdue(e.nextReview, today)),
    dueSoon: byDate.filter((e) => !isOverdue(e.nextReview, today) && daysUntil(e.nextReview, today) <= windowDays),
  };
}

/** One line an editor can act on, such as "content/careers/cpd.mdx: CPD, due 22 November 2026 (3 days ago)". */
export function describeEntry(e: ReviewEntry, today: Date = new Date()): string {
  const days = daysUntil(e.nextReview, today);
  const when = days < 0 ? `${-days} day${days === -1 ? '' : 's'} ago` : days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;
  return `${e.file}: ${e.title}, due ${formatDate(e.nextReview)} (${when})`;
}
