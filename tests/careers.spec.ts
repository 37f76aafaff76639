/**
 * The careers section: the route finder (which asks each question once, the same with or without
 * JavaScript), the next-step links at the end of every route, the common questions, the three-click journeys
 * the issue promises, the professions listed on each route page, the route map's links, and the
 * readiness toolkit's question counts against the seed. Axe runs on every page in site.spec.ts.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { byTag, descendants, fetchPage, hasClass, hrefsIn, textOf, type Element, type Root } from './helpers/html';

type RouteFile = { profession: string; routes: { route: string; available: boolean; length?: string }[] };
const ROUTES_DIR = join(process.cwd(), 'content/routes');
const routeFiles = readdirSync(ROUTES_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(ROUTES_DIR, f), 'utf8')) as RouteFile);
const ROUTE_IDS = [
  'undergraduate-degree',
  'degree-apprenticeship',
  'postgraduate-pre-registration',
  'support-worker',
  'return-to-practice',
  'overseas',
];
const STARTS = ['school', 'graduate', 'support-worker', 'career-changer', 'returning', 'overseas'];
const toolkitCounts = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/readiness-toolkit-counts.json'), 'utf8')) as {
  count: number;
}[];

const main = (page: Page) => page.getByRole('main');
const choices = (page: Page) => page.locator('main .choice-links');
const answerRoutes = (page: Page) => page.locator('.finder-routes > li h3');

const JOURNEYS = [
  {
    who: 'a school leaver',
    start: 'At school or college',
    profession: 'Radiographers',
    path: '/careers/route-finder/school/radiographers/',
    routes: ['Full-time undergraduate degree', 'Degree apprenticeship', 'Start as a support worker and progress'],
  },
  {
    who: 'a support worker',
    start: 'Already working as a support worker',
    profession: 'Occupational therapists',
    path: '/careers/route-finder/support-worker/occupational-therapists/',
    routes: [
      'Start as a support worker and progress',
      'Degree apprenticeship',
      'Full-time undergraduate degree',
      'Postgraduate pre-registration course',
    ],
  },
  {
    who: 'a returning physiotherapist',
    start: 'A registered AHP returning after a break',
    profession: 'Physiotherapists',
    path: '/careers/route-finder/returning/physiotherapists/',
    routes: ['Return to practice'],
  },
];

test.describe('route finder with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const j of JOURNEYS) {
    test(`${j.who} reaches their answer in three clicks from the home page`, async ({ page }) => {
      await page.goto('/');
      await main(page).locator('a[href="/careers/route-finder/"]').first().click();
      await expect(page).toHaveURL(/\/careers\/route-finder\/$/);
      await choices(page).getByRole('link', { name: j.start, exact: true }).click();
      await choices(page).getByRole('link', { name: j.profession, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${j.path}$`));
      await expect(answerRoutes(page)).toHaveText(j.routes);
    });
  }

  test('offers each start as a link', async ({ page }) => {
    await page.goto('/careers/route-finder/');
    await expect(choices(page).getByRole('link')).toHaveCount(STARTS.length);
  });

  test('"Not sure yet" shows the routes for any profession on the same page', async ({ page }) => {
    await page.goto('/careers/route-finder/school/');
    await choices(page).getByRole('link', { name: 'Not sure yet' }).click();
    await expect(page).toHaveURL(/\/careers\/route-finder\/school\/#any-profession$/);
    await expect(page.locator('#any-profession + .finder-routes > li h3')).toHaveText([
      'Full-time undergraduate degree',
      'Degree apprenticeship',
      'Start as a support worker and progress',
    ]);
  });

  test('says so when no route leads straight in, and gives the nearest', async ({ page }) => {
    await page.goto('/careers/route-finder/school/art-therapists/');
    await expect(main(page)).toContainText('There is no route straight into this profession');
    await expect(answerRoutes(page).first()).toBeVisible();
    await expect(page.locator('.finder-condition').first()).toHaveText('After you take a first degree');
  });
});

test('every start and profession has its own page with at least one route', async ({ page }) => {
  const professions = routeFiles.map((f) => f.profession);
  // The 14 allied health professions in England: a fixed list the hub is built around (src/lib/vocabulary.ts), not content that grows.
  expect(professions).toHaveLength(14);
  for (const start of STARTS) {
    for (const profession of professions) {
      const response = await page.request.get(`/careers/route-finder/${start}/${profession}/`);
      expect(response.status(), `${start}/${profession}`).toBe(200);
      expect(await response.text(), `${start}/${profession}`).toContain('class="finder-route"');
    }
  }
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the route finder asks where you are starting from once (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });
    test('one question, no duplicate form', async ({ page }) => {
      await page.goto('/careers/route-finder/');
      await expect(main(page).getByText('Where are you starting from?')).toHaveCount(1);
      await expect(main(page).locator('form, select')).toHaveCount(0);
    });
  });
}

test('the home page describes the finder as it works: a start, then a profession', async ({ page }) => {
  await page.goto('/');
  const link = main(page).locator('a[href="/careers/route-finder/"]').first();
  await expect(link).toContainText('where you are starting from');
  await expect(link).toContainText('profession');
});

/** The elements inside `el` whose class list has `name`, in document order. */
const withClass = (el: Root | Element, name: string) => descendants(el).filter((e) => hasClass(e, name));
/** Every link inside the element, resolved against the page's address as a browser would. */
const linksIn = (el: Element, path: string) => hrefsIn(el).map((h) => new URL(h ?? '', `http://site.invalid${path}`));

// The tests below that take `request` check what the served HTML says and links to, which needs no
// browser page (tests/helpers/html.ts); those that click, or check what is visible, keep one.
test('every route in a finder answer ends in at least one official next-step link', async ({ request }) => {
  for (const start of STARTS) {
    const path = `/careers/route-finder/${start}/${routeFiles[0]!.profession}/`;
    const routes = withClass(await fetchPage(request, path), 'finder-route');
    expect(routes.length, start).toBeGreaterThan(0);
    for (const [i, route] of routes.entries()) {
      const links = withClass(route, 'next-step-links').flatMap((list) => linksIn(list, path));
      expect(links.length, `${start} route ${i + 1}`).toBeGreaterThan(0);
      for (const href of links) expect(href.href, `${start} route ${i + 1}`).toMatch(/^https:\/\//);
    }
  }
});

test('each careers route page ends with the next step and its official links', async ({ page }) => {
  for (const route of ROUTE_IDS) {
    await page.goto(`/careers/${route}/`);
    const section = page.locator('section[aria-labelledby="next-step"]');
    await expect(section.getByRole('heading', { name: 'Your next step' })).toBeVisible();
    expect(await section.locator('.next-step-links a[href^="https://"]').count(), route).toBeGreaterThan(0);
  }
});

test('the common questions answer the paramedic, pay and funding questions, with working links', async ({ page }) => {
  await page.goto('/careers/');
  await main(page).locator('a[href="/careers/common-questions/"]').first().click();
  const headings = main(page).locator('h2');
  await expect(headings.filter({ hasText: 'Can I become a paramedic without a degree?' })).toHaveCount(1);
  await expect(headings.filter({ hasText: 'How much will I be paid?' })).toHaveCount(1);
  await expect(headings.filter({ hasText: 'Is there funding for students?' })).toHaveCount(1);
  await expect(main(page).locator('a[href="/careers/pay-and-bands/"]')).toHaveCount(1);
  await expect(main(page).locator('a[href="https://www.nhsbsa.nhs.uk/nhs-learning-support-fund"]').first()).toBeVisible();
  const internal = await main(page)
    .locator('a[href^="/"]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  for (const href of new Set(internal)) expect((await page.request.get(href.split('#')[0]!)).status(), href).toBe(200);
});

test.describe('each careers route page lists the professions that have the route', () => {
  for (const route of ROUTE_IDS) {
    test(route, async ({ request }) => {
      const path = `/careers/${route}/`;
      const sections = withClass(await fetchPage(request, path), 'route-professions');
      const available = routeFiles.filter((f) => f.routes.some((r) => r.route === route && r.available));
      const listed = sections.flatMap((section) => byTag(section, 'table', 'ul').flatMap((list) => linksIn(list, path)));
      expect(listed.map((u) => u.pathname).sort()).toEqual(available.map((f) => `/professions/${f.profession}/`).sort());
      for (const f of available) {
        const length = f.routes.find((r) => r.route === route)?.length;
        const rows = sections
          .flatMap((section) => byTag(section, 'tr'))
          .filter((tr) => hrefsIn(tr).includes(`/professions/${f.profession}/#routes`));
        if (length) expect(rows.map(textOf).join(' '), f.profession).toContain(length);
      }
    });
  }
});

test('the route map is in order and every link on it resolves, anchors included', async ({ page }) => {
  await page.goto('/careers/');
  const map = page.locator('.route-map');
  await expect(map.locator('.route-stage > h3')).toHaveText(['1. Ways in', '2. Registration', '3. Growing once registered']);
  const hrefs = await map.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const route of ROUTE_IDS)
    expect(
      hrefs.some((h) => new URL(h).pathname === `/careers/${route}/`),
      route,
    ).toBe(true);
  for (const href of new Set(hrefs)) {
    const url = new URL(href);
    const response = await page.request.get(url.pathname);
    expect(response.status(), href).toBe(200);
    if (url.hash) expect(await response.text(), href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
  }
});

test('the readiness toolkit asks as many questions in each section as the seed', async ({ request }) => {
  const sections = withClass(await fetchPage(request, '/careers/readiness-toolkit/'), 'check-section');
  expect(sections.map((s) => withClass(s, 'check-item').length)).toEqual(toolkitCounts.map((c) => c.count));
});

test('the support workforce page links to the readiness toolkit and the support workforce resources', async ({ page }) => {
  await page.goto('/careers/support-workforce/');
  await expect(main(page).locator('a[href="/careers/readiness-toolkit/"]').first()).toBeVisible();
  await expect(main(page).locator('a[href="/resources/topic/support-workforce/"]').first()).toBeVisible();
});

type Figure = { id: string; display: string; appliesFrom: string; period?: string };
const figures = parse(readFileSync(join(process.cwd(), 'content/figures.yaml'), 'utf8')) as Figure[];
const figure = (id: string) => figures.find((f) => f.id === id)!;

test('pay and bands shows every pay point of bands 2 to 9 from content/figures.yaml, with the date it applies from', async ({ page }) => {
  await page.goto('/careers/pay-and-bands/');
  const table = main(page).getByRole('table', { name: /Yearly pay for full-time staff in England from \d{1,2} \w+ \d{4}/ });
  await expect(table.getByRole('rowheader')).toHaveText(
    ['2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'].map((b) => `Band ${b}`),
  );
  const payPoints = figures.filter((f) => f.id.startsWith('afc-band-'));
  for (const p of payPoints) await expect(table.locator(`[data-figure="${p.id}"]`)).toContainText(p.display);
  await expect(table.locator('[data-figure]')).toHaveCount(payPoints.length);
  // The source is named under the table, with the publisher's address.
  await expect(table.locator('xpath=following-sibling::p[1]').getByRole('link')).toHaveAttribute(
    'href',
    /^https:\/\/www\.nhsemployers\.org\//,
  );
});

test('the degree apprenticeship page states the apprentice minimum wage with the date it applies from', async ({ page }) => {
  await page.goto('/careers/degree-apprenticeship/');
  const wage = figure('apprentice-minimum-wage');
  const from = new Date(`${wage.appliesFrom}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  await expect(main(page).locator('[data-figure="apprentice-minimum-wage"]')).toHaveText(`${wage.display} (from ${from})`);
});
