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

// Compare, for a student: every column a student needs, restacked on a phone, and no heading
// broken inside a word on any screen.
test.describe('the compare page, for a student', () => {
  test('shows course length, ways in, school subjects, starting band and pay, and the regulator for all 14', async ({ page }) => {
    await page.goto('/professions/compare/');
    const headings = await page.locator('table.compare-table thead th').allTextContents();
    expect(headings.map((h) => h.trim())).toEqual([
      'Profession',
      'Course length',
      'Ways in',
      'School subjects courses ask for',
      'Starting band and pay',
      'Regulator',
    ]);
    const rows = page.locator('table.compare-table tbody tr');
    await expect(rows).toHaveCount(14);
    const physio = rows.filter({ has: page.locator('th', { hasText: 'Physiotherapists' }) });
    await expect(physio.locator('td[data-label="Course length"]')).toContainText('3 years');
    await expect(physio.locator('td[data-label="School subjects"]')).toContainText('Biology');
    await expect(physio.locator('td[data-label="Starting pay"] [data-figure="afc-band-5-0"]')).toHaveCount(1);
    await expect(physio.locator('td[data-label="Regulator"]')).toHaveText('HCPC');
  });

  for (const width of [320, 768, 1024, 1280]) {
    test(`no heading breaks inside a word at ${width} px, and the page does not scroll sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/professions/compare/', '/professions/physiotherapists/']) {
        await page.goto(path);
        // Every word of every visible heading cell is laid out on one line.
        const broken = await page.evaluate(() => {
          const out: string[] = [];
          for (const th of document.querySelectorAll('main thead th')) {
            if ((th as HTMLElement).offsetParent === null || th.getBoundingClientRect().width < 2) continue;
            const text = th.firstChild;
            if (!text || text.nodeType !== Node.TEXT_NODE) continue;
            const s = text.textContent ?? '';
            for (const m of s.matchAll(/\S+/g)) {
              const r = document.createRange();
              r.setStart(text, m.index!);
              r.setEnd(text, m.index! + m[0].length);
              const lines = new Set([...r.getClientRects()].map((c) => Math.round(c.top)));
              if (lines.size > 1) out.push(m[0]);
            }
          }
          return out;
        });
        expect(broken, path).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
      }
    });
  }

  test('restacks on a phone with text at 200%, each profession its own labelled block', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/professions/compare/');
    // Text at 200%, set through the CSSOM as the Content-Security-Policy forbids a <style> element.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    expect(
      await page
        .locator('table.compare-table tbody td')
        .first()
        .evaluate((td) => getComputedStyle(td).display),
    ).toBe('block');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

test.describe('school subjects to professions', () => {
  test('lists each profession with the subjects its courses ask for, as on the compare page', async ({ page }) => {
    await page.goto('/professions/subjects/');
    await expect(page.locator('section.subject-profession')).toHaveCount(14);
    await expect(page.locator('#subject-biology + ul')).toContainText('Physiotherapists');
    await expect(page.locator('#subject-music + ul')).toContainText('Music therapists');
    await expect(page.locator('#without-a-levels ~ p').first()).toContainText('Access to Higher Education');
    await expect(page.locator('section[aria-labelledby="radiographers"]')).toContainText('Physics, chemistry or biology');
  });

  for (const start of ['school', 'career-changer']) {
    test(`is reachable from the route finder's "${start}" start without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/careers/route-finder/${start}/`);
      await page.locator('.finder-read-more a[href^="/professions/subjects/"]').first().click();
      await expect(page).toHaveURL(/\/professions\/subjects\//);
      await expect(page.locator('h1')).toHaveText('School subjects and the professions they lead to');
      await context.close();
    });
  }
});

test('applying, step by step, covers the dates, the statement, values, experience and checks, for a career changer too', async ({
  page,
}) => {
  await page.goto('/careers/applying/');
  const main = page.getByRole('main');
  for (const step of [
    'choose a profession',
    'open days',
    'know the dates',
    'personal statement',
    'NHS values',
    'experience',
    'checks before you start',
  ])
    await expect(main.getByRole('heading', { name: new RegExp(step, 'i') })).toHaveCount(1);
  // The UCAS dates are dated figures from content/figures.yaml.
  await expect(main.locator('[data-figure="ucas-equal-consideration-2026-entry"]')).toContainText('(for courses starting in 2026)');
  for (const value of [
    'working together for patients',
    'respect and dignity',
    'commitment to quality of care',
    'compassion',
    'improving lives',
    'everyone counts',
  ])
    await expect(main.locator('li', { hasText: value })).toHaveCount(1);
  await expect(main).toContainText('Disclosure and Barring Service');
  await expect(main).toContainText('occupational health');
  await expect(main.locator('#if-you-are-changing-career ~ ul').first()).toContainText('Access to Higher Education Diploma');
  await expect(main).toContainText('You do not always need A levels');
  await expect(main.locator('a[href="/careers/undergraduate-degree/#the-nhs-learning-support-fund"]')).toHaveCount(1);
});

test('the degree apprenticeship page says A levels are not always needed', async ({ page }) => {
  await page.goto('/careers/degree-apprenticeship/');
  await expect(page.getByRole('main')).toContainText('You do not always need A levels');
});

test.describe('the Learning Support Fund agrees with itself', () => {
  test('its section says which year the amounts are for and which courses it covers, arts therapies included', async ({ page }) => {
    await page.goto('/careers/undergraduate-degree/#the-nhs-learning-support-fund');
    const section = page.locator('#the-nhs-learning-support-fund ~ *');
    await expect(page.locator('[data-figure="lsf-training-grant"]')).toContainText('2024 to 2025');
    await expect(section.filter({ hasText: 'does not cover art therapy, dramatherapy, music therapy or osteopathy' })).toHaveCount(1);
  });

  test('common questions link to it and say the arts therapies are not covered', async ({ page }) => {
    await page.goto('/careers/common-questions/');
    const main = page.getByRole('main');
    await expect(main.locator('a[href="/careers/undergraduate-degree/#the-nhs-learning-support-fund"]')).toHaveCount(1);
    await expect(main).toContainText('It does not cover the arts therapies');
  });

  test('a route finder answer links the fund, and its section, only where the fund covers the course', async ({ request }) => {
    const lsf = 'https://www.nhsbsa.nhs.uk/nhs-learning-support-fund';
    const ours = '/careers/undergraduate-degree/#the-nhs-learning-support-fund';
    const music = await (await request.get('/careers/route-finder/graduate/music-therapists/')).text();
    expect(music).not.toContain(`href="${lsf}"`);
    const physio = await (await request.get('/careers/route-finder/graduate/physiotherapists/')).text();
    expect(physio).toContain(`href="${lsf}"`);
    expect(physio).toContain(`href="${ours}"`);
    // Every page that links the fund's own page also links the hub's section with its amounts.
    for (const path of ['/careers/undergraduate-degree/', '/careers/postgraduate-pre-registration/', '/careers/route-finder/school/']) {
      const html = await (await request.get(path)).text();
      if (html.includes(`href="${lsf}"`)) expect(html, path).toContain(`href="${ours}"`);
    }
  });
});
