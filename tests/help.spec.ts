/**
 * How to get help: every profession page says how to see one in England, with the register to
 * check and working links; /who-can-help/ lists every need in content/needs with links to the
 * professions it names, with JavaScript off, and is reachable from the home page and the
 * professions index. Expectations come from the content files, not from counts written here.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REGULATORS, slugify, type RegulatorId } from '../src/lib/vocabulary';

type Profession = { slug: string; regulator: RegulatorId; access: { urgent?: string; nhsPages?: { url: string }[] } };
type Need = { title: string; professions: { profession: string }[]; urgent?: string };

const content = (dir: string) => join(process.cwd(), 'content', dir);
const professions: Profession[] = readdirSync(content('professions'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(content('professions'), f), 'utf8'))![1]!;
    return { slug: f.slice(0, -4), ...(parse(front) as Omit<Profession, 'slug'>) };
  });
const needs: Need[] = readdirSync(content('needs'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(content('needs'), f), 'utf8')) as Need);

/** Every same-site link in the locator resolves, and its #anchor exists on the page it leads to. */
async function internalLinksResolve(page: Page, selector: string) {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  const internal = [...new Set(hrefs)].filter((h) => new URL(h).origin === origin);
  expect(internal.length, `${page.url()} ${selector}`).toBeGreaterThan(0);
  for (const href of internal) {
    const url = new URL(href);
    const response = await page.request.get(url.pathname);
    expect(response.status(), href).toBe(200);
    if (url.hash) expect(await response.text(), href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
  }
}

test.describe('every profession page says how to see one', () => {
  test.use({ javaScriptEnabled: false });
  for (const p of professions) {
    test(p.slug, async ({ page }) => {
      await page.goto(`/professions/${p.slug}/`);
      const section = page.locator('section[aria-labelledby="how-to-see-one"]');
      await expect(section.getByRole('heading', { level: 2 })).toContainText('How to see');
      for (const term of ['Through the NHS', 'Referring yourself', 'Privately', 'Check they are registered'])
        await expect(section.locator('dt', { hasText: term })).toHaveCount(1);
      await expect(section.locator(`a[href="${REGULATORS[p.regulator].register}"]`)).toHaveCount(1);
      for (const nhs of p.access.nhsPages ?? []) await expect(section.locator(`a[href="${nhs.url}"]`)).toHaveCount(1);
      await expect(section.locator('a[href*="when-to-call-999"]')).toHaveCount(p.access.urgent ? 1 : 0);
      await internalLinksResolve(page, 'section[aria-labelledby="how-to-see-one"] a');
    });
  }
});

test.describe('who can help, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every need with a link to each profession it names', async ({ page }) => {
    await page.goto('/who-can-help/');
    await expect(page.locator('li.need')).toHaveCount(needs.length);
    for (const need of needs) {
      const item = page.locator('li.need', { has: page.locator(`h2#${slugify(need.title)}`) });
      await expect(item.locator('h2')).toHaveText(need.title);
      const linked = await item
        .locator('.need-professions a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(linked, need.title).toEqual(need.professions.map((p) => `/professions/${p.profession}/`));
      await expect(item.locator('.need-urgent')).toHaveCount(need.urgent ? 1 : 0);
      await expect(page.locator(`nav a[href="#${slugify(need.title)}"]`)).toHaveCount(1);
    }
    await internalLinksResolve(page, 'main a');
  });

  test('is linked from the home page and the professions index', async ({ page }) => {
    for (const from of ['/', '/professions/']) {
      await page.goto(from);
      await page.getByRole('main').locator('a[href="/who-can-help/"]').first().click();
      await expect(page).toHaveURL(/\/who-can-help\/$/);
      await expect(page.locator('h1')).toHaveText('Who can help with...');
    }
  });

  test('is in the sitemap', async ({ page }) => {
    const index = await (await page.request.get('/sitemap-index.xml')).text();
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const bodies = await Promise.all(maps.map(async (m) => (await page.request.get(m)).text()));
    expect(bodies.some((b) => /<loc>[^<]*\/who-can-help\/<\/loc>/.test(b))).toBe(true);
  });
});
