/**
 * What the benchmarks (scripts/bench.ts, scripts/bench-scale.ts) need a server and a browser
 * for: serving a built folder with its real headers, and measuring what the first search downloads.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';

const SERVE = fileURLToPath(new URL('../serve.ts', import.meta.url));

export interface Server {
  origin: string;
  stop: () => void;
}

/** Serves a built folder with scripts/serve.ts, with its headers and brotli as a host would, until stop() is called. */
export async function serve(dir: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [SERVE, '--port', String(port), '--dir', dir, '--compress'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    child.stdout?.once('data', () => ready());
    child.once('exit', (code) => fail(new Error(`The server for ${dir} stopped (exit ${code}); is the port ${port} free?`)));
  });
  return { origin: `http://localhost:${port}`, stop: () => child.kill() };
}

export interface QueryPayload {
  query: string;
  /** Bytes sent for the search files the first query fetched: each at min(raw, brotli), as a host sends them. */
  bytes: number;
  requests: number;
  /** The biggest files, to see what grows. */
  files: { path: string; bytes: number }[];
}

/**
 * Opens /search/?q=<query> and counts every /pagefind/ file it fetches until the result count is
 * shown: the script, the WebAssembly, the index chunks, the filters and the first results' fragments.
 * Pagefind's index files are gzip-compressed already, so a host sends them as they are.
 */
export async function firstQueryPayload(origin: string, query: string): Promise<QueryPayload> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const reading: Promise<{ path: string; bytes: number }>[] = [];
    const seen = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== origin || !url.pathname.startsWith('/pagefind/')) return;
      // A file the page fetches early and Pagefind asks for again comes the second time from the
      // browser's cache: it is counted once, as scripts/bench-search.ts counts it.
      if (seen.has(url.pathname + url.search)) return;
      seen.add(url.pathname + url.search);
      reading.push(
        response.body().then(
          (body) => {
            const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
            return { path: url.pathname, bytes: Math.min(body.byteLength, brotli) };
          },
          () => ({ path: url.pathname, bytes: 0 }),
        ),
      );
    });
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-status').filter({ hasText: /\S/ }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(reading)).sort((a, b) => b.bytes - a.bytes);
    return { query, bytes: files.reduce((n, f) => n + f.bytes, 0), requests: files.length, files: files.slice(0, 5) };
  } finally {
    await browser.close();
  }
}
