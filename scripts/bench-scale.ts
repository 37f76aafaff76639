#!/usr/bin/env node
/**
 * `npm run bench:scale` (also run by `npm run bench`): how the build and the search grow with the
 * content. Copies the project to a temporary folder once per factor (1, 10 and 50 unless
 * SCALE_FACTORS says otherwise), multiplies the content there, builds it, and reports build time,
 * pages, search index size and what the first search query downloads, each as a ratio to 1x.
 *
 * The bulk of the hub is resources and articles, so those are multiplied: each resource and each
 * greener, careers and health inequalities page is copied (factor - 1) times with a new id and a
 * "(copy n)" title. Landing pages, tools, professions and the strategy (fixed vocabularies) are not.
 * Copies leave out `series` and `route`, which must stay unique. Writes bench/out/scale.json.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kb, markdownTable } from './lib/budget.ts';
import { firstQueryPayload, serve } from './lib/bench-browser.ts';
import { copyEntry } from './lib/scale.ts';

const ROOT = process.cwd();
const FACTORS = (process.env.SCALE_FACTORS ?? '1,10,50').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4396);
const QUERY = 'physio';
const MULTIPLIED = ['resources', 'greener', 'careers', 'health-inequalities'];
const NOT_COPIED = ['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench', 'reports'];

async function bytesIn(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const countFiles = async (dir: string, pattern: RegExp) =>
  (await readdir(dir, { withFileTypes: true, recursive: true })).filter((e) => e.isFile() && pattern.test(e.name)).length;

async function multiply(contentDir: string, factor: number): Promise<number> {
  let copies = 0;
  for (const collection of MULTIPLIED) {
    const dir = join(contentDir, collection);
    for (const file of await readdir(dir)) {
      if (!file.endsWith('.mdx') || file === 'index.mdx') continue;
      const source = await readFile(join(dir, file), 'utf8');
      if (/^checklist:/m.test(source)) continue; // a tool: one of each
      for (let n = 2; n <= factor; n++) {
        await writeFile(join(dir, file.replace(/\.mdx$/, `-copy-${n}.mdx`)), copyEntry(source, n));
        copies++;
      }
    }
  }
  return copies;
}

/**
 * Runs a build step and returns its wall-clock and CPU seconds. CPU time (user + system, the
 * children's as bash's `times` reports them) is the steadier measure on a busy machine.
 */
function timed(cmd: string, args: string[], cwd: string, env: Record<string, string>): { wall: number; cpu: number } {
  const started = process.hrtime.bigint();
  const result = spawnSync('bash', ['-c', '"$@" > /dev/null && times', 'timed', cmd, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${result.stderr.slice(-3000)}`);
  const children = result.stdout.trim().split('\n').at(-1) ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((n, m) => n + Number(m[1]) * 60 + Number(m[2]), 0);
  return { wall: Number(process.hrtime.bigint() - started) / 1e9, cpu };
}

const work = await mkdtemp(join(tmpdir(), 'ahp-scale-'));
const results: Array<{
  factor: number;
  contentBytes: number;
  pages: number;
  astro: ReturnType<typeof timed>;
  buildSeconds: number;
  buildCpuSeconds: number;
  indexBytes: number;
  indexFiles: number;
  firstQuery: Awaited<ReturnType<typeof firstQueryPayload>>;
}> = [];
try {
  for (const factor of FACTORS) {
    const project = join(work, `x${factor}`);
    await cp(ROOT, project, { recursive: true, filter: (src) => !NOT_COPIED.some((skip) => src === join(ROOT, skip)) });
    await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    const copies = await multiply(join(project, 'content'), factor);
    const dist = join(project, 'dist');
    process.stdout.write(`${factor}x: ${copies} copied entries; building... `);
    // astro build indexes the site too (src/features/search/integration.ts).
    const astro = timed('npx', ['astro', 'build'], project, { DIST_DIR: dist });
    const server = await serve(dist, PORT);
    let payload;
    try {
      payload = await firstQueryPayload(server.origin, QUERY);
    } finally {
      server.stop();
    }
    const result = {
      factor,
      contentBytes: await bytesIn(join(project, 'content')),
      pages: await countFiles(dist, /\.html$/),
      astro,
      buildSeconds: astro.wall,
      buildCpuSeconds: astro.cpu,
      indexBytes: await bytesIn(join(dist, 'pagefind')),
      indexFiles: await countFiles(join(dist, 'pagefind'), /./),
      firstQuery: payload,
    };
    results.push(result);
    console.log(`${result.pages} pages in ${result.buildSeconds.toFixed(1)} s (${result.buildCpuSeconds.toFixed(1)} s CPU)`);
    await rm(project, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const base = results.find((r) => r.factor === 1) ?? results[0];
if (!base) throw new Error('No scale was measured: set SCALE_FACTORS, such as 1,10.');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const table = markdownTable(
  [
    'Resources and articles',
    'Pages',
    'Pages ratio',
    'Content bytes',
    'Content ratio',
    'Build (wall)',
    'Build (CPU)',
    'Build CPU ratio',
    'Search index',
    'Index ratio',
    'First query',
    'First query ratio',
  ],
  results.map((r) => [
    `${r.factor}x`,
    r.pages,
    ratio(r.pages, base.pages),
    kb(r.contentBytes),
    ratio(r.contentBytes, base.contentBytes),
    `${r.buildSeconds.toFixed(1)} s`,
    `${r.buildCpuSeconds.toFixed(1)} s`,
    ratio(r.buildCpuSeconds, base.buildCpuSeconds),
    kb(r.indexBytes),
    ratio(r.indexBytes, base.indexBytes),
    kb(r.firstQuery.bytes),
    ratio(r.firstQuery.bytes, base.firstQuery.bytes),
  ]),
);
await mkdir(join(ROOT, 'bench', 'out'), { recursive: true });
await writeFile(join(ROOT, 'bench', 'out', 'scale.json'), JSON.stringify({ query: QUERY, results, table }, null, 2) + '\n');
console.log(
  `\nScale (first query "${QUERY}"; sizes as sent: brotli 11, or as-is where smaller; content bytes are all of content/,` +
    ` of which resources and articles are multiplied; CPU time is steadier than wall time on a busy machine)\n\n${table}\n`,
);
