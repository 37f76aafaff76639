#!/usr/bin/env node
/**
 * `npm run bench:search`: how much a search on /search/ downloads, measured in Chromium
 * against the built site (run `npm run build` first). Not part of `npm test`: it measures,
 * it does not time anything.
 *
 * Every response is recorded. A static host compresses text (HTML, CSS, JS) with brotli and
 * sends Pagefind's index files as they are (they are already gzip-compressed), so each file
 * is counted at min(raw, brotli) size; scripts/serve.mjs itself does not compress.
 * Budget: the first query at most 120 KB (script, wasm, index, fragments), each later one at most 20 KB.
 */
import { spawn } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const ORIGIN = `http://localhost:${PORT}`;
const FIRST_QUERY_BUDGET = 120 * 1024;
const LATER_QUERY_BUDGET = 20 * 1024;
const FIRST_QUERY = 'physio';
const LATER_QUERIES = ['foot pain', 'x-ray', 'net zero', 'degree apprenticeship', 'anti-racism'];

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready, fail) => {
  server.stdout.once('data', ready);
  server.once('exit', (code) => fail(new Error(`The server stopped (exit ${code}). Is the site built?`)));
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
let log = [];
let reading = [];
page.on('response', (response) => {
  const url = new URL(response.url());
  if (url.origin !== ORIGIN) return;
  const entry = { path: url.pathname, raw: 0, sent: 0 };
  log.push(entry);
  reading.push(
    response
      .body()
      .catch(() => Buffer.alloc(0))
      .then((body) => {
        entry.raw = body.length;
        const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
        entry.sent = Math.min(body.length, brotli);
      }),
  );
});

/** Runs `action`, waits for the network to settle, and returns what was fetched meanwhile. */
async function measure(action) {
  log = [];
  reading = [];
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(reading);
  return log;
}

const total = (entries, key) => entries.reduce((n, e) => n + e[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const searchOnly = (entries) => entries.filter((e) => e.path.startsWith('/pagefind/') || /\/_astro\/search\..*\.js$/.test(e.path));

async function typeQuery(q) {
  const before = await page.locator('#search-status').textContent();
  await page.locator('#search-q').fill(q);
  await page.waitForFunction((old) => {
    const now = document.querySelector('#search-status')?.textContent ?? '';
    return now !== old && now.includes('“');
  }, before);
}

const rows = [];
const pageLoad = await measure(() => page.goto(`${ORIGIN}/search/`));
rows.push({ what: 'Page /search/ (HTML, CSS, search script)', entries: pageLoad, budget: undefined });
const first = await measure(() => typeQuery(FIRST_QUERY));
// The search script arrives with the page; it is counted against the first query too.
const firstSearch = searchOnly([...pageLoad, ...first]);
rows.push({ what: `First query "${FIRST_QUERY}" (script + Pagefind)`, entries: firstSearch, budget: FIRST_QUERY_BUDGET });
for (const q of LATER_QUERIES) {
  rows.push({ what: `Later query "${q}"`, entries: await measure(() => typeQuery(q)), budget: LATER_QUERY_BUDGET });
}

await browser.close();
server.kill();

console.log('\nFiles fetched by the first query:');
for (const e of firstSearch) console.log(`  ${e.path.padEnd(60)} ${kb(e.raw).padStart(9)} raw ${kb(e.sent).padStart(9)} sent`);

console.log('\nSearch payload (sent = brotli for text, as-is for Pagefind binaries)\n');
// Index chunks are fetched once per range of words, fragments once per result shown.
const part = (entries, dir) => total(entries.filter((e) => e.path.startsWith(`/pagefind/${dir}/`)), 'sent');
console.log(
  `${'What'.padEnd(52)} ${'Files'.padStart(5)} ${'Raw'.padStart(10)} ${'Sent'.padStart(10)} ${'(index'.padStart(10)} ${'fragments)'.padStart(10)} ${'Budget'.padStart(10)}  Result`,
);
let over = false;
for (const { what, entries, budget } of rows) {
  const sent = total(entries, 'sent');
  const ok = budget === undefined || sent <= budget;
  if (!ok) over = true;
  console.log(
    [
      what.padEnd(52),
      String(entries.length).padStart(5),
      kb(total(entries, 'raw')).padStart(10),
      kb(sent).padStart(10),
      kb(part(entries, 'index')).padStart(10),
      kb(part(entries, 'fragment')).padStart(10),
      (budget ? kb(budget) : '-').padStart(10),
      ` ${budget === undefined ? '' : ok ? 'within' : 'OVER'}`,
    ].join(' '),
  );
}
console.log(over ? '\nOver budget.' : '\nWithin budget.');
process.exitCode = over ? 1 : 0;
