/**
 * The byte budgets of issue 8 and the pure logic that checks them: what a page loads (read from
 * its tags), how big that is compressed, and which budgets a measured site breaks.
 * scripts/lib/measure.ts reads the built files; scripts/check-budgets.ts and scripts/bench.ts
 * print the results.
 */
import { attr, elementsOf, parsePage, type Element, type Root } from './html.ts';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const KB = 1024;

/** Every limit, in bytes of brotli at quality 11 (how static hosts precompress). */
export const LIMITS = {
  /**
   * First visit to the median content page: it all fits in the first round trip of a new connection
   * with room to spare, and stays at or under 0.35x Starlight's 20.4 KB on the same words (issue 25).
   */
  medianContentFirstVisit: 7 * KB,
  /**
   * Any page's first visit, /search/ and the tools included: it arrives in the first round trip of a
   * new connection (about 14 KB, TCP's first window of ten packets) (issues 22 and 25).
   */
  firstVisit: 14 * KB,
  html: 16 * KB,
  medianHtml: 8 * KB,
  /** All the site's CSS together, and it must be one file. */
  css: 8 * KB,
  cssFiles: 1,
  /** The one script every page may load: it only registers the service worker. */
  swRegister: 1 * KB,
  /** All the JavaScript a tool or search page loads with its first visit (its own scripts and their static imports). */
  toolScript: 10 * KB,
  /**
   * All the JavaScript a tool or search page can load, once it is used too (what it loads on use, and
   * theirs), so that loading on use is never a way round toolScript. The largest, the calculator, was
   * 11.6 KB in one piece; loading most of it on first use adds the loader and the bundler's preload
   * helper (12.7 KB in all, December 2026). Pagefind's own files are budgeted by npm run bench:search.
   */
  toolScriptInUse: 13 * KB,
  /**
   * Any one file of the search index, as sent (Pagefind gzips them itself): a later query loads
   * one per word typed, and a query may cost at most 20 KB (src/features/search/split-index.ts).
   */
  searchIndexChunk: 6 * KB,
  /** Any single image, counted raw: images are already compressed. */
  image: 60 * KB,
} as const;

/** The search page, shown on its own line of the summary: it is how most visitors enter the hub. */
const SEARCH_PAGE = '/search/';

/** The service worker registration, the only script allowed on pages without a tool or search. */
export const SW_REGISTER = '/sw-register.js';

/** Image formats a page may use: AVIF and WebP for pictures; SVG is vector, so it is responsive already. */
const IMAGE_FORMATS = /\.(avif|webp|svg)$/i;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a file's bytes. */
export function compressedSizes(bytes: Uint8Array): Sizes {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }).byteLength,
  };
}

export type AssetKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

/** The kind of file a site path names, from its extension. */
export function assetKind(path: string): AssetKind {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (ext === '' || ext === 'html') return 'html';
  if (ext === 'css') return 'css';
  if (ext === 'js' || ext === 'mjs') return 'js';
  if (['avif', 'webp', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'ico'].includes(ext)) return 'image';
  if (['woff2', 'woff', 'ttf', 'otf'].includes(ext)) return 'font';
  return 'other';
}

interface ImageTag {
  src: string;
  width: string | undefined;
  height: string | undefined;
  loading: string | undefined;
  /** True for the one image allowed to load eagerly: the first in <main>, before its first <h2>. */
  mayBeEager: boolean;
}

export interface PageRefs {
  /** Site paths of the stylesheets, scripts and icons the page's tags load, in order, no repeats. */
  stylesheets: string[];
  scripts: string[];
  icons: string[];
  images: ImageTag[];
  /** The page has a form or a data-tool element inside <main> (a tool or search), so it may load a script to enhance it. */
  hasTool: boolean;
  /** The page's <main> is in the search index, which is what makes it a content page. */
  indexed: boolean;
}

/** A reference resolved against the page, as a site path; undefined when it leaves the site or is inline data. */
export function sitePath(ref: string, from: string): string | undefined {
  if (/^(data|blob|mailto|tel|javascript):/i.test(ref)) return undefined;
  const url = new URL(ref, `https://site.invalid${from}`);
  return url.host === 'site.invalid' ? decodeURIComponent(url.pathname) : undefined;
}

const unique = (values: (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => v !== undefined))];

/** What a page's HTML (or its parsed tree) makes the browser load as it renders: stylesheets, scripts, icons, preloads, images. */
export function pageRefs(page: string | Root, pagePath: string): PageRefs {
  const tree = typeof page === 'string' ? parsePage(page) : page;
  const all = [...elementsOf(tree)];
  const links = all.filter(({ el }) => el.tagName === 'link').map(({ el }) => el);
  const rel = (el: Element) => (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
  const hrefs = (keep: (rels: string[], el: Element) => boolean) =>
    unique(links.filter((el) => keep(rel(el), el)).map((el) => sitePath(attr(el, 'href') ?? '', pagePath)));
  const stylesheets = hrefs((r) => r.includes('stylesheet'));
  const preloadedScripts = hrefs((r, el) => r.includes('modulepreload') || (r.includes('preload') && attr(el, 'as') === 'script'));
  const icons = hrefs((r, el) => r.includes('icon') || (r.includes('preload') && ['image', 'font'].includes(attr(el, 'as') ?? '')));
  const scripts = unique([
    ...all
      .filter(({ el }) => el.tagName === 'script')
      .map(({ el }) => attr(el, 'src'))
      .map((s) => (s ? sitePath(s, pagePath) : undefined)),
    ...preloadedScripts,
  ]);

  const inMain = all.filter((e) => e.inMain);
  const main = inMain.find(({ el }) => el.tagName === 'main')?.el;
  const firstH2 = inMain.findIndex(({ el }) => el.tagName === 'h2');
  const images: ImageTag[] = [];
  let eagerTaken = false;
  for (const [i, { el, inMain: insideMain }] of all.entries()) {
    if (el.tagName !== 'img') continue;
    const src = sitePath(attr(el, 'src') ?? '', pagePath);
    if (src === undefined) continue;
    const beforeH2 = firstH2 < 0 || i < all.indexOf(inMain[firstH2]!);
    const mayBeEager = !eagerTaken && insideMain && beforeH2;
    if (insideMain) eagerTaken = true;
    images.push({ src, width: attr(el, 'width'), height: attr(el, 'height'), loading: attr(el, 'loading')?.toLowerCase(), mayBeEager });
  }
  return {
    stylesheets,
    scripts,
    icons,
    images,
    hasTool: inMain.some(({ el }) => el.tagName === 'form' || attr(el, 'data-tool') !== undefined),
    indexed: main !== undefined && attr(main, 'data-pagefind-body') !== undefined,
  };
}

/** Site paths a stylesheet loads through url() (fonts, background images). */
export function cssUrls(css: string, fromPath: string): string[] {
  return unique([...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)].map((m) => sitePath(m[2] ?? '', fromPath)));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Asset {
  path: string;
  kind: AssetKind;
  sizes: Sizes;
}

export interface PageMeasure {
  /** The page's URL path, such as "/professions/" or "/404.html". */
  path: string;
  html: Sizes;
  /** Everything else the first visit loads, each file once. Missing files are listed in `missing`. */
  assets: Asset[];
  /** Scripts loaded later, when the page's tool is used (its scripts' dynamic imports and theirs), each once. */
  onUse: Asset[];
  missing: string[];
  images: ImageTag[];
  hasTool: boolean;
  content: boolean;
}

export interface SiteMeasure {
  pages: PageMeasure[];
  /** Every stylesheet in the build, used or not. */
  cssFiles: Asset[];
  /** Every chunk of the search index (pagefind/index/); none means the build has no search. */
  searchChunks: Asset[];
}

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Brotli bytes of a first visit: the HTML and everything it loads, nothing cached. */
export const firstVisit = (page: PageMeasure): number => page.html.brotli + sum(page.assets.map((a) => a.sizes.brotli));

/** Brotli bytes of a repeat visit to another page: only its HTML, as CSS, scripts and images are cached. */
export const repeatVisit = (page: PageMeasure): number => page.html.brotli;

const scriptsOf = (page: PageMeasure): Asset[] => page.assets.filter((a) => a.kind === 'js');

/** Brotli bytes of a page's own scripts (not the registration) with its first visit. */
const ownScripts = (page: PageMeasure): number =>
  sum(
    scriptsOf(page)
      .filter((s) => s.path !== SW_REGISTER)
      .map((s) => s.sizes.brotli),
  );

/** Brotli bytes of a page's own scripts once its tool is used: the first visit's and those loaded on use. */
const scriptsInUse = (page: PageMeasure): number => ownScripts(page) + sum(page.onUse.map((s) => s.sizes.brotli));

export interface Failure {
  /** The page, or "site" for budgets over the whole build. */
  page: string;
  budget: string;
  actual: number;
  limit: number;
}

const over = (page: string, budget: string, actual: number, limit: number): Failure[] =>
  actual > limit ? [{ page, budget, actual, limit }] : [];

/** Every budget the measured site breaks; an empty list means it keeps them all. */
export function checkBudgets(site: SiteMeasure): Failure[] {
  const failures: Failure[] = [];
  const content = site.pages.filter((p) => p.content);

  failures.push(...over('site', 'median content page first visit', median(content.map(firstVisit)), LIMITS.medianContentFirstVisit));
  failures.push(...over('site', 'median page HTML', median(site.pages.map((p) => p.html.brotli)), LIMITS.medianHtml));
  failures.push(...over('site', 'all CSS', sum(site.cssFiles.map((c) => c.sizes.brotli)), LIMITS.css));
  failures.push(...over('site', 'number of CSS files', site.cssFiles.length, LIMITS.cssFiles));
  if (site.searchChunks.length === 0)
    failures.push({ page: 'site', budget: 'the build has no search index (pagefind/index/)', actual: 1, limit: 0 });
  for (const chunk of site.searchChunks)
    failures.push(...over('site', `search index chunk ${chunk.path}`, chunk.sizes.raw, LIMITS.searchIndexChunk));

  for (const page of site.pages) {
    const p = page.path;
    failures.push(...over(p, 'first visit', firstVisit(page), LIMITS.firstVisit));
    failures.push(...over(p, 'HTML', page.html.brotli, LIMITS.html));
    for (const file of page.missing) failures.push({ page: p, budget: `loads ${file}, which is not in the build`, actual: 1, limit: 0 });

    const scripts = scriptsOf(page);
    const register = scripts.find((s) => s.path === SW_REGISTER);
    if (register) failures.push(...over(p, `script ${SW_REGISTER}`, register.sizes.brotli, LIMITS.swRegister));
    const own = scripts.filter((s) => s !== register);
    if (page.hasTool) {
      failures.push(...over(p, 'tool or search page scripts', ownScripts(page), LIMITS.toolScript));
      failures.push(...over(p, 'tool or search page scripts once used', scriptsInUse(page), LIMITS.toolScriptInUse));
    } else
      for (const s of own)
        failures.push({ page: p, budget: `script ${s.path} on a page without a tool or search`, actual: s.sizes.brotli, limit: 0 });

    for (const img of page.images) {
      const file = page.assets.find((a) => a.path === img.src);
      if (!IMAGE_FORMATS.test(img.src)) failures.push({ page: p, budget: `image ${img.src} is not AVIF or WebP`, actual: 1, limit: 0 });
      if (!img.width || !img.height) failures.push({ page: p, budget: `image ${img.src} has no width and height`, actual: 1, limit: 0 });
      if (!img.mayBeEager && img.loading !== 'lazy')
        failures.push({ page: p, budget: `image ${img.src} below the fold is not loading="lazy"`, actual: 1, limit: 0 });
      if (file) failures.push(...over(p, `image ${img.src} (raw)`, file.sizes.raw, LIMITS.image));
    }
  }
  return failures;
}

/** "12.3 KB", in kibibytes with one decimal. */
export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/** One line per failure: which page, which budget, and by how much it is over. */
export function describeFailure(f: Failure): string {
  if (f.limit === 0 && f.actual === 1) return `${f.page}: ${f.budget}`;
  const unit = f.budget.startsWith('number') ? (n: number) => String(n) : kb;
  return `${f.page}: ${f.budget} is ${unit(f.actual)}, over the ${unit(f.limit)} budget by ${unit(f.actual - f.limit)}`;
}

/** A Markdown table: a header row, a separator and the rows, numbers right-aligned. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[\d.,]+( KB| s| ms|%|x)?$/.test(String(r[i] ?? ''))));
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(numeric.map((n) => (n ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** The summary `npm test` prints every run: each budget, its measure, its limit, and whether it holds. */
export function budgetSummary(site: SiteMeasure): string {
  const content = site.pages.filter((p) => p.content);
  const largest = <T>(items: T[], by: (t: T) => number) =>
    items.reduce<T | undefined>((a, b) => (a === undefined || by(b) > by(a) ? b : a), undefined);
  const biggestVisit = largest(site.pages, firstVisit);
  const searchPage = site.pages.find((p) => p.path === SEARCH_PAGE);
  const biggestHtml = largest(site.pages, (p) => p.html.brotli);
  const toolPages = site.pages.filter((p) => p.hasTool);
  const biggestTool = largest(toolPages, ownScripts);
  const biggestInUse = largest(toolPages, scriptsInUse);
  const register = site.pages.flatMap(scriptsOf).find((s) => s.path === SW_REGISTER);
  const biggestChunk = largest(site.searchChunks, (c) => c.sizes.raw);
  const rows: [string, number, number, string][] = [
    [
      'Median content page, first visit',
      median(content.map(firstVisit)),
      LIMITS.medianContentFirstVisit,
      `${content.length} content pages`,
    ],
    ['Largest first visit', biggestVisit ? firstVisit(biggestVisit) : 0, LIMITS.firstVisit, biggestVisit?.path ?? ''],
    ['Search page, first visit', searchPage ? firstVisit(searchPage) : 0, LIMITS.firstVisit, SEARCH_PAGE],
    ['Median page HTML', median(site.pages.map((p) => p.html.brotli)), LIMITS.medianHtml, `${site.pages.length} pages`],
    ['Largest page HTML', biggestHtml?.html.brotli ?? 0, LIMITS.html, biggestHtml?.path ?? ''],
    ['All CSS', sum(site.cssFiles.map((c) => c.sizes.brotli)), LIMITS.css, `${site.cssFiles.length} file(s)`],
    ['Service worker registration', register?.sizes.brotli ?? 0, LIMITS.swRegister, SW_REGISTER],
    ['Largest tool or search page script', biggestTool ? ownScripts(biggestTool) : 0, LIMITS.toolScript, biggestTool?.path ?? ''],
    [
      'Largest tool or search page script, once used',
      biggestInUse ? scriptsInUse(biggestInUse) : 0,
      LIMITS.toolScriptInUse,
      biggestInUse?.path ?? '',
    ],
    ['Largest search index chunk (as sent)', biggestChunk?.sizes.raw ?? 0, LIMITS.searchIndexChunk, `${site.searchChunks.length} chunk(s)`],
  ];
  return markdownTable(
    ['Budget (brotli 11)', 'Measured', 'Limit', 'Result', 'Where'],
    rows.map(([name, actual, limit, where]) => [name, kb(actual), kb(limit), actual <= limit ? 'ok' : 'OVER', where]),
  );
}
