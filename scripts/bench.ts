#!/usr/bin/env node
/**
 * `npm run bench`: measures the built site in dist/ (or $DIST_DIR; built first if missing). Not
 * part of `npm test`, which enforces the budgets (scripts/check-budgets.ts); this reports.
 *
 * 1. Bytes per page and in total: raw, gzip and brotli by type, requests, first visit (nothing
 *    cached) and repeat visit (only the HTML: the stylesheet and scripts are cached), and what the
 *    service worker downloads in the background after a first visit.
 * 2. What the first search query downloads.
 * 3. Lighthouse's mobile run (npm lighthouse, Debian's Chromium) on six pages, LIGHTHOUSE_RUNS
 *    times each (default 3): the run with the median Performance score stands, as timings vary.
 * 4. The scale test, scripts/bench-scale.ts (content at 1x, 10x and 50x).
 *
 * Writes bench/out/report.json, bench/out/report.md and each Lighthouse report in
 * bench/out/lighthouse/, and prints the tables. Options: --no-lighthouse; --no-scale (the last
 * scale run's figures are reported, if any). BENCH_PORT sets the local server's port (default 4396).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  KB,
  SW_REGISTER,
  assetKind,
  compressedSizes,
  firstVisit,
  kb,
  markdownTable,
  median,
  repeatVisit,
  sum,
  type Asset,
  type AssetKind,
  type Sizes,
} from './lib/budget.ts';
import { measureSite, siteFiles } from './lib/measure.ts';
import { firstQueryPayload, serve } from './lib/bench-browser.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const OUT = resolve('bench', 'out');
const PORT = Number(process.env.BENCH_PORT ?? 4396);
const KINDS: AssetKind[] = ['html', 'css', 'js', 'image', 'font', 'other'];
const SIZE_KEYS = ['raw', 'gzip', 'brotli'] as const;
const LIGHTHOUSE_PAGES: Array<[name: string, path: string]> = [
  ['Home', '/'],
  ['A profession', '/professions/physiotherapists/'],
  ['Resources', '/resources/'],
  ['A tool', '/greener/my-greener-actions/'],
  ['Search', '/search/'],
  // Lighthouse will not audit a response with status 404, so it audits the same page as a file.
  ['404', '/404.html'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const args = new Set(process.argv.slice(2));

/** The parts of a Lighthouse report (JSON) that the summary reads. */
interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> } | undefined>;
  audits: Record<string, { score: number | null; displayValue?: string } | undefined>;
  runtimeError?: { code: string };
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.log(`No build in ${DIST}: building it first.`);
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

// 1. Bytes.
const site = await measureSite(DIST);
const byKind = (assets: readonly Asset[], html: Sizes): Record<AssetKind, Sizes> => {
  const out = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, brotli: 0 }])) as Record<AssetKind, Sizes>;
  for (const { kind, sizes } of [{ kind: 'html' as const, sizes: html }, ...assets])
    for (const key of SIZE_KEYS) out[kind][key] += sizes[key];
  return out;
};
const pages = site.pages
  .map((p) => ({
    path: p.path,
    content: p.content,
    tool: p.hasTool,
    requests: 1 + p.assets.length,
    bytes: byKind(p.assets, p.html),
    firstVisit: {
      raw: p.html.raw + sum(p.assets.map((a) => a.sizes.raw)),
      gzip: p.html.gzip + sum(p.assets.map((a) => a.sizes.gzip)),
      brotli: firstVisit(p),
    },
    repeatVisit: repeatVisit(p),
  }))
  .sort((a, b) => b.firstVisit.brotli - a.firstVisit.brotli);

const files = await siteFiles(DIST);
const totals = Object.fromEntries(KINDS.map((k) => [k, { files: 0, raw: 0, gzip: 0, brotli: 0 }])) as Record<
  AssetKind,
  Sizes & { files: number }
>;
for (const file of files) {
  if (file === '/_headers') continue;
  const sizes = compressedSizes(await readFile(join(DIST, file)));
  const t = totals[assetKind(file)];
  t.files++;
  for (const key of SIZE_KEYS) t[key] += sizes[key];
}
const pagefindFiles = await siteFiles(join(DIST, 'pagefind'), []);
let pagefindBytes = 0;
for (const f of pagefindFiles) pagefindBytes += (await readFile(join(DIST, 'pagefind', f))).byteLength;

const brotliOf = async (path: string) => compressedSizes(await readFile(join(DIST, path))).brotli;
const serviceWorker = {
  script: await brotliOf('sw.js'),
  register: await brotliOf(SW_REGISTER),
  // The precache: home and offline pages and the favicon; the stylesheet is in the HTTP cache already.
  precache: (await brotliOf('index.html')) + (await brotliOf('offline/index.html')) + (await brotliOf('favicon.svg')),
};

const content = pages.filter((p) => p.content);
const html = pages.map((p) => p.bytes.html.brotli);
const summary = {
  pages: pages.length,
  contentPages: content.length,
  medianHtml: median(html),
  largestHtml: Math.max(...html),
  largestHtmlPage: pages.find((p) => p.bytes.html.brotli === Math.max(...html))?.path,
  medianFirstVisit: median(pages.map((p) => p.firstVisit.brotli)),
  medianContentFirstVisit: median(content.map((p) => p.firstVisit.brotli)),
  largestFirstVisit: pages[0]?.firstVisit.brotli ?? 0,
  largestFirstVisitPage: pages[0]?.path,
  medianRepeatVisit: median(pages.map((p) => p.repeatVisit)),
  medianRequests: median(pages.map((p) => p.requests)),
  maxRequests: Math.max(...pages.map((p) => p.requests)),
};

// 2 and 3 need the site served.
const server = await serve(DIST, PORT);
let search: Awaited<ReturnType<typeof firstQueryPayload>> | undefined;
const lighthouse: Array<{
  name: string;
  path: string;
  scores: Record<string, number | null>;
  performanceRange: number[];
  metrics: Record<string, string | undefined>;
  lost: string[];
  runtimeError: string | undefined;
  report: string | undefined;
}> = [];
try {
  search = await firstQueryPayload(server.origin, 'physio');
  if (!args.has('--no-lighthouse')) {
    // Each full Lighthouse report is kept beside the summary, to see why a score is what it is.
    await mkdir(join(OUT, 'lighthouse'), { recursive: true });
    for (const [name, path] of LIGHTHOUSE_PAGES) {
      process.stdout.write(`Lighthouse (mobile, ${LIGHTHOUSE_RUNS} runs): ${path} ... `);
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const runs: Array<{ file: string; report: LighthouseReport }> = [];
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
        const file = join(OUT, 'lighthouse', `${slug}-${run}.json`);
        if (runLighthouse(`${server.origin}${path}`, file))
          runs.push({ file, report: JSON.parse(await readFile(file, 'utf8')) as LighthouseReport });
      }
      // Performance is timed, so it varies with the machine's load: the run with the median score stands.
      const performance = (r: { report: LighthouseReport }) => r.report.categories['performance']?.score ?? 0;
      const ranked = [...runs].sort((a, b) => performance(a) - performance(b));
      const { report, file } = ranked[Math.floor((ranked.length - 1) / 2)] ?? { report: undefined, file: undefined };
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => {
          const score = report?.categories[c]?.score;
          return [c, score == null ? null : Math.round(score * 100)];
        }),
      );
      const performanceRange = ranked.length
        ? [Math.round(performance(ranked[0]!) * 100), Math.round(performance(ranked.at(-1)!) * 100)]
        : [];
      // The audits that cost points, so a score below 100 explains itself.
      const lost = report
        ? CATEGORIES.flatMap((c) =>
            (report.categories[c]?.auditRefs ?? []).flatMap((ref) => {
              const audit = report.audits[ref.id];
              return ref.weight > 0 && audit && audit.score !== null && audit.score < 1
                ? [`${c}: ${ref.id} (${audit.displayValue ?? audit.score})`]
                : [];
            }),
          )
        : ['Lighthouse did not run'];
      const metrics = Object.fromEntries(METRICS.map((id) => [id, report?.audits[id]?.displayValue]));
      lighthouse.push({ name, path, scores, performanceRange, metrics, lost, runtimeError: report?.runtimeError?.code, report: file });
      console.log(`${CATEGORIES.map((c) => `${c} ${scores[c] ?? '-'}`).join(', ')} (performance ${performanceRange.join(' to ')})`);
    }
  }
} finally {
  server.stop();
}

function runLighthouse(url: string, outputPath: string): boolean {
  const result = spawnSync(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outputPath}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  if (result.status !== 0) console.error(result.stderr.slice(-2000));
  return existsSync(outputPath) && result.status === 0;
}

// 4. Scale, or with --no-scale the last scale run's figures, if there are any.
/** What scripts/bench-scale.ts writes to bench/out/scale.json; `earlier` when it is the last run's. */
let scale: { query: string; table: string; results: unknown[]; earlier?: boolean } | undefined;
const scaleFile = join(OUT, 'scale.json');
if (!args.has('--no-scale')) {
  if (
    spawnSync(process.execPath, ['scripts/bench-scale.ts'], { stdio: 'inherit', env: { ...process.env, BENCH_PORT: String(PORT) } })
      .status !== 0
  )
    console.error('The scale test failed; the report leaves it out.');
  else scale = JSON.parse(await readFile(scaleFile, 'utf8')) as typeof scale;
} else if (existsSync(scaleFile))
  scale = { ...(JSON.parse(await readFile(scaleFile, 'utf8')) as NonNullable<typeof scale>), earlier: true };

// The report.
const tables = {
  summary: markdownTable(
    ['Measure (brotli 11)', 'Value'],
    [
      ['Pages (content pages)', `${summary.pages} (${summary.contentPages})`],
      ['Median page HTML', kb(summary.medianHtml)],
      ['Largest page HTML', `${kb(summary.largestHtml)} (${summary.largestHtmlPage})`],
      ['Median content page, first visit', kb(summary.medianContentFirstVisit)],
      ['Median page, first visit', kb(summary.medianFirstVisit)],
      ['Largest first visit', `${kb(summary.largestFirstVisit)} (${summary.largestFirstVisitPage})`],
      ['Median repeat visit (HTML only)', kb(summary.medianRepeatVisit)],
      ['Requests per page: median, most', `${summary.medianRequests}, ${summary.maxRequests}`],
      [
        'Service worker, in the background after a first visit',
        `${kb(serviceWorker.script)} script + ${kb(serviceWorker.precache)} precache`,
      ],
      ['Search index (Pagefind folder, raw)', `${kb(pagefindBytes)} in ${pagefindFiles.length} files`],
      [`First search query ("${search!.query}")`, `${kb(search!.bytes)} in ${search!.requests} requests`],
    ],
  ),
  totals: markdownTable(
    ['Type', 'Files', 'Raw', 'gzip 9', 'brotli 11'],
    KINDS.filter((k) => totals[k].files > 0).map((k) => [k, totals[k].files, kb(totals[k].raw), kb(totals[k].gzip), kb(totals[k].brotli)]),
  ),
  largestPages: markdownTable(
    ['Page', 'Requests', 'HTML', 'CSS', 'JS', 'Images', 'First visit', 'Repeat visit'],
    pages
      .slice(0, 15)
      .map((p) => [
        p.path,
        p.requests,
        kb(p.bytes.html.brotli),
        kb(p.bytes.css.brotli),
        kb(p.bytes.js.brotli),
        kb(p.bytes.image.brotli),
        kb(p.firstVisit.brotli),
        kb(p.repeatVisit),
      ]),
  ),
  lighthouse: lighthouse.length
    ? markdownTable(
        [
          'Page',
          'Performance (median)',
          'Performance (range)',
          'Accessibility',
          'Best Practices',
          'SEO',
          'FCP',
          'LCP',
          'TBT',
          'CLS',
          'Speed Index',
        ],
        lighthouse.map((l) => [
          `${l.name} (${l.path})`,
          l.scores.performance ?? '-',
          l.performanceRange.join(' to ') || '-',
          ...CATEGORIES.slice(1).map((c) => l.scores[c] ?? '-'),
          ...METRICS.map((id) => l.metrics[id] ?? '-'),
        ]),
      )
    : '',
  allPages: markdownTable(
    [
      'Page',
      'Requests',
      'HTML raw',
      'HTML gzip',
      'HTML brotli',
      'First visit raw',
      'First visit gzip',
      'First visit brotli',
      'Repeat visit',
    ],
    [...pages]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((p) => [
        p.path,
        p.requests,
        kb(p.bytes.html.raw),
        kb(p.bytes.html.gzip),
        kb(p.bytes.html.brotli),
        kb(p.firstVisit.raw),
        kb(p.firstVisit.gzip),
        kb(p.firstVisit.brotli),
        kb(p.repeatVisit),
      ]),
  ),
};
const lostPoints = lighthouse
  .filter((l) => l.lost.length)
  .map((l) => `- ${l.path}: ${l.lost.join('; ')}${l.runtimeError ? ` (runtime error ${l.runtimeError})` : ''}`);

const markdown = [
  '# AHP Hub benchmark',
  '',
  `Built site: ${DIST}. Sizes are brotli at quality 11 unless named; 1 KB = ${KB} bytes.`,
  '',
  '## Summary',
  tables.summary,
  '',
  '## All files by type',
  tables.totals,
  '',
  '## The 15 largest first visits',
  tables.largestPages,
  ...(lighthouse.length
    ? [
        '',
        '## Lighthouse (mobile)',
        tables.lighthouse,
        '',
        ...(lostPoints.length ? ['Points lost:', ...lostPoints] : ['Every audit passed.']),
      ]
    : []),
  ...(scale ? ['', `## Scale (first query "${scale.query}")${scale.earlier ? ', from the last scale run' : ''}`, scale.table] : []),
  '',
  '## Every page',
  tables.allPages,
  '',
].join('\n');

await mkdir(OUT, { recursive: true });
await writeFile(
  join(OUT, 'report.json'),
  JSON.stringify(
    {
      generated: new Date().toISOString(),
      dist: DIST,
      summary,
      totals,
      serviceWorker,
      pagefind: { bytes: pagefindBytes, files: pagefindFiles.length },
      search,
      lighthouse,
      scale: scale?.results,
      pages,
    },
    null,
    2,
  ) + '\n',
);
await writeFile(join(OUT, 'report.md'), markdown);
console.log(
  [
    '',
    tables.summary,
    '',
    tables.totals,
    '',
    tables.largestPages,
    ...(lighthouse.length ? ['', tables.lighthouse, ...lostPoints] : []),
    ...(scale ? ['', scale.table] : []),
    '',
    `Full report: ${join(OUT, 'report.md')}`,
  ].join('\n'),
);
