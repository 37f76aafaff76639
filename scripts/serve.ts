#!/usr/bin/env node
/**
 * Serves the built site from dist/ the way a static host would: directory indexes, the
 * real 404 page with status 404, every header from dist/_headers (CSP included) combined as
 * Netlify and Cloudflare Pages combine them, and their default Cache-Control where no rule sets one.
 * A malformed address gets 400, never a crash; a redirect never leaves the site. Only GET and HEAD
 * are answered (405 otherwise), the host's own files (_headers, _redirects) are never served, and
 * a 404 is never cached for long, whatever the rule for its path says.
 * With --compress it also sends text brotli-compressed (quality 11) to browsers that accept it,
 * as hosts and CDNs do; the benchmark (scripts/bench.ts) uses that, so Lighthouse sees real sizes.
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist] [--compress]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseHeaders, headersFor, type HeaderRule } from './lib/headers.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return (i > -1 ? process.argv[i + 1] : undefined) ?? fallback;
};
const root = resolve(arg('dir', process.env.DIST_DIR ?? 'dist'));
const port = Number(arg('port', process.env['PORT'] ?? '4321'));
const compress = process.argv.includes('--compress');
/** Text worth compressing; Pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|manifest\+json|wasm)|image\/svg\+xml)/;
const brotliCache = new Map<string, Buffer>();
const brotli = (file: string, body: Buffer): Buffer => {
  let packed = brotliCache.get(file);
  if (!packed) {
    packed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } });
    brotliCache.set(file, packed);
  }
  return packed;
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
};

/** What Netlify and Cloudflare Pages send when _headers sets no Cache-Control: revalidate every time. */
const DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

let rules: HeaderRule[] = [];
try {
  rules = parseHeaders(await readFile(join(root, '_headers'), 'utf8'));
} catch {
  console.warn('No _headers file in the build; serving without security headers.');
}

/** The path with its percent-escapes decoded, or null when they are malformed (such as "%E0%A4%A"). */
const decodePath = (urlPath: string): string | null => {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
};

/** The host's configuration files in dist/: hosts read them and never serve them. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

async function resolveFile(urlPath: string): Promise<string | null> {
  const decoded = decodePath(urlPath);
  if (decoded === null || decoded.includes('\0') || HOST_FILES.has(normalize(decoded))) return null;
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
  // A static site has nothing to post to, change or trace.
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, {
      Allow: 'GET, HEAD',
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': DEFAULT_CACHE,
      ...headersFor(rules, '/'),
    });
    res.end('Method not allowed: this site only answers GET and HEAD.');
    return;
  }
  // Read the request target as a path: parsed as a relative URL, "//host/x" would name another host.
  const target = req.url ?? '/';
  const url = target.startsWith('/') && URL.canParse(`http://localhost${target}`) ? new URL(`http://localhost${target}`) : null;
  if (!url || decodePath(url.pathname) === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': DEFAULT_CACHE, ...headersFor(rules, '/') });
    res.end('Bad request: the address is malformed.');
    return;
  }
  // One leading slash only: "//host/" in a Location header would send the browser to another site.
  const path = url.pathname.replace(/^\/{2,}/, '/');
  // Directory URLs without their trailing slash redirect, as static hosts do.
  if (!extname(path) && !path.endsWith('/')) {
    const dir = await resolveFile(`${path}/`);
    if (dir) {
      res.writeHead(301, { Location: `${path}/${url.search}`, 'Cache-Control': DEFAULT_CACHE, ...headersFor(rules, path) });
      res.end();
      return;
    }
  }
  const file = await resolveFile(path);
  const status = file ? 200 : 404;
  const body = await readFile(file ?? join(root, '404.html')).catch(() => Buffer.from('Not found'));
  const type = TYPES[extname(file ?? '404.html')] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': DEFAULT_CACHE, ...headersFor(rules, path) };
  // A missing file under /_astro/ must not be remembered as missing for a year: the rule's
  // immutable caching is for the files that exist.
  if (!file) headers['Cache-Control'] = DEFAULT_CACHE;
  let sent: Buffer = body;
  if (compress && COMPRESSIBLE.test(type)) {
    headers['Vary'] = 'Accept-Encoding';
    if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      sent = brotli(file ?? '404.html', body);
      headers['Content-Encoding'] = 'br';
    }
  }
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : sent);
}

const server = createServer((req, res) => {
  respond(req, res).catch((error: unknown) => {
    console.error(`${req.url}: ${error instanceof Error ? error.message : String(error)}`);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Server error');
  });
});

server.listen(port, () => console.log(`AHP Hub is being served at http://localhost:${port}/ (Ctrl+C to stop)`));
