#!/usr/bin/env node
/**
 * `npm run review`: lists every content entry whose nextReview date has passed, and those due
 * within the next 30 days, soonest first. It is a report, so it always exits 0.
 * `npm run review -- --days 60` widens the window.
 */
import { describeEntry, readReviewEntries, reviewReport } from '../src/lib/review.ts';

const daysArg = process.argv.indexOf('--days');
const windowDays = daysArg > -1 ? Number(process.argv[daysArg + 1]) : 30;
if (!Number.isInteger(windowDays) || windowDays < 0) {
  console.error('Give --days a whole number, for example: npm run review -- --days 60');
  process.exit(0);
}

const today = new Date();
const entries = readReviewEntries(process.cwd());
const { overdue, dueSoon } = reviewReport(entries, today, windowDays);

console.log(`Review dates of ${entries.length} content entries, checked on ${today.toISOString().slice(0, 10)}.\n`);
console.log(overdue.length ? `Overdue for review (${overdue.length}):` : 'Nothing is overdue for review.');
for (const e of overdue) console.log(`  ${describeEntry(e, today)}`);
console.log(dueSoon.length ? `\nDue within ${windowDays} days (${dueSoon.length}):` : `\nNothing else is due within ${windowDays} days.`);
for (const e of dueSoon) console.log(`  ${describeEntry(e, today)}`);
if (overdue.length || dueSoon.length)
  console.log(
    '\nTo review a page: check each fact against its source, open every link, then update lastReviewed and nextReview (CONTRIBUTING.md, "Dates and reviews").',
  );
