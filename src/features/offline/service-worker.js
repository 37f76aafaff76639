/*
 * The offline service worker, served as /sw.js by src/pages/sw.js.ts, which puts two constants
 * before this text at build time: SHELL (the home page, the offline page, the one stylesheet and
 * the favicon) and VERSION (a hash of SHELL and this file, so a new build replaces the worker).
 *
 * - Pages are fetched from the network first, so they are always fresh online; each page the
 *   visitor opens is kept, and offline (or when the network takes over 4 seconds) it is served
 *   from the cache. A page never opened gets the offline page, listing every page this browser
 *   can read offline.
 * - Hashed files under /_astro/ never change, so they are served from the cache for good; once
 *   no kept page uses one (after a new build, or when pages are dropped), it is deleted.
 * - At most MAX_PAGES pages are kept, the least recently opened dropped first, and a kept page
 *   that now answers 404 or 410 is dropped, so the offline list never offers a page that is gone.
 * - Nothing is precached while the browser asks to save data (Save-Data); pages the visitor
 *   opens are still kept, as keeping them costs no extra bytes.
 */
/* global SHELL, VERSION */
// Type-checked on its own with the service worker's types (tsconfig.worker.json), as they clash with the page's.
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const PAGES = 'ahp-pages';
const ASSETS = 'ahp-assets';
const SHELL_CACHE = `ahp-shell-${VERSION}`;
const KEEP = [PAGES, ASSETS, SHELL_CACHE];
const OFFLINE = '/offline/';
/** How long a page may take to start arriving before the saved copy is shown instead. */
const SLOW_NETWORK_MS = 4000;
/** Pages kept for offline reading: about 1 MB of HTML at most, enough for a visit's reading. */
const MAX_PAGES = 60;

/**
 * The browser asks to save data: it said so when registering this worker (public/sw-register.js), says so now, or sends Save-Data.
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
        if (response?.ok && !response.redirected) await pages.put(url.pathname, response);
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
      for (const [path] of html.matchAll(/\/_astro\/[^"'\s)>]+/g)) used.add(path);
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
