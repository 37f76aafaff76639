#!/usr/bin/env node
/**
 * Plain English check over the built site (run after the build by scripts/test-all.ts).
 * For each page it scores the main text and prints the median Flesch-Kincaid grade of each
 * section and the score of every page for the public and students. It fails on the limits in
 * scripts/lib/readability.ts (which text counts, and the limits, are defined and tested there):
 * - the median public page is above grade 8, or any public page is above grade 10;
 * - any page's median sentence is longer than 25 words.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { builtPages } from './lib/measure.ts';
import { LIMITS, MIN_SENTENCES, isPublicPage, mainTextBlocks, median, readability, readabilityProblems } from './lib/readability.ts';
import { PROFESSIONS } from '../src/lib/vocabulary.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const section = (path: string) => (path === '/' ? 'home' : (path.split('/')[1] ?? ''));
const one = (n: number) => n.toFixed(1);

const pages = [];
// The 404 page is left out: it is a few words of help, not text to read.
for (const { file, path } of await builtPages(DIST))
  if (path !== '/404.html') pages.push({ path, ...readability(mainTextBlocks(await readFile(file, 'utf8'))) });
pages.sort((a, b) => a.path.localeCompare(b.path));
if (pages.length === 0) {
  console.error(`No pages found in ${DIST}: build the site first.`);
  process.exit(1);
}
const scored = pages.filter((p) => p.sentences >= MIN_SENTENCES);

console.log('Median Flesch-Kincaid grade by section (reading age is about grade + 5):');
for (const s of [...new Set(scored.map((p) => section(p.path)))].sort()) {
  const inSection = scored.filter((p) => section(p.path) === s);
  console.log(
    `  ${s.padEnd(22)} ${one(median(inSection.map((p) => p.grade))).padStart(5)}  (${inSection.length} page${inSection.length === 1 ? '' : 's'})`,
  );
}

const publicPages = scored.filter((p) => isPublicPage(p.path, PROFESSIONS));
console.log(
  `\nPages for the public and students (limits: median grade ${LIMITS.publicMedianGrade}, no page above ${LIMITS.publicMaxGrade}):`,
);
console.log('  grade  words  sentences  median sentence  page');
for (const p of publicPages)
  console.log(
    `  ${one(p.grade).padStart(5)}  ${String(p.words).padStart(5)}  ${String(p.sentences).padStart(9)}  ${one(p.medianSentenceWords).padStart(15)}  ${p.path}`,
  );
console.log(`  median public page: grade ${one(median(publicPages.map((p) => p.grade)))}`);

const problems = readabilityProblems(pages, PROFESSIONS);
for (const { page, reason } of problems) {
  console.error(`\n${page ? `${page.path}: ` : ''}${reason}.`);
  if (page) for (const l of page.longest) console.error(`  ${l.words} words: ${l.text}`);
}
console.log(
  `\nScored ${scored.length} of ${pages.length} pages (the rest have fewer than ${MIN_SENTENCES} sentences): ${problems.length} problem(s).`,
);
process.exit(problems.length ? 1 : 0);
