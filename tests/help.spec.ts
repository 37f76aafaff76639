/**
 * How to get help: every profession page says how to see one in England, with the register to
 * check and working links; /who-can-help/ lists every need in content/needs with links to the
 * professions it names, with JavaScript off, and is reachable from the home page and the
 * professions index. Expectations come from the content files, not from counts written here.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REGULATORS, slugify, type RegulatorId } from '../src/lib/vocabulary';
import { attr, byTag, descendants, fetchPage, hasClass, hrefsIn, textOf, type Element, type Root } from './helpers/html';

type Profession = {
  slug: string;
  singular: string;
  regulator: RegulatorId;
  access: { inShort: string; urgent?: string; nhsPages?: { url: string }[] };
  pay: { startingBand?: string; note?: string };
};
type Need = { title: string; professions: { profession: string }[]; howToGetSeen: string; urgent?: string; nhsPages?: { url: string }[] };

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

/**
 * Every same-site link among `links` (on the page at `path`) resolves, and its #anchor exists on
 * the page it leads to. There must be at least one.
 */
async function internalLinksResolve(request: APIRequestContext, path: string, links: Element[]) {
  const base = new URL(path, 'http://site.invalid');
  const hrefs = links.map((a) => new URL(attr(a, 'href') ?? '', base));
  const internal = [...new Set(hrefs.filter((u) => u.origin === base.origin).map((u) => u.pathname + u.hash))];
  expect(internal.length, `${path}: same-site links`).toBeGreaterThan(0);
  for (const href of internal) {
    const url = new URL(href, base);
    const response = await request.get(url.pathname);
    expect(response.status(), `${path} links to ${href}`).toBe(200);
    if (url.hash) expect(await response.text(), href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
  }
}

/** The elements inside `el` with this tag whose class list has `name`. */
const withClass = (el: Root | Element, tag: string, name: string) => byTag(el, tag).filter((e) => hasClass(e, name));

// These tests read the pages as served, with no script run: what a reader without JavaScript
// gets. They check text and links only, so they parse the HTML instead of opening a browser page
// for each (tests/helpers/html.ts).
test.describe('every profession page says how to see one', () => {
  for (const p of professions) {
    test(p.slug, async ({ request }) => {
      const path = `/professions/${p.slug}/`;
      const sections = byTag(await fetchPage(request, path), 'section').filter((s) => attr(s, 'aria-labelledby') === 'how-to-see-one');
      expect(sections).toHaveLength(1);
      const section = sections[0]!;
      const headings = byTag(section, 'h2');
      expect(headings).toHaveLength(1);
      expect(textOf(headings[0]!)).toContain('How to see');
      for (const term of ['Through the NHS', 'Referring yourself', 'Privately', 'Check they are registered'])
        expect(
          byTag(section, 'dt').filter((dt) => textOf(dt).includes(term)),
          term,
        ).toHaveLength(1);
      const hrefs = hrefsIn(section);
      expect(hrefs.filter((h) => h === REGULATORS[p.regulator].register)).toHaveLength(1);
      for (const nhs of p.access.nhsPages ?? [])
        expect(
          hrefs.filter((h) => h === nhs.url),
          nhs.url,
        ).toHaveLength(1);
      expect(hrefs.filter((h) => h?.includes('when-to-call-999'))).toHaveLength(p.access.urgent ? 1 : 0);
      await internalLinksResolve(request, path, byTag(section, 'a'));
    });
  }
});

test.describe('who can help, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every need with a link to each profession it names', async ({ request }) => {
    const path = '/who-can-help/';
    const tree = await fetchPage(request, path);
    const items = withClass(tree, 'li', 'need');
    expect(items).toHaveLength(needs.length);
    const navLinks = byTag(tree, 'nav').flatMap(hrefsIn);
    for (const need of needs) {
      const id = slugify(need.title);
      const item = items.filter((li) => byTag(li, 'h2').some((h) => attr(h, 'id') === id));
      expect(item, need.title).toHaveLength(1);
      expect(byTag(item[0]!, 'h2').map(textOf), need.title).toEqual([need.title]);
      const professionLinks = descendants(item[0]!)
        .filter((e) => hasClass(e, 'need-professions'))
        .flatMap(hrefsIn)
        .map((h) => new URL(h ?? '', `http://site.invalid${path}`).pathname);
      expect(professionLinks, need.title).toEqual(need.professions.map((p) => `/professions/${p.profession}/`));
      expect(
        descendants(item[0]!).filter((e) => hasClass(e, 'need-urgent')),
        need.title,
      ).toHaveLength(need.urgent ? 1 : 0);
      expect(
        navLinks.filter((h) => h === `#${id}`),
        need.title,
      ).toHaveLength(1);
    }
    await internalLinksResolve(request, path, byTag(byTag(tree, 'main')[0]!, 'a'));
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

// A 360 x 740 phone: the answer to "how do I see one?" and its link to the full section are on
// the first screen of every profession page, with and without JavaScript.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`At a glance answers "how do I see one?" in the first screen (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
    test('on every profession page', async ({ page }) => {
      for (const p of professions) {
        await page.goto(`/professions/${p.slug}/`);
        const answer = page.locator('dl.glance').first().locator('dd').first();
        await expect(answer, p.slug).toContainText(p.access.inShort);
        const link = answer.locator('a[href="#how-to-see-one"]');
        await expect(link, p.slug).toHaveCount(1);
        const box = (await link.boundingBox())!;
        expect(box.y + box.height, `${p.slug}: bottom of the link`).toBeLessThanOrEqual(740);
        await link.click();
        await expect(page.locator('#how-to-see-one'), p.slug).toBeInViewport();
      }
    });
  });
}

test.describe('pay on every profession page', () => {
  for (const p of professions) {
    test(p.slug, async ({ request }) => {
      const tree = await fetchPage(request, `/professions/${p.slug}/`);
      const pay = withClass(tree, 'p', 'profession-pay');
      expect(pay).toHaveLength(1);
      const text = textOf(pay[0]!);
      if (p.pay.startingBand) {
        expect(text).toContain(`band ${p.pay.startingBand}`);
        // The starting and the top pay point of the band, each from content/figures.yaml with its date.
        const figures = byTag(pay[0]!, 'span').map((s) => attr(s, 'data-figure'));
        expect(figures[0]).toBe(`afc-band-${p.pay.startingBand}-0`);
        expect(figures[1]).toMatch(new RegExp(`^afc-band-${p.pay.startingBand}-[1-9]`));
        expect(text).toMatch(/£[\d,]+ \(from [A-Z][a-z]+ \d{4}\)/);
      } else expect(text).toContain(p.pay.note!);
      expect(hrefsIn(byTag(tree, 'main')[0]!)).toContain('/careers/pay-and-bands/');
    });
  }
});

test.describe('who can help says how to get seen for each need (JavaScript off)', () => {
  test.use({ javaScriptEnabled: false });

  test('each need says how to get seen and links to the How to see section of each profession', async ({ request }) => {
    const path = '/who-can-help/';
    const tree = await fetchPage(request, path);
    for (const need of needs) {
      const item = withClass(tree, 'li', 'need').find((li) => byTag(li, 'h2').some((h) => attr(h, 'id') === slugify(need.title)))!;
      const how = descendants(item).filter((e) => hasClass(e, 'need-how'));
      expect(how, need.title).toHaveLength(1);
      expect(textOf(how[0]!).replace(/\s+/g, ' ')).toContain(need.howToGetSeen);
      const howLinks = descendants(item)
        .filter((e) => hasClass(e, 'need-how-links'))
        .flatMap(hrefsIn);
      expect(howLinks, need.title).toEqual(need.professions.map((p) => `/professions/${p.profession}/#how-to-see-one`));
      if (need.urgent) {
        const urgent = descendants(item).filter((e) => hasClass(e, 'need-urgent'));
        expect(textOf(urgent[0]!)).toMatch(/999|111/);
        expect(
          hrefsIn(item).some((h) => h?.startsWith('https://www.nhs.uk/')),
          need.title,
        ).toBe(true);
      }
    }
    await internalLinksResolve(
      request,
      path,
      byTag(byTag(tree, 'main')[0]!, 'a').filter((a) => attr(a, 'href')?.includes('#how-to-see-one')),
    );
  });

  test('answers physio or osteopath for back pain, and what to do in a care home', async ({ page }) => {
    await page.goto('/who-can-help/');
    const back = page.locator('li.need', { has: page.locator('h2', { hasText: 'physiotherapist or osteopath?' }) });
    await expect(back.locator('.need-how')).toContainText('book and pay');
    await expect(back.locator('.need-urgent')).toContainText('bladder or bowel control');
    await expect(back.locator('a[href="https://www.nhs.uk/conditions/back-pain/"]')).toHaveCount(1);
    const care = page.locator('li.need', { has: page.locator('h2', { hasText: 'care home' }) });
    await expect(care).toContainText('coughs when they drink');
    await expect(care.locator('.need-how')).toContainText('care home staff');
    await expect(care.locator('.need-how-links a[href="/professions/speech-and-language-therapists/#how-to-see-one"]')).toHaveText(
      'How to see a speech and language therapist',
    );
    await expect(care.locator('a[href="https://www.nhs.uk/conditions/choking/"]')).toHaveCount(1);
  });
});

test.describe('the way to Who can help', () => {
  test('the home card "I want to know who can help me" opens it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'I want to know who can help me' }).click();
    await expect(page).toHaveURL(/\/who-can-help\/$/);
  });

  test('the main navigation leads to it, and the phone header stays within a fifth of the screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/professions/');
    const header = (await page.locator('header.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(740 * 0.2);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Who can help' }).click();
    await expect(page).toHaveURL(/\/who-can-help\/$/);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Who can help' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('the main navigation leads to it without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/');
    const header = (await page.locator('header.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(740 * 0.2);
    await page.getByRole('link', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Who can help' }).click();
    await expect(page).toHaveURL(/\/who-can-help\/$/);
    await context.close();
  });
});
