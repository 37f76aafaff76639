/*
 * The offline service worker, served as /sw.js by src/pages/sw.js.ts, which puts four constants
 * before this text at build time: SHELL (the home page, the offline page, the one stylesheet and
 * the favicon), VERSION (a hash of SHELL and this file, so a new build replaces the worker), and,
 * filled in by the search integration once the index is written (src/features/search/integration.ts),
 * SEARCH_BUILD (this build's search: its tag and manifest) and IMPORTS (the build's module graph:
 * each script with the scripts it imports).
 *
 * - Pages are fetched from the network first, so they are always fresh online; each page the
 *   visitor opens is kept, and offline (or when the network takes over 4 seconds) it is served
 *   from the cache. A page never opened gets the offline page, listing every page this browser
 *   can read offline.
 * - Hashed files under /_astro/ never change, so they are served from the cache for good. A kept
 *   page's files are kept with it, with every script they import in turn (IMPORTS), such as a shared
 *   chunk no HTML names; once no kept page uses one (after a new build, or when pages are dropped), it is deleted.
 * - Search files (/pagefind/) are kept as they are used, in a cache named after this build's search,
 *   so a query repeated offline works; "Save search for offline use" (a message from the page) keeps
 *   every one of them. A new build's worker deletes the old build's search.
 * - At most MAX_PAGES pages are kept, the least recently opened dropped first, and a kept page
 *   that now answers 404 or 410 is dropped, so the offline list never offers a page that is gone.
 * - Nothing is precached while the browser asks to save data (Save-Data); pages the visitor
 *   opens are still kept, as keeping them costs no extra bytes.
 */
/* global SHELL, VERSION, SEARCH_BUILD, IMPORTS */
// Type-checked on its own with the service worker's types (tsconfig.worker.json), as they clash with the page's.
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const PAGES = 'ahp-pages';
const ASSETS = 'ahp-assets';
const SHELL_CACHE = `ahp-shell-${VERSION}`;
const SEARCH_CACHE = SEARCH_BUILD ? `ahp-search-${SEARCH_BUILD.tag}` : undefined;
/** Put in the search cache once every search file is saved. */
const SEARCH_SAVED = '/pagefind/ahp-saved';
const KEEP = [PAGES, ASSETS, SHELL_CACHE, ...(SEARCH_CACHE ? [SEARCH_CACHE] : [])];
const OFFLINE = '/offline/';
/** How long a page may take to start arriving before the saved copy is shown instead. */
const SLOW_NETWORK_MS = 4000;
/** Pages kept for offline reading: about 1 MB of HTML at most, enough for a visit's reading. */
const MAX_PAGES = 60;

/**
 * The browser asks to save data: it said so when registering this worker (src/lib/browser/sw-register.js), says so now, or sends Save-Data.
 * @param {Request} [request]
 */
const savingData = (request) =>
  sw.location.search === '?save-data' || sw.navigator.connection?.saveData === true || request?.headers.get('Save-Data') === 'on';

/**
 * Where each precached path belongs: hashed assets and readable pages outlive the shell's version.
 * @param {string} path
 */
const cacheFor = (path) => (path.startsWith('/_astro/') ? ASSETS : path === OFFLINE || !path.endsWith('/') ? SHELL_CACHE : PAGES);

async function precache() {
  await Promise.all(
    SHELL.map(async (path) => {
      const cache = cacheFor(path);
      // A page the visitor has just loaded (often the home page) is taken from the HTTP cache, not downloaded again.
      await (await caches.open(cache)).add(new Request(path, { cache: cache === PAGES ? 'force-cache' : 'default' }));
    }),
  );
  // The offline page's own script (saving search) and whatever it imports.
  for (const path of SHELL.filter((p) => p.endsWith('/'))) {
    const html = (await (await caches.match(path))?.text()) ?? '';
    await keepAssets(html, false);
  }
}

/**
 * Precaches the shell if it is not there yet; a failure (a dropped connection) is retried on a later page.
 * @param {Request} [request]
 */
async function ensureShell(request) {
  if (savingData(request)) return;
  if (await (await caches.open(SHELL_CACHE)).match(OFFLINE)) return;
  await precache().catch(() => undefined);
}

sw.addEventListener('install', (event) => {
  event.waitUntil(ensureShell().then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('ahp-') && !KEEP.includes(name)) await caches.delete(name);
      await dropUnusedAssets();
      // The page that installed this worker loaded before it could be cached: keep it too,
      // from the browser's HTTP cache, so no byte is downloaded again.
      const pages = await caches.open(PAGES);
      for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        const url = new URL(client.url);
        if (url.origin !== sw.location.origin || url.pathname === OFFLINE) continue;
        const response = await fetch(url.pathname, { cache: 'force-cache' }).catch(() => undefined);
        if (response?.ok && !response.redirected) {
          await keepAssets(await response.clone().text(), savingData());
          await pages.put(url.pathname, response);
        }
      }
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
  if (url.pathname.startsWith('/_astro/')) event.respondWith(cacheFirst(request));
  else if (url.pathname.startsWith('/pagefind/')) event.respondWith(searchFile(request));
  else if (request.mode === 'navigate') {
    event.respondWith(networkFirst(event, url.pathname));
    event.waitUntil(ensureShell(request));
  } else event.respondWith(fetch(request).catch(async () => (await caches.match(request)) ?? Response.error()));
});

/** @param {Request} request */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

/**
 * A search file: from this build's search cache, or from the network and then kept there, so
 * whatever a search has used works offline next time.
 * @param {Request} request
 */
async function searchFile(request) {
  if (!SEARCH_CACHE) return fetch(request);
  const cache = await caches.open(SEARCH_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Whether every search file of this build is saved. */
async function searchSaved() {
  return SEARCH_CACHE !== undefined && (await (await caches.open(SEARCH_CACHE)).match(SEARCH_SAVED)) !== undefined;
}

/**
 * Saves the whole search of this build (the files its manifest lists, and /search/ with its
 * scripts), then marks it saved. Only ever on the reader's request.
 */
async function saveSearch() {
  if (!SEARCH_BUILD || !SEARCH_CACHE) return false;
  const cache = await caches.open(SEARCH_CACHE);
  const manifest = /** @type {{ files: string[] }} */ (await (await fetch(SEARCH_BUILD.manifest)).json());
  const missing = [];
  for (const file of manifest.files) if (!(await cache.match(file))) missing.push(file);
  // A few at a time, so a slow line is not swamped.
  for (let i = 0; i < missing.length; i += 6) await cache.addAll(missing.slice(i, i + 6));
  const page = await fetch('/search/');
  if (page.ok) await keepPage('/search/', page);
  await cache.put(SEARCH_SAVED, new Response('saved'));
  return true;
}

// The search page and the offline page ask whether search is saved, and ask to save it; the answer goes back on the port they send.
sw.addEventListener('message', (event) => {
  const port = event.ports[0];
  const type = /** @type {{ type?: unknown } | null} */ (event.data)?.type;
  if (!port) return;
  if (type === 'search-status')
    event.waitUntil(searchSaved().then((saved) => port.postMessage({ saved, available: SEARCH_CACHE !== undefined })));
  else if (type === 'save-search')
    event.waitUntil(
      saveSearch().then(
        (saved) => port.postMessage({ saved, available: SEARCH_CACHE !== undefined }),
        () => port.postMessage({ saved: false, available: SEARCH_CACHE !== undefined, failed: true }),
      ),
    );
});

/**
 * The /_astro/ files a page's HTML names, with every script they import in turn (IMPORTS, the build's module graph).
 * @param {string} html
 */
function assetsOf(html) {
  /** @type {Set<string>} */
  const found = new Set();
  const queue = [...html.matchAll(/\/_astro\/[^"'\s)>]+/g)].map(([path]) => path);
  while (queue.length > 0) {
    const path = /** @type {string} */ (queue.pop());
    if (found.has(path)) continue;
    found.add(path);
    queue.push(...(IMPORTS[path] ?? []));
  }
  return found;
}

/**
 * Keeps the files a page needs beside it, from the browser's HTTP cache where they are (so nothing is downloaded again);
 * while saving data, only what the HTTP cache has.
 * @param {string} html
 * @param {boolean} cachedOnly
 */
async function keepAssets(html, cachedOnly) {
  const assets = await caches.open(ASSETS);
  for (const path of assetsOf(html)) {
    if (await assets.match(path)) continue;
    const response = await fetch(new Request(path, { cache: cachedOnly ? 'only-if-cached' : 'force-cache', mode: 'same-origin' })).catch(
      () => undefined,
    );
    if (response?.ok) await assets.put(path, response);
  }
}

/**
 * The network's copy of a page, kept for offline use; the saved copy when the network fails, or
 * when it is so slow (SLOW_NETWORK_MS) that a saved copy is the better answer; then the offline page.
 * @param {FetchEvent} event
 * @param {string} path
 * @returns {Promise<Response>}
 */
async function networkFirst(event, path) {
  /** @type {Promise<unknown> | undefined} */
  let keeping;
  const network = fetch(event.request).then((response) => {
    if (response.ok && !response.redirected && path !== OFFLINE) keeping = keepPage(path, response.clone());
    else if (response.status === 404 || response.status === 410) keeping = caches.open(PAGES).then((pages) => pages.delete(path));
    return response;
  });
  // The fresh copy is kept even when the saved one was shown first.
  event.waitUntil(network.then(() => keeping).catch(() => undefined));
  const saved = caches.open(PAGES).then((pages) => pages.match(path));
  const slow = /** @type {Promise<void>} */ (new Promise((resolve) => setTimeout(resolve, SLOW_NETWORK_MS))).then(
    async () => (await saved) ?? network,
  );
  try {
    return await Promise.race([network, slow]);
  } catch {
    return (await saved) ?? offlinePage();
  }
}

/**
 * Keeps a page as the most recently opened, then drops the least recently opened beyond MAX_PAGES (never the home page).
 * @param {string} path
 * @param {Response} response
 */
async function keepPage(path, response) {
  const pages = await caches.open(PAGES);
  await keepAssets(await response.clone().text(), savingData());
  // Deleting first moves the page to the end of the cache's order, which is the order of use.
  await pages.delete(path);
  await pages.put(path, response);
  const kept = (await pages.keys()).filter((request) => new URL(request.url).pathname !== '/');
  const excess = kept.slice(0, Math.max(0, kept.length - MAX_PAGES));
  if (excess.length === 0) return;
  await Promise.all(excess.map((request) => pages.delete(request)));
  await dropUnusedAssets();
}

/** Deletes the hashed files that no kept page and no part of the shell refers to any more. */
async function dropUnusedAssets() {
  const used = new Set(SHELL);
  for (const name of [PAGES, SHELL_CACHE]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const html = (await (await cache.match(request))?.text()) ?? '';
      for (const path of assetsOf(html)) used.add(path);
    }
  }
  const assets = await caches.open(ASSETS);
  for (const request of await assets.keys()) if (!used.has(new URL(request.url).pathname)) await assets.delete(request);
}

/** @param {string} text */
const escapeHtml = (text) =>
  text
    .replace(/&(?![a-z]+;|#\d+;|#x[\da-f]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** Every page kept in this browser, with its title, in alphabetical order. */
async function readablePages() {
  const pages = await caches.open(PAGES);
  /** @type {{ path: string; title: string }[]} */
  const found = [];
  for (const request of await pages.keys()) {
    const html = await (await pages.match(request))?.text();
    const title = /<title>([^<]*)<\/title>/i
      .exec(html ?? '')?.[1]
      ?.replace(/ \| AHP Hub$/, '')
      .trim();
    found.push({ path: new URL(request.url).pathname, title: title || new URL(request.url).pathname });
  }
  return found.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}

/** The offline page, with the list of pages the visitor can read filled in (src/pages/offline.astro marks the places). */
async function offlinePage() {
  const cached = await (await caches.open(SHELL_CACHE)).match(OFFLINE);
  const items = (await readablePages()).map((p) => `<li><a href="${escapeHtml(p.path)}">${escapeHtml(p.title)}</a></li>`).join('');
  const headers = new Headers(cached?.headers ?? { 'Content-Type': 'text/html; charset=utf-8' });
  // The body below is not the one the server sent: its length differs, and it is not compressed.
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  const init = { status: 503, statusText: 'Offline', headers };
  if (!cached) {
    const list = items ? `<p>Pages you can read offline:</p><ul>${items}</ul>` : '';
    return new Response(
      `<!doctype html><html lang="en-GB"><title>You're offline | AHP Hub</title><h1>You're offline</h1>${list}<p><a href="/">AHP Hub home page</a></p></html>`,
      init,
    );
  }
  let html = await cached.text();
  if (items)
    html = html
      .replace(/(<section id="saved-pages"[^>]*?) hidden>/, '$1>')
      .replace('<ul id="saved-pages-list"></ul>', `<ul id="saved-pages-list">${items}</ul>`);
  else html = html.replace(/(<p id="no-saved-pages"[^>]*?) hidden>/, '$1>');
  return new Response(html, init);
}
