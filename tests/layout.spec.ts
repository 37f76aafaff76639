import { test, expect, type Page } from '@playwright/test';
import { axeViolations, blockSiteScripts, expectNoAxeViolations, LAYOUT_RULES, PHONE, preloadAxe } from './helpers/site';

/** One page of each template. */
const TEMPLATES = [
  '/',
  '/professions/physiotherapists/',
  '/professions/',
  '/professions/compare/',
  '/resources/',
  '/resources/ahp-career-guidance/',
  '/strategy/',
  '/greener/',
  '/health-inequalities/framework/',
  '/careers/',
  '/careers/route-finder/',
  '/careers/route-finder/school/physiotherapists/',
  '/job-planning/',
  '/glossary/',
  '/search/?q=physio',
  '/no-such-page/',
];

/** Text at 200% as WCAG 1.4.4 asks: the root font size, set through the CSSOM (the CSP forbids a <style> element). */
const doubleText = (page: Page) => page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));

/** How far the page scrolls sideways, and the elements that stick out of it (not those inside a scrolling region). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    const inScroller = (e: Element) => e.parentElement?.closest('.table-scroll') !== null;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5 && !inScroller(e))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).replace(/ /g, '.')}` : ''}`);
    return { excess: root.scrollWidth - root.clientWidth, culprits };
  });

test.describe('on a wide screen (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('the axe rules that depend on the layout pass on one page of each template', async ({ page }) => {
    test.setTimeout(TEMPLATES.length * 15_000);
    // axe loaded once for every page this test opens, instead of sent again to each (see preloadAxe).
    await preloadAxe(page);
    for (const path of TEMPLATES) {
      await page.goto(path);
      expect.soft(await axeViolations(page, LAYOUT_RULES), `${path}: axe at 1280 px`).toEqual([]);
    }
  });
});

test.describe('at 320 px wide with text at 200% (WCAG 1.4.4 and 1.4.10)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page of any template scrolls sideways', async ({ page }) => {
    test.setTimeout(TEMPLATES.length * 15_000);
    for (const path of TEMPLATES) {
      await page.goto(path);
      await doubleText(page);
      expect.soft(await overflow(page), `${path} scrolls sideways`).toEqual({ excess: 0, culprits: [] });
    }
  });

  test('the open menu and the focused skip link reflow too', async ({ page }) => {
    await page.goto('/professions/');
    await doubleText(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    expect(await overflow(page)).toEqual({ excess: 0, culprits: [] });
    await page.getByRole('button', { name: 'Menu' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Health inequalities' })).toBeVisible();
    expect(await overflow(page)).toEqual({ excess: 0, culprits: [] });
  });
});

/** The share of the first screen the header takes. */
const headerShare = (page: Page) =>
  page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height / window.innerHeight);

for (const viewport of [PHONE, { width: 360, height: 740 }]) {
  test.describe(`the header on a ${viewport.width}x${viewport.height} phone`, () => {
    test.use({ viewport });
    test('takes at most a fifth of the first screen and has one way to search', async ({ page }) => {
      await page.goto('/professions/');
      expect(await headerShare(page)).toBeLessThanOrEqual(0.2);
      const header = page.getByRole('banner');
      await expect(header.getByRole('link', { name: 'Search' })).toBeVisible();
      await expect(header.getByRole('searchbox')).toBeHidden();
      await expect(header.getByRole('navigation', { name: 'Main' })).toBeHidden();
    });

    test('the menu button shows and hides the navigation and says so', async ({ page }) => {
      await page.goto('/professions/');
      const button = page.getByRole('button', { name: 'Menu' });
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toHaveAttribute('aria-controls', 'site-nav');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(nav.getByRole('link', { name: 'Careers' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Professions' })).toHaveAttribute('aria-current', 'page');
      await expectNoAxeViolations(page);
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();
    });
  });
}

test.describe('the menu when JavaScript is unavailable', () => {
  test.use({ viewport: PHONE });
  test.beforeEach(async ({ page }) => blockSiteScripts(page));

  test('is a link that opens the navigation, and keyboard focus moves into it', async ({ page }) => {
    await page.goto('/careers/');
    expect(await headerShare(page)).toBeLessThanOrEqual(0.2);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveCount(0);
    const menu = page.getByRole('banner').getByRole('link', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#site-nav$/);
    await expect(nav).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Professions' })).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('with JavaScript disabled altogether the menu link still works', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('/resources/');
    await page.getByRole('link', { name: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Strategy' })).toBeVisible();
    await context.close();
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('the navigation and the search box show, with no menu or search link', async ({ page }) => {
    await page.goto('/');
    const header = page.getByRole('banner');
    await expect(header.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(header.getByRole('searchbox')).toBeVisible();
    await expect(header.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(header.getByRole('link', { name: 'Search', exact: true })).toBeHidden();
  });
});

test.describe('tables on a phone', () => {
  test.use({ viewport: PHONE });
  test('a wide table scrolls in a named region that the keyboard can focus and scroll', async ({ page }) => {
    await page.goto('/job-planning/');
    const region = page.getByRole('region', { name: 'Clinical capacity worksheet' });
    await region.focus();
    await expect(region).toBeFocused();
    const scrollable = await region.evaluate((e) => e.scrollWidth > e.clientWidth);
    expect(scrollable).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  });

  test('the routes table becomes labelled blocks', async ({ page }) => {
    await page.goto('/professions/physiotherapists/');
    const cell = page.locator('.stack-table td[data-label="Available"]').first();
    expect(await cell.evaluate((e) => getComputedStyle(e).display)).toBe('block');
    expect(await cell.evaluate((e) => getComputedStyle(e, '::before').content)).toBe('"Available: "');
  });
});

test('printing in dark mode prints dark text on white', async ({ page }) => {
  await page.goto('/professions/physiotherapists/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const colours = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      text: style('body').color,
      paper: style('body').backgroundColor,
      lede: style('.lede').color,
      link: style('main a').color,
    };
  });
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)', lede: 'rgb(51, 51, 51)', link: 'rgb(0, 0, 0)' });
  // On screen the same dark preference still gets the dark palette.
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 23, 28)');
});

test.describe('long pages open with "At a glance" and a contents list', () => {
  for (const path of ['/professions/speech-and-language-therapists/', '/health-inequalities/framework/']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const headings = await page.locator('main h2').allTextContents();
      expect(headings.slice(0, 2)).toEqual(['At a glance', 'Contents']);
      const contents = page.getByRole('navigation', { name: 'Contents' });
      const targets = await contents.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      // Every section of the page is listed, in order, and nothing else.
      const sections = await page
        .locator('main h2[id]')
        .evaluateAll((hs) => hs.map((h) => h.id).filter((id) => !['at-a-glance', 'contents-heading'].includes(id)));
      expect(targets).toEqual(sections);
    });
  }

  test('the health inequalities section links to its reflection tool near the top', async ({ page }) => {
    await page.goto('/health-inequalities/');
    const tool = page.locator('main').getByRole('link', { name: 'health inequalities reflection tool' });
    await expect(tool).toHaveAttribute('href', '/health-inequalities/reflection-tool/');
    const firstProseHeading = page.locator('main .prose h2').first();
    expect(
      await tool.evaluate(
        (a, h) => !!(a.compareDocumentPosition(h!) & Node.DOCUMENT_POSITION_FOLLOWING),
        await firstProseHeading.elementHandle(),
      ),
    ).toBe(true);
  });
});
