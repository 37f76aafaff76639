#!/usr/bin/env node
/**
 * Post-build checks over every HTML page in dist/, each page parsed once (scripts/lib/html.ts):
 * - HTML validity (html-validate, recommended rules; config in .htmlvalidate.json);
 * - every internal link and #anchor resolves to a built page and an element id;
 * - no link text is vague on its own ("click here", "read more", "here", "more", "link");
 * - no two links with the same name go to different places on one page;
 * - no inline <script> or style that the Content-Security-Policy would block.
 * The checks themselves are in scripts/lib/site-checks.ts, with tests that prove each can fail.
 * Prints every problem with its page and the file it was made from (scripts/lib/page-sources.ts),
 * and exits 1 if there is any.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { parsePage } from './lib/html.ts';
import { builtPages } from './lib/measure.ts';
import { pageSources } from './lib/page-sources.ts';
import { cspProblems, idsOf, linkFindings, sameNameProblems } from './lib/site-checks.ts';
import { readContentFiles } from '../src/data/content-files.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const ROOT = process.cwd();
const sourceOf = pageSources([...readContentFiles(ROOT), ...readContentFiles(ROOT, 'src/pages')].map(([file]) => file));
/** The page, and the file it was made from where that is known: /careers/cpd/ (content/careers/cpd.mdx). */
const where = (path: string, near?: string) => {
  const source = sourceOf(path, near);
  return source ? `${path} (${source})` : path;
};

const pages = [];
for (const { file, path } of await builtPages(DIST)) {
  const html = await readFile(file, 'utf8');
  pages.push({ file, path, html, tree: parsePage(html) });
}
if (pages.length === 0) {
  console.error(`No pages found in ${DIST}: build the site first.`);
  process.exit(1);
}
const ids = new Map(pages.map((p) => [p.path, idsOf(p.tree)]));
const fileExists = (path: string) => existsSync(join(DIST, path));

const problems = [];
const validator = new HtmlValidate(new FileSystemConfigLoader());
for (const { file, path, html, tree } of pages) {
  const report = await validator.validateString(html, file);
  for (const r of report.results)
    for (const m of r.messages) problems.push(`${where(path)}: html-validate ${m.ruleId}: ${m.message} (line ${m.line})`);
  for (const problem of [...cspProblems(tree), ...sameNameProblems(tree, path)]) problems.push(`${where(path)}: ${problem}`);
  for (const { problem, near } of linkFindings(tree, path, ids, fileExists)) problems.push(`${where(path, near)}: ${problem}`);
}

for (const p of problems) console.error(p);
console.log(`Checked ${pages.length} pages: ${problems.length} problem(s).`);
process.exit(problems.length ? 1 : 0);
