/**
 * The strategy section against its content files: the diagram of the strategy's shape, the
 * cross-links between strategy parts and the hub sections and pages that serve them (both ways),
 * the quotations, and the consultation figures against content/figures.yaml, where each is stated once.
 * Axe runs on every page in site.spec.ts, so it is not repeated here.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDataOf } from '../src/lib/frontmatter';
import { expectNoAxeViolations } from './helpers/site';
import { STRATEGY_LAYERS, STRATEGY_PARTS, type StrategyKind, type StrategyPart } from '../src/lib/vocabulary';
import { ARTICLE_COLLECTIONS, entryHref, sectionPath, type Section } from '../src/lib/sections';

const CONTENT = join(process.cwd(), 'content');

interface WrittenPage {
  file: string;
  href: string;
  strategyParts: StrategyPart[];
}
interface StrategyPage {
  id: string;
  part?: StrategyPart;
  sections?: Section[];
  figures?: string[];
}
interface Quote {
  file: string;
  text: string;
  attribution: string;
  strategyParts: StrategyPart[];
}
interface Figure {
  id: string;
  display: string;
  label: string;
}

const filesIn = (dir: string, ext: string) =>
  readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith(ext))
    .sort();

function frontmatter<T>(path: string): T {
  const data = contentDataOf(path, readFileSync(join(CONTENT, path), 'utf8'));
  if (!data) throw new Error(`${path} has no frontmatter`);
  return data as T;
}

const strategyPages: StrategyPage[] = filesIn('strategy', '.mdx').map((f) => ({
  id: f.replace(/\.mdx$/, ''),
  ...frontmatter<Omit<StrategyPage, 'id'>>(`strategy/${f}`),
}));
const partPages = strategyPages.filter((p): p is StrategyPage & { part: StrategyPart } => p.part !== undefined);

/** Written pages outside the strategy that can say which parts they serve: each collection's folder and addresses come from the registry. */
const writtenPages: WrittenPage[] = ARTICLE_COLLECTIONS.filter((c) => c !== 'strategy').flatMap((dir) =>
  filesIn(dir, '.mdx').map((f) => {
    const data = frontmatter<{ strategyParts?: StrategyPart[] }>(`${dir}/${f}`);
    return { file: `${dir}/${f}`, href: entryHref(dir, f.replace(/\.mdx$/, '')), strategyParts: data.strategyParts ?? [] };
  }),
);

const quotes: Quote[] = filesIn('quotes', '.yaml').map((f) => ({
  file: f,
  ...(parse(readFileSync(join(CONTENT, 'quotes', f), 'utf8')) as Omit<Quote, 'file'>),
}));
const figures = parse(readFileSync(join(CONTENT, 'figures.yaml'), 'utf8')) as Figure[];

const partHref = (part: StrategyPart) => `/strategy/${part}/`;
const partsOfKind = (kind: StrategyKind) => (Object.keys(STRATEGY_PARTS) as StrategyPart[]).filter((p) => STRATEGY_PARTS[p].kind === kind);
const hrefsIn = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test.describe('the diagram of the strategy on /strategy/', () => {
  test('is a nested list of the three layers that links to all 11 parts', async ({ page }) => {
    await page.goto('/strategy/');
    const diagram = page.getByRole('region', { name: 'The strategy at a glance' });
    // Its own text equivalent: lists and links, with no picture of text.
    await expect(diagram.locator('img, svg, canvas, object, [role="img"]')).toHaveCount(0);
    const layers = diagram.getByRole('list').first().locator(':scope > li');
    const kinds = Object.keys(STRATEGY_LAYERS) as StrategyKind[];
    await expect(layers).toHaveCount(kinds.length);
    for (const [i, kind] of kinds.entries()) {
      const layer = layers.nth(i);
      await expect(layer.locator('.layer-name')).toContainText(STRATEGY_LAYERS[kind].heading);
      const links = layer.getByRole('list').getByRole('link');
      await expect(links).toHaveText(partsOfKind(kind).map((p) => STRATEGY_PARTS[p].title));
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(partsOfKind(kind).map(partHref));
    }
    await expect(diagram.getByRole('link')).toHaveCount(Object.keys(STRATEGY_PARTS).length);
  });

  test('each box leads to the page of the part it names', async ({ page }) => {
    for (const part of Object.keys(STRATEGY_PARTS) as StrategyPart[]) {
      await page.goto('/strategy/');
      await page
        .getByRole('region', { name: 'The strategy at a glance' })
        .getByRole('link', { name: STRATEGY_PARTS[part].title, exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`${partHref(part)}$`));
      await expect(page.locator('h1')).toHaveText(STRATEGY_PARTS[part].title);
    }
  });
});

test.describe('strategy parts and the hub sections that serve them link both ways', () => {
  test('every part has a page that names the part', () => {
    expect(partPages.map((p) => p.part).sort()).toEqual(Object.keys(STRATEGY_PARTS).sort());
  });

  for (const { part, sections = [] } of partPages.filter((p) => (p.sections ?? []).length > 0)) {
    test(`${partHref(part)} links to its hub sections, and their written landing pages link back`, async ({ page }) => {
      await page.goto(partHref(part));
      const practice = page.getByRole('region', { name: 'Where the hub puts this into practice' });
      for (const section of sections) await expect(practice.locator(`a[href="${sectionPath(section)}"]`)).toHaveCount(1);
      // The professions A to Z and the resource catalogue are listings for every part, not written
      // pages, so only sections whose landing page is a written page are expected to link back.
      const writtenLandings = sections.filter((s) => writtenPages.some((w) => w.href === sectionPath(s)) || s === 'strategy');
      for (const section of writtenLandings) {
        await page.goto(sectionPath(section));
        await expect(page.locator(`main a[href="${partHref(part)}"]`).first()).toBeVisible();
      }
    });
  }

  for (const written of writtenPages.filter((w) => w.strategyParts.length > 0)) {
    test(`${written.href} links to the parts it serves, and each part page links back`, async ({ page }) => {
      await page.goto(written.href);
      const served = page.getByRole('complementary', { name: 'Part of the AHP strategy' });
      expect(await hrefsIn(page, '[aria-labelledby="strategy-links"] a')).toEqual(written.strategyParts.map(partHref));
      await expect(served).toBeVisible();
      for (const part of written.strategyParts) {
        await page.goto(partHref(part));
        const practice = page.getByRole('region', { name: 'Where the hub puts this into practice' });
        await expect(practice.locator(`a[href="${written.href}"]`)).toHaveCount(1);
      }
    });
  }

  test('a part page does not list itself as a part it serves', async ({ page }) => {
    await page.goto('/strategy/anti-racism/');
    await expect(page.locator('main a[href="/strategy/anti-racism/"]')).toHaveCount(0);
  });
});

test.describe('quotations', () => {
  test('/strategy/voices/ shows every quotation once as a blockquote with its attribution, under its main part', async ({ page }) => {
    await page.goto('/strategy/voices/');
    await expect(page.locator('main blockquote')).toHaveCount(quotes.length);
    for (const q of quotes) {
      const group = page.getByRole('region', { name: STRATEGY_PARTS[q.strategyParts[0]!].title, exact: true });
      const figure = group.locator('figure').filter({ has: page.locator('blockquote', { hasText: q.text }) });
      await expect(figure, q.file).toHaveCount(1);
      await expect(figure.locator('blockquote'), q.file).toHaveText(q.text);
      await expect(figure.locator('figcaption'), q.file).toHaveText(q.attribution);
    }
  });

  for (const { part } of partPages) {
    const expected = quotes.filter((q) => q.strategyParts.includes(part));
    test(`${partHref(part)} shows the ${expected.length} quotation(s) that speak to it, with attribution`, async ({ page }) => {
      await page.goto(partHref(part));
      const voices = page.getByRole('region', { name: "In people's own words" });
      await expect(voices.locator('figure > blockquote')).toHaveCount(expected.length);
      for (const q of expected) {
        const figure = voices.locator('figure').filter({ has: page.locator('blockquote', { hasText: q.text }) });
        await expect(figure.locator('figcaption'), q.file).toHaveText(q.attribution);
      }
    });
  }

  test('every quotation appears beside at least one part', () => {
    const shownSomewhere = quotes.filter((q) => q.strategyParts.some((p) => partPages.some((pp) => pp.part === p)));
    expect(shownSomewhere).toHaveLength(quotes.length);
  });
});

test.describe('consultation figures come from content/figures.yaml alone', () => {
  const page = strategyPages.find((p) => p.id === 'how-it-was-made');
  const shownIds = page?.figures ?? [];

  test('/strategy/how-it-was-made/ shows each named figure exactly as the data file states it', async ({ page: browser }) => {
    expect(shownIds.length).toBeGreaterThan(0);
    // Every consultation figure in the data file is on the page that explains the consultation.
    for (const f of figures.filter((f) => f.id.startsWith('consultation-'))) expect(shownIds).toContain(f.id);
    await browser.goto('/strategy/how-it-was-made/');
    const items = browser.getByRole('region', { name: 'In numbers' }).locator('[data-figure]');
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')))).toEqual(shownIds);
    for (const [i, id] of shownIds.entries()) {
      const figure = figures.find((f) => f.id === id);
      expect(figure, `figure ${id} is in content/figures.yaml`).toBeDefined();
      await expect(items.nth(i).locator('.figure-value')).toHaveText(figure!.display);
      await expect(items.nth(i).locator('.figure-label')).toHaveText(figure!.label);
    }
  });

  test('no strategy page restates a large consultation figure outside the figure grid', async ({ page: browser }) => {
    const large = figures.filter((f) => f.id.startsWith('consultation-') && Math.abs(Number(f.display.replace(/[^\d.]/g, ''))) >= 100);
    expect(large.length).toBeGreaterThan(0);
    const paths = ['/strategy/', '/strategy/voices/', ...strategyPages.filter((p) => p.id !== 'index').map((p) => `/strategy/${p.id}/`)];
    for (const path of paths) {
      await browser.goto(path);
      const prose = await browser.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-figure]').forEach((e) => e.remove());
        return copy.textContent ?? '';
      });
      for (const f of large) {
        const digits = f.display.replace(/[^\d]/g, '');
        const written = new RegExp(`(^|[^\\d,])${digits.replace(/\B(?=(\d{3})+$)/g, ',?')}(?![\\d,])`);
        expect(written.test(prose), `${path} restates "${f.display}" (${f.id}); show it from content/figures.yaml instead`).toBe(false);
      }
    }
  });
});

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['/strategy/', '/strategy/how-it-was-made/', '/strategy/voices/']) {
    test(`the diagram, figures and quotations on ${path} keep readable contrast`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page, ['color-contrast']);
    });
  }
});
