/**
 * The repository of AHPs into Action outputs: one filter interface (links without script, an
 * instant form with it), keywords, status, every profession, open data. Expected counts come
 * from the built /resources.json, so they follow the content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DIST, expectNoAxeViolations, blockSiteScripts } from './helpers/site';
import { TOOL_ENGINE, holdEngine } from './helpers/tools';
import { attr, byId, byTag, descendants, fetchPage, hrefsIn, textOf, type Element, type Root } from './helpers/html';
import { contentDataOf } from '../src/lib/frontmatter';
import { firstSentence } from '../src/lib/one-line';
import { NEXT_STEP_KINDS, PROFESSIONS, RESOURCE_STATUSES } from '../src/lib/vocabulary';

interface ResourceRecord {
  id: string;
  title: string;
  summary: string;
  year?: number;
  professions: 'all' | string[];
  topics: string[];
  type: string;
  status: keyof typeof RESOURCE_STATUSES;
  url?: string;
  noLinkReason?: string;
  nextStep?: { kind: keyof typeof NEXT_STEP_KINDS; title: string; url: string };
  until?: number;
  supersededBy?: { title: string; url?: string };
}
const RESOURCES = join(process.cwd(), 'content', 'resources');
const records: ResourceRecord[] = JSON.parse(readFileSync(join(DIST, 'resources.json'), 'utf8'));
const total = records.length;
const forProfession = (p: string) => records.filter((r) => r.professions === 'all' || r.professions.includes(p)).length;
const statuses = [...new Set(records.map((r) => r.status))];
const withStatus = (s: string) => records.filter((r) => r.status === s).length;

const visible = (page: Page) => page.locator('#resource-list > li:visible');
const count = (page: Page) => visible(page).count();
/** The titles of the resources the list shows, sorted. */
const shownTitles = (page: Page) =>
  visible(page).evaluateAll((lis) => lis.map((li) => li.querySelector('a')?.textContent?.trim() ?? '').sort());
/** The titles of the resources that pass a test, sorted as shownTitles sorts them. */
const titlesOf = (pass: (r: ResourceRecord) => boolean) =>
  records
    .filter(pass)
    .map((r) => r.title)
    .sort();
/** The entries of the resource list in a page's served HTML (#resource-list > li). */
const listed = (tree: Root) => {
  const list = byId(tree, 'resource-list');
  return list ? list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li') : [];
};
const itemFor = (page: Page, title: string) =>
  page.locator('#resource-list > li').filter({ has: page.getByRole('link', { name: title, exact: true }) });

/** Checks shared by both modes: what each list entry and each resource page says. */
/**
 * Counts each time the filter applies a choice (it rewrites the address once per filtering), from
 * now on; returns a reader of the count.
 */
async function countFilterings(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { filtered: number };
    w.filtered = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      w.filtered += 1;
      replace(...args);
    };
  });
  return () => page.evaluate(() => (window as unknown as { filtered: number }).filtered);
}

function describeContent() {
  test('each entry in the list shows its year, a one-line summary and its status', async ({ page }) => {
    await page.goto('/resources/');
    // One read of the whole list, then plain comparisons: a locator per entry is slow on a busy machine.
    const items = await page
      .locator('#resource-list > li')
      .evaluateAll((lis) =>
        lis.map((li) => ({ title: li.querySelector('a')?.textContent?.trim() ?? '', text: li.textContent?.replace(/\s+/g, ' ') ?? '' })),
      );
    expect(items.map((i) => i.title).sort()).toEqual(records.map((r) => r.title).sort());
    for (const r of records) {
      const { text } = items.find((i) => i.title === r.title)!;
      expect(text).toContain(firstSentence(r.summary));
      expect(text).toContain(r.year ? String(r.year) : 'Year not known');
      expect(text).toContain(RESOURCE_STATUSES[r.status]);
      if (r.supersededBy) expect(text).toContain(`Superseded by ${r.supersededBy.title}`);
    }
  });

  test('a resource page links to its document, or says why not, and states its status', async ({ page }) => {
    const linked = records.find((r) => r.url);
    const unlinked = records.find((r) => !r.url);
    const superseded = records.find((r) => r.status === 'superseded');
    test.skip(!linked || !unlinked, 'needs one resource with a link and one without');
    await page.goto(`/resources/${linked!.id}/`);
    await expect(page.getByRole('link', { name: /on the publisher’s site/ })).toHaveAttribute('href', linked!.url!);
    await expect(page.locator('#no-link')).toHaveCount(0);
    await page.goto(`/resources/${unlinked!.id}/`);
    await expect(page.locator('#no-link')).toContainText(unlinked!.noLinkReason!);
    await expect(page.getByRole('link', { name: /on the publisher’s site/ })).toHaveCount(0);
    await expect(page.locator('dl.glance')).toContainText(RESOURCE_STATUSES[unlinked!.status]);
    if (superseded) {
      await page.goto(`/resources/${superseded.id}/`);
      await expect(page.locator('#status-note')).toContainText('no longer current');
      await expect(page.locator('#status-note').getByRole('link', { name: superseded.supersededBy!.title })).toHaveAttribute(
        'href',
        /^(https:\/\/|\/resources\/)/,
      );
    }
  });

  test('the whole page fits 320 pixels with no sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ['/resources/', '/resources/profession/paramedics/', `/resources/${records[0]!.id}/`]) {
      await page.goto(path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, path).toBeLessThanOrEqual(client);
    }
  });
}

test.describe('with JavaScript', () => {
  describeContent();

  test('shows one filter interface: the form replaces the links', async ({ page }) => {
    await page.goto('/resources/');
    await expect(page.locator('#resource-filters')).toBeVisible();
    await expect(page.locator('#filter-links')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Filter resources' })).toHaveCount(1);
  });

  test('filters instantly, combines filters, keeps them in the URL and announces the count', async ({ page }) => {
    await page.goto('/resources/');
    expect(await count(page)).toBe(total);
    await page.getByLabel('Topic').selectOption('digital-and-data');
    await expect(page).toHaveURL(/\?topic=digital-and-data$/);
    const digital = await count(page);
    expect(digital).toBeGreaterThan(0);
    expect(digital).toBeLessThan(total);
    await expect(page.locator('#result-count')).toHaveText(`${digital} of ${total} resources`);
    await expect(page.locator('#result-count')).toHaveAttribute('aria-live', 'polite');

    await page.getByLabel('Profession').selectOption('all');
    await expect(page).toHaveURL(/\?topic=digital-and-data&profession=all$/);
    const both = await count(page);
    expect(both).toBeLessThanOrEqual(digital);
    expect(await shownTitles(page)).toEqual(titlesOf((r) => r.topics.includes('digital-and-data') && r.professions === 'all'));
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(page).toHaveURL(/\/resources\/$/);
    expect(await count(page)).toBe(total);
  });

  test('the keyword box narrows the list as you type and keeps the words in the URL', async ({ page }) => {
    const target = records.find((r) => r.title.split(/\s+/).length >= 4)!;
    const words = target.title.split(/\s+/).slice(0, 4).join(' ');
    await page.goto('/resources/');
    await page.getByLabel('Keywords').pressSequentially(words, { delay: 5 });
    await expect(itemFor(page, target.title)).toBeVisible();
    const shown = await count(page);
    expect(shown).toBeLessThan(total);
    await expect(page.locator('#result-count')).toHaveText(`${shown} of ${total} resources`);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(words).replace(/%20/g, '\\+')}$`));

    await page.getByLabel('Keywords').fill('zzqx nothing matches this');
    await expect(page.locator('#result-count')).toHaveText(`0 of ${total} resources. Try fewer words or clear the filters.`);
    await page.reload();
    await expect(page.getByLabel('Keywords')).toHaveValue('zzqx nothing matches this');
    expect(await count(page)).toBe(0);
  });

  test('the profession filter offers all 14 professions and keeps resources written for every profession', async ({ page }) => {
    await page.goto('/resources/');
    const offered = await page
      .getByLabel('Profession')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const p of PROFESSIONS) expect(offered).toContain(p);
    for (const p of ['dietitians', 'paramedics']) {
      await page.getByLabel('Profession').selectOption(p);
      await expect(page.locator('#result-count')).toHaveText(`${forProfession(p)} of ${total} resources`);
    }
  });

  test('the status filter shows each status with its count', async ({ page }) => {
    await page.goto('/resources/');
    const offered = await page
      .getByLabel('Status')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered.filter(Boolean).sort()).toEqual([...statuses].sort());
    for (const s of statuses) {
      await page.getByLabel('Status').selectOption(s);
      await expect(page.locator('#result-count')).toHaveText(`${withStatus(s)} of ${total} resources`);
      expect(await shownTitles(page)).toEqual(titlesOf((r) => r.status === s));
    }
  });

  test('a shared filtered URL restores the same view', async ({ page }) => {
    await page.goto('/resources/?type=quick-guide');
    await expect(page.getByLabel('Type')).toHaveValue('quick-guide');
    const shown = await count(page);
    expect(shown).toBeGreaterThan(0);
    expect(await shownTitles(page)).toEqual(titlesOf((r) => r.type === 'quick-guide'));
  });

  test('an unknown filter value says so in a visible message', async ({ page }) => {
    await page.goto('/resources/?topic=nonsense&type=%3Cscript%3E');
    await expect(page.locator('#filter-note')).toBeVisible();
    await expect(page.locator('#filter-note')).toContainText('There is no topic "nonsense"');
    await expect(page.locator('#filter-note')).toContainText('that filter is not applied');
    expect(await count(page)).toBe(total);
    expect(await page.locator('#filter-note script').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('the filters work from the keyboard', async ({ page }) => {
    await page.goto('/resources/');
    await page.getByLabel('Keywords').focus();
    await page.keyboard.type('framework');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Topic')).toBeFocused();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Show results' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Clear all filters' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Keywords')).toHaveValue('');
    await expect(page.locator('#result-count')).toHaveText(`${total} of ${total} resources`);
  });

  test("each choice's count follows the other choices, and a choice that would show nothing says so", async ({ page }) => {
    await page.goto('/resources/');
    const statusOption = (s: string) => page.getByLabel('Status').locator(`option[value="${s}"]`);
    for (const s of statuses) await expect(statusOption(s)).toHaveText(new RegExp(`\\(${withStatus(s)}\\)$`));
    await page.getByLabel('Profession').selectOption('dietitians');
    for (const s of statuses) {
      const n = records.filter((r) => r.status === s && (r.professions === 'all' || r.professions.includes('dietitians'))).length;
      await expect(statusOption(s)).toHaveText(n === 0 ? /\(none with your other choices\)$/ : new RegExp(`\\(${n}\\)$`));
    }
    // A facet's own counts ignore its own choice: every profession keeps its full count.
    await expect(page.getByLabel('Profession').locator('option[value="paramedics"]')).toHaveText(
      new RegExp(`\\(${forProfession('paramedics')}\\)$`),
    );
    await page.getByLabel('Keywords').fill('zzqx nothing matches this');
    for (const s of statuses) await expect(statusOption(s)).toHaveText(/\(none with your other choices\)$/);
  });

  test('arrowing through a closed list filters once, when the person stops, not at every step', async ({ page }) => {
    await page.goto('/resources/');
    const filterings = await countFilterings(page);
    await page.getByLabel('Profession').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    const chosen = await page.getByLabel('Profession').inputValue();
    expect(chosen).not.toBe('');
    await expect(page.locator('#result-count')).toHaveText(`${forProfession(chosen)} of ${total} resources`);
    expect(await filterings()).toBe(1);
  });

  test('typed text with no letter or digit finds nothing, rather than everything', async ({ page }) => {
    await page.goto('/resources/?q=%F0%9F%98%80');
    await expect(page.locator('#result-count')).toHaveText(`0 of ${total} resources. Try fewer words or clear the filters.`);
  });

  for (const width of [360, 1280]) {
    test(`the view stays where it was after a choice and after Show results (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('/resources/');
      await page.getByLabel('Status').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 100));
      const before = await page.evaluate(() => window.scrollY);
      await page.getByLabel('Status').selectOption(statuses[0]!);
      await expect(page.locator('#result-count')).toHaveText(`${withStatus(statuses[0]!)} of ${total} resources`);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(1);
      await page.getByRole('button', { name: 'Show results' }).click();
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(1);
    });
  }
});

test.describe('the filter script, loaded on first use', () => {
  // Once the service worker controls the page it fetches scripts itself, past page.route and the page's request events.
  test.use({ serviceWorkers: 'block' });

  test('a visit that only reads the list never asks for it', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (TOOL_ENGINE.test(r.url())) asked.push(r.url());
    });
    await page.goto('/resources/');
    await expect(page.locator('#resource-filters')).toBeVisible();
    await page.mouse.wheel(0, 5000);
    await page.getByRole('link', { name: records[0]!.title, exact: true }).hover();
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
    // It is there, and the first use asks for it.
    const arrived = page.waitForResponse((r) => TOOL_ENGINE.test(r.url()) && r.ok());
    await page.getByLabel('Keywords').focus();
    await arrived;
    expect(asked).toHaveLength(1);
  });

  test('while it is held back the form already shows, with its counts; what was typed, chosen and sent filters the list once it arrives', async ({
    page,
  }) => {
    const engine = await holdEngine(page);
    await page.goto('/resources/');
    // The form replaces the links at once, with the unfiltered count beside each choice.
    await expect(page.locator('#resource-filters')).toBeVisible();
    await expect(page.locator('#filter-links')).toBeHidden();
    for (const s of statuses)
      await expect(page.getByLabel('Status').locator(`option[value="${s}"]`)).toHaveText(new RegExp(`\\(${withStatus(s)}\\)$`));
    const box = page.getByLabel('Keywords');
    await box.fill('framework');
    await page.getByLabel('Profession').selectOption('all');
    await box.press('Enter');
    await expect.poll(() => engine.asked).toBe(true);
    // Nothing is filtered yet, and nothing is lost.
    expect(await count(page)).toBe(total);
    engine.release();
    await expect(page).toHaveURL(/\?profession=all&q=framework$/);
    await expect(box).toHaveValue('framework');
    await expect(page.getByLabel('Profession')).toHaveValue('all');
    const shown = await shownTitles(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(forProfession('all'));
    await expect(page.locator('#result-count')).toHaveText(`${shown.length} of ${total} resources`);
    // The same list as the same choices made once the script is there (here from the address it wrote).
    await page.reload();
    await expect(page.locator('#result-count')).toHaveText(`${shown.length} of ${total} resources`);
    expect(await shownTitles(page)).toEqual(shown);
    await expect(page.getByLabel('Profession')).toHaveValue('all');
  });

  test('arrowing through a closed list begun before it arrived still filters once, when the person stops', async ({ page }) => {
    const engine = await holdEngine(page);
    await page.goto('/resources/');
    const filterings = await countFilterings(page);
    const profession = page.getByLabel('Profession');
    await profession.focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => engine.asked).toBe(true);
    const arrived = page.waitForResponse((r) => TOOL_ENGINE.test(r.url()));
    engine.release();
    await arrived;
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
    const chosen = await profession.inputValue();
    expect(chosen).not.toBe('');
    await expect(page.locator('#result-count')).toHaveText(`${forProfession(chosen)} of ${total} resources`);
    expect(await filterings()).toBe(1);
  });

  test('a shared filtered link asks for it at once and opens filtered', async ({ page }) => {
    const engine = await holdEngine(page);
    await page.goto('/resources/?status=current&q=guide');
    await expect.poll(() => engine.asked).toBe(true);
    engine.release();
    await expect(page.getByLabel('Status')).toHaveValue('current');
    await expect(page.getByLabel('Keywords')).toHaveValue('guide');
    const shown = await count(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(withStatus('current'));
    await expect(page.locator('#result-count')).toHaveText(`${shown} of ${total} resources`);
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });
  describeContent();

  test('shows one filter interface: the links, not the form', async ({ page }) => {
    await page.goto('/resources/');
    await expect(page.locator('#filter-links')).toBeVisible();
    await expect(page.locator('#resource-filters')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Filter resources' })).toHaveCount(1);
  });

  test('everything on digital and data, or for paramedics, is two clicks from the home page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'I am an AHP or a leader' }).click();
    await expect(page).toHaveURL(/\/resources\/$/);
    await page.getByText('By topic').click();
    await page.getByRole('link', { name: 'Digital and data resources', exact: true }).click();
    await expect(page).toHaveURL(/\/resources\/topic\/digital-and-data\/$/);
    const shown = await page.locator('#resource-list > li').count();
    expect(shown).toBeGreaterThan(0);
    await expect(page.locator('#result-count')).toHaveText(`${shown} of ${total} resources`);

    await page.goto('/resources/');
    await page.getByText('By profession').click();
    await page.getByRole('link', { name: 'Paramedics resources', exact: true }).click();
    await expect(page).toHaveURL(/\/resources\/profession\/paramedics\/$/);
    expect(await page.locator('#resource-list > li').count()).toBe(forProfession('paramedics'));
  });

  // These two read the served HTML (tests/helpers/html.ts): the pages are what a reader without
  // JavaScript gets, and the checks are of links and counts, which need no browser page.
  test('every profession has a page that keeps resources written for every profession', async ({ request }) => {
    const filterLinks = byId(await fetchPage(request, '/resources/'), 'filter-links');
    expect(filterLinks).toBeDefined();
    const hrefs = hrefsIn(filterLinks!).filter((h) => h?.startsWith('/resources/profession/'));
    for (const p of PROFESSIONS) expect(hrefs).toContain(`/resources/profession/${p}/`);
    for (const p of ['dietitians', 'music-therapists'])
      expect(listed(await fetchPage(request, `/resources/profession/${p}/`)), p).toHaveLength(forProfession(p));
  });

  // Read from the served HTML: what a reader without JavaScript gets on each resource's page.
  test('every resource links its document or, above its details, a next step chosen for it', async ({ request }) => {
    const unlinked = records.filter((r) => !r.url);
    expect(unlinked.filter((r) => !r.nextStep).map((r) => r.id)).toEqual([]);
    // A next step is chosen for its entry: no single page stands in for most of them.
    const uses = new Map<string, number>();
    for (const r of unlinked) uses.set(r.nextStep!.url, (uses.get(r.nextStep!.url) ?? 0) + 1);
    expect(Math.max(...uses.values())).toBeLessThan(unlinked.length / 4);
    for (const r of unlinked) {
      const tree = await fetchPage(request, `/resources/${r.id}/`);
      const step = byId(tree, 'next-step');
      expect(step, r.id).toBeDefined();
      const links = byTag(step!, 'a');
      expect(
        links.map((a) => attr(a, 'href')),
        r.id,
      ).toEqual([r.nextStep!.url]);
      expect(textOf(links[0]!).replace(/\s+/g, ' ').trim(), r.id).toBe(`${NEXT_STEP_KINDS[r.nextStep!.kind]}: ${r.nextStep!.title}`);
      const order = descendants(tree);
      expect(order.indexOf(step!), `${r.id}: the next step comes before the details`).toBeLessThan(order.indexOf(byId(tree, 'details')!));
    }
  });

  test('a time-bound resource past its years says it has ended, and one found nowhere online says so', async ({ request }) => {
    const ended = records.filter((r) => r.status === 'ended');
    expect(ended.length).toBeGreaterThan(0);
    for (const r of ended) {
      expect(r.until, r.id).toBeLessThan(new Date().getUTCFullYear());
      const tree = await fetchPage(request, `/resources/${r.id}/`);
      expect(textOf(byId(tree, 'status-note')!), r.id).toContain(`It covered the years up to ${r.until}, which are over`);
      expect(textOf(byTag(tree, 'dl')[0]!), r.id).toContain(`Ended in ${r.until}`);
    }
    for (const r of records.filter((r) => r.status === 'unavailable')) {
      const tree = await fetchPage(request, `/resources/${r.id}/`);
      expect(textOf(byId(tree, 'status-note')!), r.id).toContain('We could not find this resource online.');
      expect(textOf(byTag(tree, 'dl')[0]!), r.id).toContain(RESOURCE_STATUSES.unavailable);
    }
  });

  test('each status has a page listing its resources', async ({ request }) => {
    for (const s of statuses) {
      const tree = await fetchPage(request, `/resources/status/${s}/`);
      expect(listed(tree), s).toHaveLength(withStatus(s));
      expect(byTag(tree, 'main').map(textOf).join(' '), s).toContain(`with the status “${RESOURCE_STATUSES[s]}”`);
    }
  });

  test('the keyword box sends the words to the site search, limited to resources', async ({ page }) => {
    await page.goto('/resources/');
    await page.getByLabel('Search the resources').fill('job planning');
    await page.getByLabel('Search the resources').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=job\+planning&section=Resources$/);
  });

  test('an unknown filter value answers “Page not found”', async ({ page }) => {
    const response = await page.goto('/resources/topic/nonsense/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

for (const [name, path] of [
  ['the list', '/resources/'],
  ['a filtered static page', '/resources/topic/digital-and-data/'],
  ['a resource page with no link', `/resources/${records.find((r) => !r.url)?.id ?? records[0]!.id}/`],
  ['a resource page that is no longer current', `/resources/${records.find((r) => r.status !== 'current')?.id ?? records[0]!.id}/`],
]) {
  test(`${name} passes axe with scripts blocked`, async ({ page }) => {
    await blockSiteScripts(page);
    await page.goto(path!);
    await expectNoAxeViolations(page);
  });
}

test('the job planning guide and template are under the job planning and workforce planning topics', async ({ request }) => {
  for (const topic of ['job-planning', 'workforce-planning']) {
    const list = byId(await fetchPage(request, `/resources/topic/${topic}/`), 'resource-list');
    expect(list, topic).toBeDefined();
    for (const id of ['ahp-job-planning-guide', 'job-planning-capacity-template'])
      expect(
        hrefsIn(list!).filter((h) => h === `/resources/${id}/`),
        `${topic}: ${id}`,
      ).toHaveLength(1);
  }
});

test('a resource page lists its series in order', async ({ page }) => {
  // The series and this resource's place in it come from the resources' content files.
  const id = 'covid-caring-update-2';
  const seriesOf = (file: string) =>
    (contentDataOf(file, readFileSync(join(RESOURCES, file), 'utf8')) as { series?: { name: string; part: number } }).series;
  const own = seriesOf(`${id}.mdx`)!;
  const parts = readdirSync(RESOURCES)
    .filter((f) => f.endsWith('.mdx') && seriesOf(f)?.name === own.name)
    .map((f) => seriesOf(f)!.part)
    .sort((a, b) => a - b);
  expect(parts.length).toBeGreaterThan(1);
  await page.goto(`/resources/${id}/`);
  const series = page.getByRole('heading', { name: /The series/ });
  await expect(series).toBeVisible();
  const items = page.locator('section[aria-labelledby="series-heading"] li');
  await expect(items).toHaveCount(parts.length);
  await expect(items.nth(parts.indexOf(own.part))).toContainText('(this resource)');
});

test('resources.json validates against its published JSON Schema', async ({ request }) => {
  const data = await (await request.get('/resources.json')).json();
  const schema = await (await request.get('/resources.schema.json')).json();
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const valid = validate(data);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  expect(data).toHaveLength(readdirSync('content/resources').filter((f) => f.endsWith('.mdx')).length);
  expect(validate([{ ...data[0], type: 'poem' }])).toBe(false);
  expect(validate([{ ...data[0], status: 'lost' }])).toBe(false);
  expect(validate([{ ...data[0], nextReview: 'soon' }])).toBe(false);
});

test('the Atom feed lists every resource', async ({ request }) => {
  const response = await request.get('/resources/feed.xml');
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  expect(xml.match(/<entry>/g)?.length).toBe(total);
});
