import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/site';

/** Every cache the site's service worker made, by name, with the paths it holds. */
async function cached(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
    return out;
  });
}
const allCached = async (page: Page) => Object.values(await cached(page)).flat();

/** Waits until the service worker controls the page, as it does soon after the first visit. */
async function untilControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Requests the service worker itself makes (its precache and the copies it keeps). */
function workerRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

test.describe('offline reading', () => {
  test('pages opened online can be read offline; any other page shows the offline page listing them', async ({ page, context }) => {
    /** What a page looks like online, to compare with its offline copy. */
    const seen = async () => ({
      heading: await page.locator('h1').textContent(),
      title: (await page.title()).replace(/ \| AHP Hub$/, ''),
      headerColour: await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor),
    });
    await page.goto('/');
    const home = await seen();
    await page.goto('/professions/');
    const professions = await seen();
    await untilControlled(page);
    // The shell: the home page, the offline page, the stylesheet and the favicon.
    const stylesheet = await page.locator('link[rel="stylesheet"]').getAttribute('href');
    await expect.poll(() => allCached(page)).toEqual(expect.arrayContaining(['/', '/offline/', stylesheet, '/favicon.svg']));
    // A page opened before the worker took control is kept too.
    await expect.poll(async () => (await cached(page))['ahp-pages']).toContain('/professions/');

    await page.goto('/careers/');
    const careers = await seen();
    await expect.poll(async () => (await cached(page))['ahp-pages']).toContain('/careers/');

    await context.setOffline(true);
    await page.reload();
    expect(await seen()).toEqual(careers);
    await page.goto('/professions/');
    // The same page, styled from the cache.
    expect(await seen()).toEqual(professions);

    const response = await page.goto('/strategy/');
    expect(response?.status()).toBe(503);
    await expect(page.locator('h1')).toHaveText("You're offline");
    const saved = page.getByRole('region', { name: 'Pages you can read offline' });
    await expect(saved).toBeVisible();
    const links = saved.getByRole('link');
    // Every page kept, by title, in alphabetical order.
    const expected = [
      { href: '/', title: home.title },
      { href: '/careers/', title: careers.title },
      { href: '/professions/', title: professions.title },
    ].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
    await expect(links).toHaveText(expected.map((e) => e.title));
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected.map((e) => e.href));
    await expect(page.locator('#no-saved-pages')).toBeHidden();
    await expect(page.getByRole('link', { name: 'browse the A to Z of every page' })).toBeVisible();
    await expectNoAxeViolations(page);

    // A listed page opens from the offline page.
    await links.filter({ hasText: careers.title }).click();
    await expect(page).toHaveURL(/\/careers\/$/);
    expect(await seen()).toEqual(careers);
  });

  test('hashed assets come from the cache for good; pages from the network while online', async ({ page, context }) => {
    await page.goto('/');
    await untilControlled(page);
    const stylesheet = (await page.locator('link[rel="stylesheet"]').getAttribute('href'))!;
    await expect.poll(() => allCached(page)).toContain(stylesheet);
    const requests = workerRequests(context);
    const fromWorker = new Map<string, boolean>();
    page.on('response', (r) => fromWorker.set(new URL(r.url()).pathname, r.fromServiceWorker()));
    await page.goto('/careers/');
    await expect(page.locator('h1')).toBeVisible();
    expect(fromWorker.get('/careers/')).toBe(true);
    expect(fromWorker.get(stylesheet)).toBe(true);
    expect(requests).toContain('/careers/');
    expect(requests).not.toContain(stylesheet);
  });

  test('on a connection too slow to use, a saved page is shown after a few seconds', async ({ page, context }) => {
    await page.goto('/careers/');
    await untilControlled(page);
    await expect.poll(async () => (await cached(page))['ahp-pages']).toContain('/careers/');
    const heading = await page.locator('h1').textContent();
    // The worker's request for the page hangs for 20 seconds before it is answered.
    let hanging = false;
    await context.route('**/careers/', async (route) => {
      hanging = true;
      await new Promise((resolve) => setTimeout(resolve, 20_000));
      await route.continue().catch(() => undefined);
    });
    const started = Date.now();
    await page.goto('/careers/', { timeout: 15_000 });
    await expect(page.locator('h1')).toHaveText(heading ?? '');
    expect(hanging).toBe(true);
    // The worker waited for the network first (4 seconds), then answered from the cache.
    expect(Date.now() - started).toBeGreaterThan(3_500);
    expect(Date.now() - started).toBeLessThan(12_000);
  });

  test('a kept page that is now gone is dropped; only the most recent pages are kept, with the files they use', async ({ page }) => {
    await page.goto('/');
    await untilControlled(page);
    const stylesheet = (await page.locator('link[rel="stylesheet"]').getAttribute('href'))!;
    await expect.poll(() => allCached(page)).toContain(stylesheet);
    // A page kept earlier that the site no longer has, and more pages than the worker keeps, each using an old file.
    const filler = 70;
    await page.evaluate(async (count) => {
      const pages = await caches.open('ahp-pages');
      const html = (css: string) =>
        new Response(`<link rel="stylesheet" href="${css}"><title>Old</title>`, { headers: { 'Content-Type': 'text/html' } });
      await pages.put('/no-such-page/', html('/_astro/gone.css'));
      for (let i = 0; i < count; i++) await pages.put(`/old-${i}/`, html(`/_astro/old-${i}.css`));
      const assets = await caches.open('ahp-assets');
      for (const i of [0, count - 1])
        await assets.put(`/_astro/old-${i}.css`, new Response('p{}', { headers: { 'Content-Type': 'text/css' } }));
    }, filler);

    const gone = await page.goto('/no-such-page/');
    expect(gone?.status()).toBe(404);
    await expect.poll(async () => (await cached(page))['ahp-pages']).not.toContain('/no-such-page/');

    await page.goto('/careers/');
    // The worker keeps the page, then trims the cache and its files after answering: wait for both.
    await expect.poll(async () => (await cached(page))['ahp-pages']).toContain('/careers/');
    await expect.poll(async () => (await cached(page))['ahp-assets']).not.toContain('/_astro/old-0.css');
    const kept = (await cached(page))['ahp-pages']!;
    // The home page, plus the 60 most recently opened: the oldest filler pages went first.
    expect(kept).toContain('/');
    expect(kept.filter((p) => p !== '/')).toHaveLength(60);
    expect(kept).not.toContain('/old-0/');
    expect(kept).toContain(`/old-${filler - 1}/`);
    // The file only a dropped page used is deleted; one a kept page uses, and the stylesheet, stay.
    const assets = (await cached(page))['ahp-assets']!;
    expect(assets).toContain(`/_astro/old-${filler - 1}.css`);
    expect(assets).toContain(stylesheet);
  });

  test('the offline page says when nothing is saved, and offers the way home', async ({ page }) => {
    await page.goto('/offline/');
    await expect(page.locator('h1')).toHaveText("You're offline");
    await expect(page.locator('#saved-pages')).toBeHidden();
    await expect(page.getByRole('link', { name: 'go to the home page' })).toHaveAttribute('href', '/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});

test('with Save-Data, nothing is precached: only what the visitor opened is kept', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  const requests = workerRequests(context);
  await page.goto('/professions/');
  expect(await page.evaluate(() => (navigator as Navigator & { connection?: { saveData: boolean } }).connection?.saveData)).toBe(true);
  await untilControlled(page);
  await expect.poll(async () => (await cached(page))['ahp-pages']).toEqual(['/professions/']);
  await page.goto('/careers/');
  await expect.poll(async () => (await cached(page))['ahp-pages']).toEqual(['/careers/', '/professions/']);
  // The stylesheet the pages loaded is kept as it passes; neither the home page nor the offline page was fetched.
  const stylesheet = (await page.locator('link[rel="stylesheet"]').getAttribute('href'))!;
  expect((await allCached(page)).sort()).toEqual([stylesheet, '/careers/', '/professions/'].sort());
  expect(requests).not.toContain('/');
  expect(requests).not.toContain('/offline/');
});

test('without Save-Data the same visit precaches the shell (the check above can fail)', async ({ page, context }) => {
  const requests = workerRequests(context);
  await page.goto('/professions/');
  await untilControlled(page);
  await expect.poll(() => allCached(page)).toEqual(expect.arrayContaining(['/', '/offline/', '/favicon.svg', '/professions/']));
  expect(requests).toEqual(expect.arrayContaining(['/', '/offline/']));
});

test.describe('search offline (issue 22)', () => {
  const status = (page: Page) => page.locator('#search-status');
  const firstResult = (page: Page) => page.locator('#search-results > li h3 a').first();
  const search = async (page: Page, q: string) => {
    await page.locator('#search-q').fill(q);
    await expect(status(page)).toHaveText(new RegExp(`^\\d+ results? for “${q}”`), { timeout: 20_000 });
  };

  test('a query typed online works offline; after saving search, a query never typed online works offline too', async ({
    page,
    context,
  }) => {
    await page.goto('/search/');
    await untilControlled(page);
    await search(page, 'chiropodist');
    await expect(firstResult(page)).toHaveText('Podiatrists');

    // The page says search is not saved yet, and what saving it would download (under 1 MB).
    const offlineStatus = page.locator('#search-offline [data-offline-status]');
    await expect(offlineStatus).toContainText('Saving the whole search lets any search work offline');
    const save = page.getByRole('button', { name: /^Save search for offline use \((\d+) KB\)$/ });
    await expect(save).toBeVisible();
    const kb = Number(/\((\d+) KB\)/.exec((await save.textContent()) ?? '')?.[1]);
    expect(kb).toBeGreaterThan(100);
    expect(kb).toBeLessThan(1024);

    // Offline, the query already made works: everything it used was kept.
    await context.setOffline(true);
    await page.reload();
    await search(page, 'chiropodist');
    await expect(firstResult(page)).toHaveText('Podiatrists');
    await expect(offlineStatus).toHaveText(/only searches already made here work/);
    await expect(save).toBeHidden();

    // Online again, the reader saves the whole search.
    await context.setOffline(false);
    await page.reload();
    await save.click();
    await expect(offlineStatus).toHaveText('Search works offline in this browser: it is saved for this version of the hub.', {
      timeout: 30_000,
    });
    const searchCache = Object.entries(await cached(page)).find(([name]) => name.startsWith('ahp-search-'));
    expect(searchCache?.[1]).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/ahp-saved']));

    // Offline, with the browser's HTTP cache emptied, a query never typed online finds its page.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await context.setOffline(true);
    await page.reload();
    await search(page, 'squint');
    await expect(firstResult(page)).toHaveText('Orthoptists');
    await expect(offlineStatus).toHaveText(/^Search works offline in this browser/);

    // The offline page says so too.
    await page.goto('/strategy/anti-racism/');
    await expect(page.locator('h1')).toHaveText("You're offline");
    await expect(page.locator('#search-offline [data-offline-status]')).toHaveText(/^Search works offline in this browser/);
  });

  test('the offline page offers to save search when online, saying its size', async ({ page }) => {
    await page.goto('/');
    await untilControlled(page);
    await page.goto('/offline/');
    await expect(page.getByRole('button', { name: /^Save search for offline use \(\d+ KB\)$/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('a tool works offline with the HTTP cache cleared: the worker keeps the chunks its scripts import (issue 21)', async ({
  page,
  context,
}) => {
  await page.goto('/job-planning/');
  await untilControlled(page);
  // The shared chunk is imported only by other scripts, so no HTML names it: the worker finds it in the build's module graph.
  await expect
    .poll(async () => ((await cached(page))['ahp-assets'] ?? []).some((p) => /\/_astro\/read-page-data\.[\w-]+\.js$/.test(p)))
    .toBe(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await context.setOffline(true);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.reload();
  await expect(page.locator('.capacity-app')).toBeVisible();
  expect(errors).toEqual([]);
});
