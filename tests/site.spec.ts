import { test, expect } from '@playwright/test';
import { attr, byTag, parsePage } from '../scripts/lib/html';
import { doubleText, pageCopyProblems, reflowProblems } from './helpers/reflow';
import { axeViolations, CONTACT, expectNoAxeViolations, PHONE, preloadAxe, settle, sitemapPaths, watchPolicy } from './helpers/site';

const paths = sitemapPaths();

test.describe('every page in the sitemap', () => {
  // Pages are checked in batches, each in one browser page: a new browser context for every page
  // cost more than the checks themselves. Soft assertions let every page of a batch be checked,
  // and each failure names its page.
  const BATCH = 12;
  // Checked on a phone, where more can go wrong. The rules that depend on the layout run again on
  // a wide screen for one page of each template (tests/layout.spec.ts): checking every page twice
  // doubled the suite's longest part, and a rule that fails only when wide comes from a template.
  test.use({ viewport: PHONE });
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    test(`${batch[0]} to ${batch.at(-1)}: each loads, has one h1, breaks no security policy, passes axe, reflows and has clean copy`, async ({
      page,
    }) => {
      test.setTimeout(BATCH * 15_000);
      const violations = await watchPolicy(page);
      await preloadAxe(page);
      for (const path of batch) {
        await test.step(path, async () => {
          const response = await page.goto(path);
          expect.soft(response?.status(), `${path}: status`).toBe(200);
          await settle(page);
          expect.soft(violations.splice(0), `${path}: Content-Security-Policy violations`).toEqual([]);
          await expect.soft(page.locator('h1'), `${path}: one h1`).toHaveCount(1);
          // The skip link is the first thing a keyboard user reaches.
          await page.keyboard.press('Tab');
          await expect.soft(page.locator(':focus'), `${path}: skip link first`).toHaveText('Skip to main content');
          expect.soft(await axeViolations(page), `${path}: axe at 320 px`).toEqual([]);
          // Every page offers the deployer's contact for reporting a wrong fact or a barrier.
          await expect
            .soft(page.getByRole('contentinfo').getByRole('link', { name: CONTACT.text }), `${path}: contact in the footer`)
            .toHaveAttribute('href', CONTACT.href);
          // The text as a reader sees it: no space before punctuation, no full stop on a line of its own.
          expect.soft(await pageCopyProblems(page), `${path}: spacing in the rendered text`).toEqual([]);
          // WCAG 1.4.4 and 1.4.10 on every page, not one per template: text at 200% on the 320 px screen.
          await doubleText(page);
          expect.soft(await reflowProblems(page), `${path}: reflow at 320 px with text at 200%`).toEqual([]);
        });
      }
    });
  }
});

test('the axe check fails on a page that breaks a rule (so the checks above can fail)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    document.querySelector('main')!.append(image);
  });
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
});

test.describe('on a phone the axe check fails', () => {
  test.use({ viewport: PHONE });
  test('on controls too small and close together, and on a region that scrolls but cannot be focused', async ({ page }) => {
    // /job-planning/ as it was: its wide tables scrolled in regions that could not be focused.
    await page.goto('/job-planning/');
    await page.evaluate(() => {
      for (const region of document.querySelectorAll('.table-scroll')) region.removeAttribute('tabindex');
      // Styles go through the CSSOM: the Content-Security-Policy blocks style attributes.
      const buttons = ['a', 'b', 'c'].map((text) => Object.assign(document.createElement('button'), { textContent: text }));
      for (const b of buttons) b.style.setProperty('padding', '0');
      document.querySelector('main')!.append(...buttons);
    });
    const found = (await axeViolations(page)).map((v) => v.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['target-size', 'scrollable-region-focusable']));
  });
});

test('the 404 page answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'go to the home page' })).toBeVisible();
});

test.describe('with JavaScript disabled', () => {
  // Without JavaScript a reader can only follow the links in each page's HTML, so the crawl reads
  // the HTML as served and follows its links, as a browser with scripts off would. (Opening all
  // the pages in the browser took three minutes and found the same links.) Each widget's own
  // no-JavaScript behaviour is tested in the browser, in its spec.
  test('every sitemap page is reachable from the home page by following links', async ({ request }) => {
    const reached = await linkedFrom('/', async (path) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      return response.text();
    });
    expect(paths.filter((p) => !reached.has(p))).toEqual([]);
  });

  test('the crawl misses a page that nothing links to (so the check above can fail)', async () => {
    const site: Record<string, string> = {
      '/': '<a href="/a/">A</a> <a href="https://example.org/b/">off-site</a> <a href="/file.pdf">a file</a>',
      '/a/': '<a href="../">home</a> <a href="/a/#part">part</a>',
      '/b/': '<a href="/">home</a>',
    };
    expect([...(await linkedFrom('/', async (path) => site[path]!))].sort()).toEqual(['/', '/a/']);
  });
});

/**
 * The pages a reader reaches from `start` by following links in the HTML alone: same-site links
 * to pages, not to files (a path ending in an extension) or other sites.
 */
async function linkedFrom(start: string, htmlOf: (path: string) => Promise<string>): Promise<Set<string>> {
  const origin = 'http://hub.test';
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const a of byTag(parsePage(await htmlOf(path)), 'a')) {
      const url = new URL(attr(a, 'href') ?? '', origin + path);
      if (url.origin !== origin || /\.[a-z0-9]+$/i.test(url.pathname) || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  return seen;
}

test('no request leaves the site and no cookie is set', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== origin && url.protocol !== 'data:') foreign.push(req.url());
  });
  for (const path of [
    '/',
    '/professions/',
    '/search/?q=physio',
    paths.find((p) => p.startsWith('/professions/') && p.split('/').length > 3) ?? '/',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('respects a dark colour scheme with readable contrast', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 23, 28)');
  await expectNoAxeViolations(page, ['color-contrast']);
});
