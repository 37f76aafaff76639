/**
 * The strategy section against its content files: the diagram of the strategy's shape, the
 * cross-links between strategy parts and the hub sections and pages that serve them (both ways),
 * the quotations, and the consultation figures against content/figures.yaml, where each is stated once.
 * All but the colour contrast checks read the served HTML (tests/helpers/html.ts): they are about
 * what the pages say and link to, and a browser page for each took most of this file's five minutes.
 * Axe runs on every page in site.spec.ts, so it is not repeated here.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDataOf } from '../src/lib/frontmatter';
import { expectNoAxeViolations } from './helpers/site';
import {
  attr,
  byTag,
  descendants,
  fetchPage,
  hasClass,
  hrefsIn,
  landmark,
  landmarks,
  shownIn,
  textOf,
  type Element,
  type Root,
} from './helpers/html';
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
/** The strategy's own words on each part (content/quotes/strategy/), one file per part. */
interface StrategyWords {
  part: StrategyPart;
  section: string;
  heading: string;
  page: number;
  lastPage?: number;
  quotations: string[];
  sources: { url?: string }[];
}
const strategyWords: StrategyWords[] = readdirSync(join(CONTENT, 'quotes', 'strategy'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(CONTENT, 'quotes', 'strategy', f), 'utf8')) as StrategyWords);

const partHref = (part: StrategyPart) => `/strategy/${part}/`;
const partsOfKind = (kind: StrategyKind) => (Object.keys(STRATEGY_PARTS) as StrategyPart[]).filter((p) => STRATEGY_PARTS[p].kind === kind);
/** Quotations are compared as a reader sees them, with runs of whitespace as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Each page's served HTML, fetched once per test worker: these tests read what the pages say and
 * link to, which needs no browser (see tests/helpers/html.ts), and many of them read the same part pages.
 */
const pages = new Map<string, Promise<Root>>();
function served(request: APIRequestContext, path: string): Promise<Root> {
  if (!pages.has(path)) pages.set(path, fetchPage(request, path));
  return pages.get(path)!;
}
function mainOf(tree: Root, path: string): Element {
  const main = byTag(tree, 'main');
  expect(main, `${path}: one main`).toHaveLength(1);
  return main[0]!;
}
/** The element's direct child elements. */
const childElements = (el: Element, tag: string) => el.children.filter((c): c is Element => c.type === 'element' && c.tagName === tag);

test.describe('the diagram of the strategy on /strategy/', () => {
  test('is a nested list of the three layers that links to all 11 parts', async ({ request }) => {
    const tree = await served(request, '/strategy/');
    const diagram = landmark(tree, 'region', 'The strategy at a glance', '/strategy/');
    // Its own text equivalent: lists and links, with no picture of text.
    expect(byTag(diagram, 'img', 'svg', 'canvas', 'object')).toHaveLength(0);
    expect(descendants(diagram).filter((el) => attr(el, 'role') === 'img')).toHaveLength(0);
    const layers = childElements(byTag(diagram, 'ol', 'ul')[0]!, 'li');
    const kinds = Object.keys(STRATEGY_LAYERS) as StrategyKind[];
    expect(layers).toHaveLength(kinds.length);
    for (const [i, kind] of kinds.entries()) {
      const layer = layers[i]!;
      // The layer's name is what it says outside its list of parts.
      const name = layer.children.filter((c): c is Element => c.type === 'element' && !['ul', 'ol'].includes(c.tagName));
      expect(name.map(textOf).join(' '), kind).toContain(STRATEGY_LAYERS[kind].heading);
      const links = byTag(byTag(layer, 'ul', 'ol')[0]!, 'a');
      expect(links.map(textOf), kind).toEqual(partsOfKind(kind).map((p) => STRATEGY_PARTS[p].title));
      expect(
        links.map((a) => attr(a, 'href')),
        kind,
      ).toEqual(partsOfKind(kind).map(partHref));
    }
    expect(byTag(diagram, 'a')).toHaveLength(Object.keys(STRATEGY_PARTS).length);
  });

  test('each box leads to the page of the part it names', async ({ request }) => {
    const diagram = landmark(await served(request, '/strategy/'), 'region', 'The strategy at a glance', '/strategy/');
    for (const part of Object.keys(STRATEGY_PARTS) as StrategyPart[]) {
      const box = byTag(diagram, 'a').filter((a) => textOf(a) === STRATEGY_PARTS[part].title);
      expect(box, part).toHaveLength(1);
      expect(attr(box[0]!, 'href'), part).toBe(partHref(part));
      const h1 = byTag(await served(request, partHref(part)), 'h1');
      expect(h1.map(textOf), partHref(part)).toEqual([STRATEGY_PARTS[part].title]);
    }
  });
});

test.describe('strategy parts and the hub sections that serve them link both ways', () => {
  test('every part has a page that names the part', () => {
    expect(partPages.map((p) => p.part).sort()).toEqual(Object.keys(STRATEGY_PARTS).sort());
  });

  for (const { part, sections = [] } of partPages.filter((p) => (p.sections ?? []).length > 0)) {
    test(`${partHref(part)} links to its hub sections, and their written landing pages link back`, async ({ request }) => {
      const tree = await served(request, partHref(part));
      const practice = landmark(tree, 'region', 'Where the hub puts this into practice', partHref(part));
      for (const section of sections)
        expect(
          hrefsIn(practice).filter((h) => h === sectionPath(section)),
          section,
        ).toHaveLength(1);
      // The professions A to Z and the resource catalogue are listings for every part, not written
      // pages, so only sections whose landing page is a written page are expected to link back.
      const writtenLandings = sections.filter((s) => writtenPages.some((w) => w.href === sectionPath(s)) || s === 'strategy');
      for (const section of writtenLandings) {
        const landing = sectionPath(section);
        const back = shownIn(
          mainOf(await served(request, landing), landing),
          (el) => el.tagName === 'a' && attr(el, 'href') === partHref(part),
        );
        expect(back.filter((l) => l.shown).length, `${landing} shows a link to ${partHref(part)}`).toBeGreaterThan(0);
      }
    });
  }

  for (const written of writtenPages.filter((w) => w.strategyParts.length > 0)) {
    test(`${written.href} links to the parts it serves, and each part page links back`, async ({ request }) => {
      const tree = await served(request, written.href);
      const box = landmark(tree, 'complementary', 'Part of the AHP strategy', written.href);
      expect(hrefsIn(box)).toEqual(written.strategyParts.map(partHref));
      expect(shownIn(tree, (el) => el === box)[0]?.shown, `${written.href}: the box is shown`).toBe(true);
      for (const part of written.strategyParts) {
        const practice = landmark(await served(request, partHref(part)), 'region', 'Where the hub puts this into practice', partHref(part));
        expect(
          hrefsIn(practice).filter((h) => h === written.href),
          partHref(part),
        ).toHaveLength(1);
      }
    });
  }

  test('a part page does not list itself as a part it serves', async ({ request }) => {
    const main = mainOf(await served(request, '/strategy/anti-racism/'), '/strategy/anti-racism/');
    expect(hrefsIn(main).filter((h) => h === '/strategy/anti-racism/')).toHaveLength(0);
  });
});

/** The figures in an element that hold a quotation, each with its quoted text and its caption. */
const quotationsIn = (el: Element) =>
  byTag(el, 'figure').flatMap((figure) =>
    childElements(figure, 'blockquote').map((quote) => ({
      text: textOf(quote),
      captions: byTag(figure, 'figcaption').map(textOf),
    })),
  );

test.describe('quotations', () => {
  test('/strategy/voices/ shows every quotation once as a blockquote with its attribution, under its main part', async ({ request }) => {
    const tree = await served(request, '/strategy/voices/');
    expect(byTag(mainOf(tree, '/strategy/voices/'), 'blockquote')).toHaveLength(quotes.length);
    for (const q of quotes) {
      const group = landmark(tree, 'region', STRATEGY_PARTS[q.strategyParts[0]!].title, '/strategy/voices/');
      const shown = quotationsIn(group).filter((f) => f.text.includes(spaced(q.text)));
      expect(shown, q.file).toHaveLength(1);
      expect(shown[0]!.text, q.file).toBe(spaced(q.text));
      expect(shown[0]!.captions, q.file).toEqual([spaced(q.attribution)]);
    }
  });

  for (const { part } of partPages) {
    const expected = quotes.filter((q) => q.strategyParts.includes(part));
    test(`${partHref(part)} shows the ${expected.length} quotation(s) that speak to it, with attribution`, async ({ request }) => {
      const voices = landmarks(await served(request, partHref(part)), 'region', "In people's own words");
      if (expected.length > 0) expect(voices, `${partHref(part)}: one region of quotations`).toHaveLength(1);
      const shown = voices.flatMap(quotationsIn);
      expect(shown).toHaveLength(expected.length);
      for (const q of expected) {
        const figure = shown.filter((f) => f.text.includes(spaced(q.text)));
        expect(figure, q.file).toHaveLength(1);
        expect(figure[0]!.captions, q.file).toEqual([spaced(q.attribution)]);
      }
    });
  }

  test('every quotation appears beside at least one part', () => {
    const shownSomewhere = quotes.filter((q) => q.strategyParts.some((p) => partPages.some((pp) => pp.part === p)));
    expect(shownSomewhere).toHaveLength(quotes.length);
  });
});

test.describe('the strategy’s own words', () => {
  for (const { part } of partPages) {
    test(`${partHref(part)} quotes AHPs Deliver word for word, with its section, page and a link to NHS England’s page, before our summary`, async ({
      request,
    }) => {
      const words = strategyWords.find((w) => w.part === part);
      expect(words, `${part}: no file in content/quotes/strategy/`).toBeDefined();
      const tree = await served(request, partHref(part));
      const regions = landmarks(tree, 'region', 'In the strategy’s own words');
      expect(regions).toHaveLength(1);
      const shown = quotationsIn(regions[0]!);
      expect(shown.map((f) => f.text)).toEqual(words!.quotations.map(spaced));
      const pages = words!.lastPage ? `pages ${words!.page} to ${words!.lastPage}` : `page ${words!.page}`;
      const section = /^Section (\d)/.exec(words!.section)![1];
      const url = words!.sources.find((s) => s.url)!.url!;
      expect(url).toBe('https://www.england.nhs.uk/ahp/allied-health-professions-strategy-for-england/');
      for (const f of shown) {
        expect(f.captions).toHaveLength(1);
        expect(spaced(f.captions[0]!)).toContain(`section ${section}, “${words!.heading}”, ${pages}.`);
      }
      for (const figure of byTag(regions[0]!, 'figure')) {
        expect(hrefsIn(figure)).toEqual([url]);
        expect(attr(byTag(figure, 'blockquote')[0]!, 'cite')).toBe(url);
      }
      // Beside our summary: after the one-line summary and before the page's own prose.
      const order = descendants(mainOf(tree, partHref(part)));
      const prose = order.find((el) => hasClass(el, 'prose'))!;
      expect(order.indexOf(regions[0]!)).toBeLessThan(order.indexOf(prose));
    });
  }
});

/** The text of an element without the elements `skip` picks out (and what is inside them). */
function textWithout(el: Element, skip: (el: Element) => boolean): string {
  const parts: string[] = [];
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (child.type === 'text') parts.push(child.value);
      else if (child.type === 'element' && !skip(child)) walk(child);
    }
  };
  walk(el);
  return parts.join('');
}

test.describe('consultation figures come from content/figures.yaml alone', () => {
  const page = strategyPages.find((p) => p.id === 'how-it-was-made');
  const shownIds = page?.figures ?? [];

  test('/strategy/how-it-was-made/ shows each named figure exactly as the data file states it', async ({ request }) => {
    expect(shownIds.length).toBeGreaterThan(0);
    // Every consultation figure in the data file is on the page that explains the consultation.
    for (const f of figures.filter((f) => f.id.startsWith('consultation-'))) expect(shownIds).toContain(f.id);
    const path = '/strategy/how-it-was-made/';
    const grid = landmark(await served(request, path), 'region', 'In numbers', path);
    const items = descendants(grid).filter((el) => attr(el, 'data-figure') !== undefined);
    expect(items.map((el) => attr(el, 'data-figure'))).toEqual(shownIds);
    for (const [i, id] of shownIds.entries()) {
      const figure = figures.find((f) => f.id === id);
      expect(figure, `figure ${id} is in content/figures.yaml`).toBeDefined();
      const part = (name: string) =>
        descendants(items[i]!)
          .filter((el) => hasClass(el, name))
          .map(textOf);
      expect(part('figure-value'), id).toEqual([figure!.display]);
      expect(part('figure-label'), id).toEqual([figure!.label]);
    }
  });

  test('no strategy page restates a large consultation figure outside the figure grid', async ({ request }) => {
    const large = figures.filter((f) => f.id.startsWith('consultation-') && Math.abs(Number(f.display.replace(/[^\d.]/g, ''))) >= 100);
    expect(large.length).toBeGreaterThan(0);
    const paths = ['/strategy/', '/strategy/voices/', ...strategyPages.filter((p) => p.id !== 'index').map((p) => `/strategy/${p.id}/`)];
    for (const path of paths) {
      const prose = textWithout(mainOf(await served(request, path), path), (el) => attr(el, 'data-figure') !== undefined);
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
