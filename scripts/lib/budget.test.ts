import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KB,
  LIMITS,
  assetKind,
  budgetSummary,
  checkBudgets,
  compressedSizes,
  cssUrls,
  describeFailure,
  firstVisit,
  markdownTable,
  median,
  pageRefs,
  repeatVisit,
  sitePath,
  type Asset,
  type PageMeasure,
  type SiteMeasure,
} from './budget.ts';
import { measureSite, pageUrl } from './measure.ts';

const sizes = (brotli: number, raw = brotli * 3) => ({ raw, gzip: Math.round(brotli * 1.2), brotli });
const asset = (path: string, brotli: number, raw?: number): Asset => ({ path, kind: assetKind(path), sizes: sizes(brotli, raw) });
const CSS = asset('/_astro/Base.css', 3 * KB);
const REGISTER = asset('/sw-register.js', 100);

const page = (path: string, over: Partial<PageMeasure> = {}): PageMeasure => ({
  path,
  html: sizes(2 * KB),
  assets: [CSS, REGISTER],
  onUse: [],
  missing: [],
  images: [],
  hasTool: false,
  content: true,
  ...over,
});
const CHUNK = asset('/pagefind/index/en-gb_abc1234.pf_index', 3 * KB, 3 * KB);
const site = (pages: PageMeasure[], cssFiles: Asset[] = [CSS], searchChunks: Asset[] = [CHUNK]): SiteMeasure => ({
  pages,
  cssFiles,
  searchChunks,
});
const budgets = (s: SiteMeasure) => checkBudgets(s).map((f) => `${f.page}: ${f.budget}`);

describe('compressedSizes', () => {
  it('measures raw bytes and compresses repetitive text well, brotli smaller than gzip', () => {
    const text = new TextEncoder().encode('<p>allied health professions</p>'.repeat(200));
    const s = compressedSizes(text);
    expect(s.raw).toBe(text.byteLength);
    expect(s.gzip).toBeLessThan(s.raw / 10);
    expect(s.brotli).toBeLessThan(s.gzip);
  });
});

describe('pageRefs', () => {
  const html = `<!doctype html><html><head>
    <link rel="canonical" href="https://example.org/a/">
    <link rel="stylesheet" href="/_astro/Base.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="modulepreload" href="/_astro/chunk.js">
    <script src="/sw-register.js" defer></script><script type="application/ld+json">{}</script>
    <script src="https://cdn.example.com/x.js"></script>
  </head><body><header><img src="/logo.svg" alt=""></header>
  <main id="main" data-pagefind-body><h1>T</h1><img src="hero.webp" width="10" height="5" alt="">
  <h2>Next</h2><img src='/b.avif' loading=lazy alt=""><form><input></form>
  <script type="module" src="/_astro/tool.js"></script></main></body></html>`;
  const refs = pageRefs(html, '/a/');

  it('finds stylesheets, same-site scripts (with module preloads) and icons, but not canonical or other sites', () => {
    expect(refs.stylesheets).toEqual(['/_astro/Base.css']);
    expect(refs.scripts).toEqual(['/sw-register.js', '/_astro/tool.js', '/_astro/chunk.js']);
    expect(refs.icons).toEqual(['/favicon.svg']);
  });

  it('resolves images against the page and lets only the first image in main before its first h2 load eagerly', () => {
    expect(refs.images).toEqual([
      { src: '/logo.svg', width: undefined, height: undefined, loading: undefined, mayBeEager: false },
      { src: '/a/hero.webp', width: '10', height: '5', loading: undefined, mayBeEager: true },
      { src: '/b.avif', width: undefined, height: undefined, loading: 'lazy', mayBeEager: false },
    ]);
  });

  it('knows a tool page by a form in main, and a content page by an indexed main', () => {
    expect(refs.hasTool).toBe(true);
    expect(refs.indexed).toBe(true);
    const plain = pageRefs('<header><form role="search"></form></header><main data-pagefind-ignore="all"><h1>x</h1></main>', '/');
    expect(plain.hasTool).toBe(false);
    expect(plain.indexed).toBe(false);
    expect(pageRefs('<main><section data-tool class="checklist"></section></main>', '/t/').hasTool).toBe(true);
  });
});

describe('sitePath and cssUrls', () => {
  it('resolve references to site paths and drop other origins and inline data', () => {
    expect(sitePath('../x.css', '/a/b/')).toBe('/a/x.css');
    expect(sitePath('data:image/png;base64,AAA', '/')).toBeUndefined();
    expect(sitePath('https://other.example/x.js', '/')).toBeUndefined();
  });

  it('follow url() in CSS except inline data', () => {
    expect(
      cssUrls('@font-face{src:url("../fonts/a.woff2")}b{background:url(data:image/svg+xml,x)}i{background:url(/i.webp)}', '/_astro/x.css'),
    ).toEqual(['/fonts/a.woff2', '/i.webp']);
  });
});

describe('median, visits and assetKind', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });

  it('counts everything on a first visit and only the HTML on a repeat visit', () => {
    const p = page('/a/');
    expect(firstVisit(p)).toBe(2 * KB + 3 * KB + 100);
    expect(repeatVisit(p)).toBe(2 * KB);
  });

  it('classifies files by extension', () => {
    expect(['/a/', '/x.css', '/x.js', '/x.webp', '/x.woff2', '/x.json'].map(assetKind)).toEqual([
      'html',
      'css',
      'js',
      'image',
      'font',
      'other',
    ]);
  });
});

describe('checkBudgets', () => {
  it('passes a site within every budget', () => {
    expect(
      checkBudgets(
        site([page('/'), page('/a/'), page('/tool/', { hasTool: true, assets: [CSS, REGISTER, asset('/_astro/t.js', 8 * KB)] })]),
      ),
    ).toEqual([]);
  });

  it('fails a page whose HTML or first visit is too big, and says by how much', () => {
    const big = page('/big/', { html: sizes(17 * KB) });
    const heavy = page('/heavy/', { assets: [CSS, asset('/hero.webp', 28 * KB, 28 * KB)] });
    const failures = checkBudgets(site([page('/'), page('/b/'), page('/c/'), big, heavy]));
    expect(failures.map((f) => `${f.page}: ${f.budget}`)).toEqual(['/big/: first visit', '/big/: HTML', '/heavy/: first visit']);
    expect(describeFailure(failures[1]!)).toBe('/big/: HTML is 17.0 KB, over the 16.0 KB budget by 1.0 KB');
  });

  it('holds every page, /search/ and the tools included, to one round trip (14 KB)', () => {
    const search = (kb: number) => page('/search/', { hasTool: true, assets: [CSS, asset('/_astro/search.js', kb * KB)] });
    // Enough light pages that the median content page is one of them (its budget is tested below).
    const others = [page('/'), page('/b/'), page('/c/'), page('/d/')];
    expect(checkBudgets(site([...others, search(3)]))).toEqual([]);
    expect(checkBudgets(site([...others, search(10)])).map((f) => `${f.page}: ${f.budget}`)).toEqual(['/search/: first visit']);
  });

  it('fails the medians while each page is within its own limits', () => {
    const pages = [1, 2, 3].map((n) => page(`/${n}/`, { html: sizes(9 * KB), assets: [CSS, asset('/_astro/shared.webp', 1 * KB)] }));
    expect(budgets(site(pages))).toEqual(['site: median content page first visit', 'site: median page HTML']);
  });

  it('takes the first-visit median over content pages only', () => {
    const light = page('/a/');
    const notContent = [1, 2, 3].map((n) => page(`/x${n}/`, { content: false, assets: [CSS, asset('/big.webp', 8 * KB, 8 * KB)] }));
    expect(budgets(site([light, ...notContent]))).toEqual([]);
  });

  it('allows one CSS file of at most 8 KB', () => {
    expect(budgets(site([page('/')], [asset('/a.css', 5 * KB), asset('/b.css', 4 * KB)]))).toEqual([
      'site: all CSS',
      'site: number of CSS files',
    ]);
  });

  it('allows no script but the registration on a page without a tool, and a small registration only', () => {
    const p = page('/a/', { assets: [CSS, asset('/sw-register.js', 2 * KB), asset('/_astro/x.js', 50)] });
    expect(budgets(site([page('/'), page('/b/'), p]))).toEqual([
      '/a/: script /sw-register.js',
      '/a/: script /_astro/x.js on a page without a tool or search',
    ]);
  });

  it('allows a tool page 10 KB of script, imports included', () => {
    // Light HTML and CSS, so that only the script budget is broken, not the first visit.
    const tool = page('/t/', {
      hasTool: true,
      html: sizes(KB / 2),
      assets: [asset('/_astro/small.css', 1 * KB), REGISTER, asset('/_astro/t.js', 6 * KB), asset('/_astro/chunk.js', 5 * KB)],
    });
    expect(budgets(site([page('/'), page('/b/'), tool]))).toEqual(['/t/: tool or search page scripts']);
  });

  it('counts what a tool loads on use towards its 13 KB once used, not towards its first visit', () => {
    const tool = (later: number) =>
      page('/t/', {
        hasTool: true,
        assets: [CSS, REGISTER, asset('/_astro/t.js', 1 * KB)],
        onUse: [asset('/_astro/engine.js', later * KB)],
      });
    expect(budgets(site([page('/'), page('/b/'), tool(10)]))).toEqual([]);
    expect(budgets(site([page('/'), page('/b/'), tool(13)]))).toEqual(['/t/: tool or search page scripts once used']);
  });

  it('wants images in AVIF or WebP, sized, lazy below the fold and at most 60 KB', () => {
    const img = (src: string, over: Partial<PageMeasure['images'][number]> = {}) => ({
      src,
      width: '4',
      height: '3',
      loading: 'lazy',
      mayBeEager: false,
      ...over,
    });
    const p = page('/i/', {
      assets: [
        CSS,
        asset('/a.png', 1, 1),
        asset('/b.webp', 1, 1),
        asset('/c.avif', 1, 1),
        asset('/d.webp', 1, 61 * KB),
        asset('/e.webp', 1, 1),
      ],
      images: [
        img('/a.png'),
        img('/b.webp', { width: undefined }),
        img('/c.avif', { loading: undefined }),
        img('/d.webp'),
        img('/e.webp', { loading: undefined, mayBeEager: true }),
      ],
    });
    expect(budgets(site([p]))).toEqual([
      '/i/: image /a.png is not AVIF or WebP',
      '/i/: image /b.webp has no width and height',
      '/i/: image /c.avif below the fold is not loading="lazy"',
      '/i/: image /d.webp (raw)',
    ]);
  });

  it('fails a page that loads a file the build does not have', () => {
    expect(budgets(site([page('/a/', { missing: ['/gone.css'] })]))).toEqual(['/a/: loads /gone.css, which is not in the build']);
  });
});

describe('tables', () => {
  it('wants a search index, cut into chunks of at most 6 KB as sent', () => {
    const big = asset('/pagefind/index/en-gb_big.pf_index', 7 * KB, 7 * KB);
    expect(budgets(site([page('/')], [CSS], [CHUNK, big]))).toEqual(['site: search index chunk /pagefind/index/en-gb_big.pf_index']);
    expect(budgets(site([page('/')], [CSS], []))).toEqual(['site: the build has no search index (pagefind/index/)']);
  });

  it('right-aligns numeric columns in Markdown', () => {
    expect(markdownTable(['Page', 'Size'], [['/', '1.0 KB']])).toBe('| Page | Size |\n| --- | ---: |\n| / | 1.0 KB |');
  });

  it('summarises every budget, marking the broken ones', () => {
    const summary = budgetSummary(site([page('/', { html: sizes(17 * KB) })]));
    expect(summary).toContain('| Largest page HTML | 17.0 KB | 16.0 KB | OVER | / |');
    expect(summary).toContain(`| All CSS | 3.0 KB | ${(LIMITS.css / KB).toFixed(1)} KB | ok | 1 file(s) |`);
  });
});

describe('measureSite', () => {
  let dist = '';
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'budget-'));
    await mkdir(join(dist, '_astro'));
    await mkdir(join(dist, 'about'));
    await mkdir(join(dist, 'pagefind'));
    const head = '<link rel="stylesheet" href="/_astro/s.css"><script src="/sw-register.js" defer></script>';
    await writeFile(
      join(dist, 'index.html'),
      `<html><head>${head}</head><body><main data-pagefind-body><h1>Home</h1></main></body></html>`,
    );
    await writeFile(
      join(dist, 'about', 'index.html'),
      `<html><head>${head}<script type="module" src="/_astro/tool.js"></script></head><body><main><form></form><img src="/missing.webp"></main></body></html>`,
    );
    await writeFile(join(dist, '_astro', 's.css'), 'body{color:red;background:url(/_astro/bg.webp)}');
    await writeFile(join(dist, '_astro', 'bg.webp'), 'RIFF');
    await writeFile(join(dist, '_astro', 'tool.js'), 'import"./chunk.js";onfocus=()=>import("./engine.js")');
    await writeFile(join(dist, '_astro', 'chunk.js'), 'export const a=1');
    await writeFile(join(dist, '_astro', 'engine.js'), 'import{a}from"./chunk.js";import"./engine-part.js";console.log(a)');
    await writeFile(join(dist, '_astro', 'engine-part.js'), 'export const b=2');
    await writeFile(join(dist, 'sw-register.js'), 'navigator.serviceWorker.register("/sw.js")');
    await writeFile(join(dist, 'pagefind', 'pagefind-ui.css'), 'x{}');
    await mkdir(join(dist, 'pagefind', 'index'));
    await writeFile(join(dist, 'pagefind', 'index', 'en-gb_1.pf_index'), 'x'.repeat(2000));
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('maps built files to the URLs they answer at', () => {
    expect(['/index.html', '/a/index.html', '/404.html'].map(pageUrl)).toEqual(['/', '/a/', '/404.html']);
  });

  it('measures each page with what it loads, following imports and url()s, and lists what is missing', async () => {
    // (What a tool loads only once used is listed apart, each file once, none already in the first visit.)
    const measured = await measureSite(dist);
    const byPath = Object.fromEntries(measured.pages.map((p) => [p.path, p]));
    expect(Object.keys(byPath).sort()).toEqual(['/', '/about/']);
    expect(byPath['/']!.assets.map((a) => a.path)).toEqual(['/_astro/s.css', '/sw-register.js', '/_astro/bg.webp']);
    expect(byPath['/']!.content).toBe(true);
    expect(byPath['/about/']!.assets.map((a) => a.path)).toEqual([
      '/_astro/s.css',
      '/sw-register.js',
      '/_astro/tool.js',
      '/_astro/bg.webp',
      '/_astro/chunk.js',
    ]);
    expect(byPath['/about/']!.onUse.map((a) => a.path)).toEqual(['/_astro/engine.js', '/_astro/engine-part.js']);
    expect(byPath['/']!.onUse).toEqual([]);
    expect(byPath['/about/']!.missing).toEqual(['/missing.webp']);
    expect(byPath['/about/']!.hasTool).toBe(true);
    expect(measured.cssFiles.map((c) => c.path)).toEqual(['/_astro/s.css']);
    // Index chunks are counted as they are: Pagefind has gzipped them already.
    expect(measured.searchChunks.map((c) => [c.path, c.sizes.raw])).toEqual([['/pagefind/index/en-gb_1.pf_index', 2000]]);
  });
});
