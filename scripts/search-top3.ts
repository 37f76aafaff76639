#!/usr/bin/env node
/**
 * Lists the top 3 results of every agreed query and everyday sentence (tests/fixtures/search-queries.json,
 * search-sentences.json and search-everyday.json) on a built site, as a Markdown table, for the closing
 * note of a search change. Usage: DIST_DIR=dist node scripts/search-top3.ts [port] > top3.md
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const PORT = Number(process.argv[2] ?? 4399);
const ORIGIN = `http://localhost:${PORT}`;
const fixture = async (file: string): Promise<Array<{ q: string; expect: string | string[] }>> =>
  (
    JSON.parse(await readFile(new URL(`../tests/fixtures/${file}`, import.meta.url), 'utf8')) as {
      queries: Array<{ q: string; expect: string | string[] }>;
    }
  ).queries;
const queries = [
  ...(await fixture('search-queries.json')),
  ...(await fixture('search-sentences.json')),
  ...(await fixture('search-everyday.json')),
];

const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((ready, fail) => {
  server.stdout.once('data', () => ready());
  server.once('exit', (code) => fail(new Error(`The server stopped (exit ${code}). Is the site built?`)));
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
console.log('| Query | Top 3 | Expected in top 3 |\n| --- | --- | --- |');
for (const { q, expect } of queries) {
  await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent(q)}`);
  // The status says "Searching…" at once, then the count once the results are listed.
  await page.waitForFunction(() => /^(No results|\d+ results?)/.test(document.querySelector('#search-status')?.textContent ?? ''), null, {
    timeout: 20_000,
  });
  const top = await page
    .locator('#search-results > li h2 a, #search-results > li h3 a')
    .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
  const patterns = (Array.isArray(expect) ? expect : [expect]).map((e) => new RegExp(e, 'i'));
  const ok = patterns.every((p) => top.some((t) => p.test(t)));
  console.log(`| ${q} | ${top.join(', ')} | ${ok ? 'yes' : 'NO'} |`);
}
await browser.close();
server.kill();
