import { test, expect, type Page } from '@playwright/test';
import { doubleText, overflow, pageCopyProblems, reflowProblems } from './helpers/reflow';
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

test.describe('the reflow and copy checks of the sitemap pass can fail', () => {
  test.use({ viewport: PHONE });
  test('on a page that scrolls sideways, a narrow control, a field too narrow to type in and a cell that cuts its text off', async ({
    page,
  }) => {
    await page.goto('/careers/degree-apprenticeship/');
    await doubleText(page);
    expect(await reflowProblems(page)).toEqual([]);
    await page.evaluate(() => {
      // Styles go through the CSSOM: the Content-Security-Policy blocks style attributes.
      const wide = Object.assign(document.createElement('p'), { textContent: 'x' });
      wide.style.setProperty('width', '600px');
      const button = Object.assign(document.createElement('button'), { textContent: 'Go' });
      button.style.setProperty('width', '30px');
      const field = Object.assign(document.createElement('input'), { id: 'probe-field' });
      field.style.setProperty('width', '60px');
      const table = document.createElement('table');
      table.innerHTML = '<tr><td>Occupational therapists</td></tr>';
      table.style.setProperty('table-layout', 'fixed');
      table.style.setProperty('width', '80px');
      table.querySelector('td')!.style.setProperty('overflow', 'hidden');
      table.querySelector('td')!.style.setProperty('white-space', 'nowrap');
      document.querySelector('main')!.append(wide, button, field, table);
    });
    const problems = await reflowProblems(page);
    expect(problems).toEqual([
      expect.stringMatching(/^scrolls sideways by \d+ px: <p>x/),
      expect.stringMatching(/^<button>Go is 30 px wide \(needs 44\)$/),
      expect.stringMatching(/^<input#probe-field> is 60 px wide \(needs \d+\)$/),
      expect.stringMatching(/^table cell <td>Occupational therapists is cut off/),
    ]);
  });

  test('on a space before punctuation and a full stop alone on a line, but not on visually hidden text', async ({ page }) => {
    await page.goto('/who-can-help/');
    expect(await pageCopyProblems(page)).toEqual([]);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.innerHTML = 'See <a href="/">Aphasia<span class="sr-only"> (glossary)</span></a> , and more.';
      const q = document.createElement('div');
      q.innerHTML = '<p>Symptoms</p>.';
      document.querySelector('main')!.append(p, q);
    });
    expect(await pageCopyProblems(page)).toEqual([
      expect.stringMatching(/^a space before "," in ".*Aphasia , and/),
      expect.stringMatching(/^a full stop alone on a line after ".*Symptoms"$/),
    ]);
  });
});

test.describe('with text at 200% on a 320 px screen', () => {
  test.use({ viewport: PHONE });
  test('the search box keeps room to type and its button wraps below it', async ({ page }) => {
    await page.goto('/search/');
    await doubleText(page);
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search all pages of the hub' });
    const button = page.getByRole('main').getByRole('button', { name: 'Search', exact: true });
    const [boxSize, buttonSize] = [await box.boundingBox(), await button.boundingBox()];
    expect(boxSize!.width).toBeGreaterThan(200);
    expect(buttonSize!.y).toBeGreaterThan(boxSize!.y + boxSize!.height - 1);
    await box.fill('physio');
    await box.press('Enter');
    await expect(page).toHaveURL(/q=physio/);
  });

  test('a resource’s long link to its publisher wraps instead of pushing the page sideways', async ({ page }) => {
    await page.goto('/resources/msk-core-capabilities-framework/');
    await doubleText(page);
    const link = page.getByRole('link', { name: /^Go to “Musculoskeletal core capabilities/ });
    await expect(link).toBeVisible();
    expect(await reflowProblems(page)).toEqual([]);
  });
});

test.describe('tables on a wide screen (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('no header breaks inside a word, in the routes table or the comparison', async ({ page }) => {
    for (const path of ['/professions/physiotherapists/', '/professions/compare/']) {
      await page.goto(path);
      const broken = await page.locator('main table th').evaluateAll((ths) =>
        ths.flatMap((th) => {
          // A word broken across lines shows as one text node with more line boxes than the words it holds.
          const text = th.textContent!.trim();
          const range = document.createRange();
          range.selectNodeContents(th);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          return lines > text.split(/\s+/).length ? [text] : [];
        }),
      );
      expect(broken, path).toEqual([]);
    }
  });
});

test.describe('a table wrapper with JavaScript', () => {
  test('is a focusable named region only while its table is too wide to fit', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/careers/degree-apprenticeship/');
    const wrapper = page.locator('main .table-scroll').first();
    await expect(wrapper).not.toHaveAttribute('tabindex');
    await expect(page.getByRole('region', { name: /Professions with this route/ })).toHaveCount(0);
    // Narrow the screen with larger text: the same table no longer fits, and the wrapper becomes a region again.
    await page.setViewportSize({ width: 320, height: 640 });
    await doubleText(page);
    await page.evaluate(() => document.querySelector('main .table-scroll table')!.classList.remove('stack-table'));
    const region = page.getByRole('region', { name: /Professions with this route/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    await region.focus();
    await expect(region).toBeFocused();
  });

  test('on job planning, only the wide worksheets are regions on a phone', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/job-planning/');
    const regions = page.locator('main .table-scroll');
    const states = await regions.evaluateAll((rs) =>
      rs
        .filter((r) => r.getClientRects().length > 0)
        .map((r) => ({ wide: r.scrollWidth > r.clientWidth, focusable: r.hasAttribute('tabindex'), named: r.hasAttribute('aria-label') })),
    );
    expect(states.length).toBeGreaterThan(0);
    for (const s of states) expect(s).toEqual({ wide: s.wide, focusable: s.wide, named: s.wide });
    expect(states.some((s) => s.wide)).toBe(true);
  });

  test('without JavaScript every wrapper stays a focusable region', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto('/careers/degree-apprenticeship/');
    await expect(page.locator('main .table-scroll').first()).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('region', { name: /Professions with this route/ })).toHaveCount(1);
    await context.close();
  });
});

test.describe('the focus ring of a link that wraps onto two lines', () => {
  test.use({ viewport: PHONE });
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`paints no higher than the gap above its first line (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/professions/');
      const link = page.getByRole('link', { name: 'Compare all 14 professions side by side' });
      await link.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
      const paint = await link.evaluate((a) => {
        const [first, second] = [...a.getClientRects()];
        const style = getComputedStyle(a);
        const outline = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        // The highest any shadow reaches above the box: spread minus its vertical offset.
        const shadows = [...style.boxShadow.matchAll(/(-?[\d.]+)px (-?[\d.]+)px(?: (-?[\d.]+)px)?(?: (-?[\d.]+)px)?/g)].map(
          ([, , y, , spread]) => Number(spread ?? 0) - Number(y),
        );
        return {
          lines: second ? 2 : 1,
          gap: second ? second.top - first!.bottom : 0,
          above: Math.max(outline, ...shadows, 0),
          background: style.backgroundColor,
        };
      });
      expect(paint.lines).toBe(2);
      expect(paint.above).toBeLessThanOrEqual(paint.gap);
      expect(paint.background).toBe('rgb(255, 191, 71)');
    });
  }
});

test.describe('in forced colours (Windows contrast themes)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the current section keeps its underline and no other does (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      await page.goto('/professions/physiotherapists/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      const underline = (name: string) =>
        nav.getByRole('link', { name, exact: true }).evaluate((a) => {
          const s = getComputedStyle(a);
          return {
            width: s.borderBottomWidth,
            colour: s.borderBottomColor,
            background: getComputedStyle(a.closest('header')!).backgroundColor,
          };
        });
      const current = await underline('Professions');
      const other = await underline('Careers');
      await expect(nav.getByRole('link', { name: 'Professions' })).toHaveAttribute('aria-current', 'true');
      expect(current.width).toBe('3px');
      expect(current.colour).not.toBe(current.background);
      expect(other.colour).toBe(other.background);
    });

    test(`the Menu button looks different open and closed (${colorScheme})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      await page.goto('/professions/');
      const button = page.getByRole('button', { name: 'Menu' });
      const look = () => button.evaluate((b) => ({ background: getComputedStyle(b).backgroundColor, text: getComputedStyle(b).color }));
      const closed = await look();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const open = await look();
      // Closed: the theme's text on no background of its own; open: inverted, in the theme's button colours.
      expect(closed.background).toMatch(/^rgba\(\d+, \d+, \d+, 0\)$/);
      expect(open.background).not.toBe(closed.background);
      expect(open.text).not.toBe(open.background);
    });
  }
});
