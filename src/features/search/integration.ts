/**
 * Search, built by Astro: an integration that indexes the built site with Pagefind's Node API when
 * the build is done (astro:build:done), so `astro build` alone gives the whole site with its search.
 * After indexing it:
 * 0. takes from the built pages what only Pagefind needed: their indentation, its data-pagefind-meta
 *    and -filter attributes and, on a resource for every profession, the 14 profession filter tags,
 *    which become one marker (shrinkPages below);
 * 1. re-cuts the index into small chunks (split-index.ts, guarded), so a later query stays within
 *    its 20 KB budget: Pagefind's own chunks are about 24 KB each;
 * 2. writes the list of every indexed word (Pagefind's stems), which the query plan uses to respell
 *    only a word the index does not have (/pagefind/ahp-words.<build>.json);
 * 3. writes the search manifest (/pagefind/ahp-search.<build>.json): which index chunk holds which
 *    words (so the first chunk is fetched beside the engine), and every file of the search with the
 *    bytes a full offline save takes;
 * 4. tells /search/, the offline page and the service worker about this build's search: the files a
 *    first search needs (fetched in parallel) and the manifest's name, in data-search-build on
 *    /search/ and the offline page, and SEARCH_BUILD and IMPORTS in /sw.js. IMPORTS is the build's
 *    module graph: every script under /_astro/ with the scripts it imports, so the worker keeps a
 *    shared chunk that only other scripts import.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { chunkWords, metaRanges } from './pagefind-chunks.ts';
import { readIndexFile, splitIndex } from './split-index.ts';
import { readSearchBuild, writeSearchBuild, type SearchBuild } from './build-data.ts';
import { builtPages, readModuleGraph } from '../../data/built-site.ts';
import { collapseWhitespace } from '../../lib/html-whitespace.ts';
import { markAllProfessions, professionValues, withoutIndexingInstructions } from './indexed-page.ts';

/** The manifest file (/pagefind/ahp-search.<tag>.json). */
interface SearchManifest {
  tag: string;
  /** Each index chunk's first and last word and its file. */
  chunks: Array<[from: string, to: string, file: string]>;
  /** The list of every indexed word. */
  words: string;
  /** Every file a search can fetch: engine, wasm, entry, metadata, filters, index chunks, fragments, word list. */
  files: string[];
  bytes: number;
}

const PLACEHOLDER = 'data-search-build="pending"';
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Writes the value into a placeholder of a built file; the build stops if the placeholder is missing. */
function fill(file: string, placeholder: string, value: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(placeholder)) throw new Error(`${file}: the search build's placeholder ${placeholder} is missing.`);
  writeFileSync(file, text.replace(placeholder, value));
}

function indexSite(site: string): { build: SearchBuild; attribute: string; report: string[] } {
  const dir = join(site, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const [language] = Object.values(entry.languages);
  if (!language) throw new Error('Search: Pagefind indexed no page.');
  const tag = language.hash;
  const metaFile = `pagefind.${tag}.pf_meta`;
  const ranges = metaRanges(readIndexFile(join(dir, metaFile)));
  // Pagefind's index holds stems ("teach" for "teaching"); a respelling is shown to the reader, so the
  // list is of the words themselves, from each indexed page's text and metadata (its fragment), and
  // every stem of the index is checked to be covered by one of them.
  const words = new Set<string>();
  for (const file of readdirSync(join(dir, 'fragment'))) {
    const text = gunzipSync(readFileSync(join(dir, 'fragment', file))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { content?: string; meta?: Record<string, string> };
    const all = [fragment.content ?? '', ...Object.values(fragment.meta ?? {})].join(' ').toLowerCase().replace(/’/g, "'");
    for (const word of all.split(/[^\p{L}'-]+/u)) {
      const clean = word.replace(/^['-]+|['-]+$/g, '');
      // Words of one or two letters are never respelt or left out (plan.ts), so they are not listed.
      if ([...clean].length >= 3 && /^\p{L}+$/u.test(clean)) words.add(clean);
    }
  }
  const sorted = [...words].sort();
  for (const [, , hash] of ranges) {
    const file = join(dir, 'index', `${hash}.pf_index`);
    for (const [stem] of chunkWords(readIndexFile(file), file)) {
      if (/^\p{L}{3,}$/u.test(stem) && !sorted.some((w) => w.startsWith(stem))) words.add(stem);
    }
  }
  // These names are what build-data.ts derives from the tag.
  const wordsFile = `ahp-words.${tag}.json`;
  writeFileSync(join(dir, wordsFile), JSON.stringify([...words].sort()));

  const listed = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .sort()
          .map((f) => `/pagefind/${sub}/${f}`)
      : [];
  const [wasm] = readdirSync(dir).filter((f) => f.startsWith('wasm.') && !f.startsWith('wasm.unknown'));
  if (!wasm) throw new Error('Search: Pagefind wrote no wasm file.');
  const filters = listed('filter').map((f) => f.replace(/^\/pagefind\/filter\/|\.pf_filter$/g, ''));
  const files = [
    '/pagefind/pagefind.js',
    `/pagefind/pagefind-entry.json?ts=${tag}`,
    `/pagefind/${metaFile}`,
    `/pagefind/${wasm}`,
    ...listed('filter'),
    `/pagefind/${wordsFile}`,
    ...listed('index'),
    ...listed('fragment'),
  ];
  // As sent: Pagefind's files are gzipped already; the script and the JSON files are sent brotli-compressed by hosts,
  // so counting them raw overstates the save a little, which is the safe side of a size said before saving.
  const bytes = files.reduce((n, f) => n + statSync(join(site, f.replace(/\?.*$/, ''))).size, 0);
  const manifestFile = `/pagefind/ahp-search.${tag}.json`;
  const manifest: SearchManifest = {
    tag,
    chunks: ranges.map(([from, to, hash]) => [from, to, `/pagefind/index/${hash}.pf_index`]),
    words: `/pagefind/${wordsFile}`,
    files: [...files, manifestFile],
    bytes,
  };
  writeFileSync(join(site, manifestFile), JSON.stringify(manifest));
  const attribute = writeSearchBuild(tag, wasm, filters, bytes);
  const build = readSearchBuild(attribute);
  if (
    build?.manifest !== manifestFile ||
    build.words !== `/pagefind/${wordsFile}` ||
    [...build.start, ...build.filters].some((f) => !files.includes(f))
  )
    throw new Error('Search: the names /search/ derives from the build do not match the files written.');
  return { build, attribute, report: [`Search: ${words.size} indexed words; a full offline save is ${(bytes / 1024).toFixed(0)} KB.`] };
}

/**
 * Once Pagefind has read every built page, what only it needed goes from the pages as shipped:
 * their indentation (src/lib/html-whitespace.ts), the attributes that told Pagefind where its
 * metadata and filters are, and, on a resource for every profession, the 14 profession filter tags,
 * which become one marker (indexed-page.ts). Returns the KB saved, raw.
 */
function shrinkPages(site: string): string {
  const pages = builtPages(site).map((path) => ({ path, html: readFileSync(path, 'utf8') }));
  const every = new Set(pages.flatMap(({ html }) => professionValues(html)));
  let saved = 0;
  for (const { path, html } of pages) {
    const shrunk = collapseWhitespace(withoutIndexingInstructions(markAllProfessions(html, every)));
    saved += html.length - shrunk.length;
    writeFileSync(path, shrunk);
  }
  return (saved / 1024).toFixed(0);
}

/** The Astro integration: index, re-cut and describe the search once the site is built. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'ahp-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // What in <main> is not a page's own words carries data-pagefind-ignore (see Base.astro), so no selectors are needed here.
        const { index, errors } = await pagefind.createIndex();
        if (!index) throw new Error(`Search: Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Search: Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Search: Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Search: Pagefind indexed ${added.page_count} pages.`);
        logger.info(`Pages: ${shrinkPages(site)} KB that only Pagefind needed removed once indexed.`);
        // SEARCH_SPLIT=off keeps Pagefind's own chunks, only to measure whether re-cutting is still
        // needed (npm run bench:search on that build); the budgets then fail on the chunk size.
        if (process.env['SEARCH_SPLIT'] === 'off') logger.warn("Search: SEARCH_SPLIT=off, so Pagefind's own index chunks are kept.");
        else for (const line of splitIndex(site)) logger.info(line);
        const { build, attribute, report } = indexSite(site);
        for (const line of report) logger.info(line);
        const data = `data-search-build="${escapeAttribute(attribute)}"`;
        for (const page of ['search/index.html', 'offline/index.html']) fill(join(site, page), PLACEHOLDER, data);
        const graph = readModuleGraph(site);
        const worker = join(site, 'sw.js');
        fill(worker, 'const SEARCH_BUILD = null;', `const SEARCH_BUILD = ${JSON.stringify({ tag: build.tag, manifest: build.manifest })};`);
        fill(worker, 'const IMPORTS = {};', `const IMPORTS = ${JSON.stringify(graph)};`);
        logger.info(`Search: build ${build.tag}; ${Object.keys(graph).length} scripts import others.`);
      },
    },
  };
}
