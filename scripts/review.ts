#!/usr/bin/env node
/**
 * `npm run review`: lists every content entry whose nextReview date has passed, and those due
 * within the next 30 days; then every figure in content/figures.yaml past its checkBy date (the
 * build fails on those), and those due within 60 days; soonest first. It is a report, so it
 * always exits 0. `npm run review -- --days 60` widens the window for pages.
 */
import { readReviewEntries } from '../src/data/read-review.ts';
import { readFigureChecks } from '../src/data/read-figures.ts';
import { describeEntry, reviewReport } from '../src/lib/review.ts';
import { describeFigure, figureReport } from '../src/lib/figures.ts';

const FIGURE_WINDOW_DAYS = 60;

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

const figures = readFigureChecks(process.cwd());
const { expired, dueSoon: figuresDue } = figureReport(figures, today, FIGURE_WINDOW_DAYS);
console.log(`\nCheck-by dates of ${figures.length} figures in content/figures.yaml.`);
console.log(expired.length ? `Past their check-by date, so the build fails (${expired.length}):` : 'No figure is past its check-by date.');
for (const f of expired) console.log(`  ${describeFigure(f, today)}`);
console.log(
  figuresDue.length
    ? `\nFigures to check within ${FIGURE_WINDOW_DAYS} days (${figuresDue.length}):`
    : `\nNo other figure is due within ${FIGURE_WINDOW_DAYS} days.`,
);
for (const f of figuresDue) console.log(`  ${describeFigure(f, today)}`);
if (expired.length || figuresDue.length)
  console.log(
    '\nTo check a figure: compare it with its sources, then update it and its checkBy date (CONTRIBUTING.md, "Figures and their check-by dates").',
  );
