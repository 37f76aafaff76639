#!/usr/bin/env node
/**
 * The byte budgets (issue 8), checked on the built site in dist/ (or $DIST_DIR): every page's
 * HTML and everything its first visit loads, compressed with brotli at quality 11 as static
 * hosts precompress. Prints the summary table every run, then each broken budget with its page
 * and how far over it is, and exits 1 if any is broken. The limits are in scripts/lib/budget.ts.
 */
import { resolve } from 'node:path';
import { budgetSummary, checkBudgets, describeFailure } from './lib/budget.ts';
import { measureSite } from './lib/measure.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const site = await measureSite(dist);
if (site.pages.length === 0) {
  console.error(`No HTML pages in ${dist}: build the site first (npm run build).`);
  process.exit(1);
}

console.log(budgetSummary(site));
const failures = checkBudgets(site);
for (const f of failures) console.error(describeFailure(f));
console.log(`\nMeasured ${site.pages.length} pages: ${failures.length} budget(s) broken.`);
process.exit(failures.length ? 1 : 0);
