/**
 * Site search (/search/) against the real built Pagefind index: the agreed query set, filters,
 * the URL, the live region, hostile input, and the A to Z that stands in when search cannot run.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { blockSiteScripts, DIST, sitemapPaths, expectNoAxeViolations } from './helpers/site';
import { cleanQuery } from '../src/features/search/query';

interface QueryCase {
  q: string;
  /** One pattern, or several that must all be in the top 3 (a comparison names two pages). */
  expect: string | string[];
}
// The agreed query set (../shared/search-queries.json), copied into the repository so a fresh clone
// anywhere can run it; tests/unit/shared-copies.test.ts proves the copy still matches.
const readQueries = (file: string) =>
  (JSON.parse(readFileSync(resolve(process.cwd(), 'tests', 'fixtures', file), 'utf8')) as { queries: QueryCase[] }).queries;
const queries = readQueries('search-queries.json');
// Everyday sentences people type (../shared/search-sentences.json, copied and checked the same way).
const sentences = readQueries('search-sentences.json');
// Five more everyday sentences of our own (issue 22), beside the checked copy.
const everyday = readQueries('search-everyday.json');

const status = (page: Page) => page.locator('#search-status');
const resultLinks = (page: Page) => page.locator('#search-results > li h3 a');

/** Opens the search page with a query string and waits until the search has finished. */
async function searchFor(page: Page, query: string) {
  await page.goto(`/search/?${query}`);
  // The first search also fetches and starts the search engine, which takes longer on a busy machine.
  await expect(status(page)).not.toHaveText(/^$|^Searching…$/, { timeout: 20_000 });
}

test.describe('the agreed queries and everyday sentences find their page in the top 3', () => {
  // Queries run in batches, each in one browser page: a new page for every query loaded the
  // search engine and its index afresh each time, which took most of the time. Each query still
  // opens its own address; soft assertions let every query of a batch be checked, naming it.
  const all = [...queries, ...sentences, ...everyday];
  const BATCH = 8;
  for (let start = 0; start < all.length; start += BATCH) {
    const batch = all.slice(start, start + BATCH);
    test(`"${batch[0]!.q}" to "${batch.at(-1)!.q}": each finds its page`, async ({ page }) => {
      test.setTimeout(BATCH * 20_000);
      for (const { q, expect: expected } of batch) {
        const patterns = (Array.isArray(expected) ? expected : [expected]).map((e) => new RegExp(e, 'i'));
        await test.step(`"${q}" finds ${patterns.join(' and ')}`, async () => {
          await searchFor(page, `q=${encodeURIComponent(q)}`);
          await expect(status(page)).not.toHaveText('Searching…', { timeout: 20_000 });
          const top = await resultLinks(page).evaluateAll((links) =>
            links.slice(0, 3).map((a) => `${a.textContent ?? ''} ${a.getAttribute('href') ?? ''}`),
          );
          for (const pattern of patterns)
            expect
              .soft(
                top.some((t) => pattern.test(t)),
                `top 3 for "${q}" should match ${pattern}: ${top.join(' | ')}`,
              )
              .toBe(true);
        });
      }
    });
  }
});

test('each result shows its title, section, summary and a highlighted excerpt', async ({ page }) => {
  await searchFor(page, 'q=chiropodist');
  const first = page.locator('#search-results > li').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText('Podiatrists');
  await expect(first.getByRole('link', { name: 'Podiatrists' })).toHaveAttribute('href', /^\/professions\/podiatrists\/(#[\w-]+)?$/);
  await expect(first.locator('.meta')).toHaveText('Section: Professions');
  await expect(first.locator('p:not(.meta):not(.search-excerpt):not(.search-part)')).toContainText(/feet/i);
  await expect(first.locator('.search-excerpt mark').first()).toHaveText(/chiropod/i);
});

test('search terms are searchable but never shown: excerpts are sentences from the page', async ({ page }) => {
  await searchFor(page, 'q=SALT');
  const first = page.locator('#search-results > li').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText('Speech and language therapists');
  // The page's own words, not its list of search terms ("SLT, SALT, speech therapy, ...").
  await expect(first.locator('.search-excerpt')).not.toContainText('SALT');
  await expect(first.locator('.search-excerpt')).not.toHaveText(/\w+, \w+, \w+, \w+/);
  await page.goto('/professions/speech-and-language-therapists/');
  await expect(page.locator('main')).not.toContainText('Also searched for as');
  await expect(page.locator('main')).not.toContainText('SALT');
});

test('a mistyped word is respelt as the nearest word the hub has, and the status says so', async ({ page }) => {
  await searchFor(page, 'q=phsyio');
  await expect(status(page)).toHaveText(/^\d+ results? for “physio” \(you typed “phsyio”\)\.$/);
  await expect(resultLinks(page).first()).toHaveText('Physiotherapists');
  await expect(page.locator('#search-q')).toHaveValue('phsyio');
});

test('when no page has every word, fewer words are tried and the status says so', async ({ page }) => {
  await searchFor(page, `q=${encodeURIComponent("my dad can't walk after a fall")}`);
  // "dad" is on no page: it is left out, and the status names it.
  await expect(status(page)).toHaveText(/^\d+ results? for “my dad can't walk after a fall” \(no page has “dad”, so it was left out\)\.$/);
  await expect(resultLinks(page).first()).toHaveAttribute('href', /who-can-help|physiotherap/);
  // When no page has every word, pages with most of them are listed, and the status says so.
  await searchFor(page, `q=${encodeURIComponent('verruca dysphagia')}`);
  await expect(status(page)).toHaveText(/^\d+ results? for “verruca dysphagia” \(no page has every word you typed\)\.$/);
  // Words that carry no meaning are left out without comment.
  await searchFor(page, `q=${encodeURIComponent('speech after stroke')}`);
  await expect(status(page)).toHaveText(/^\d+ results for “speech after stroke”\.$/);
});

test('results appear as you type, and the count is announced in a polite live region', async ({ page }) => {
  await page.goto('/search/');
  await expect(status(page)).toHaveAttribute('role', 'status');
  await page.locator('#search-q').pressSequentially('chiropodist', { delay: 30 });
  await expect(status(page)).toHaveText('1 result for “chiropodist”.');
  await expect(resultLinks(page)).toHaveText(['Podiatrists']);
  await page.locator('#search-q').fill('wxwxwx');
  await expect(status(page)).toHaveText('No results for “wxwxwx”.');
  await expect(resultLinks(page)).toHaveCount(0);
  await expect(page.locator('[data-when="no-results"]')).toBeVisible();
});

test('filters narrow the results, show counts, and stay in the URL', async ({ page }) => {
  await searchFor(page, 'q=therapy');
  const all = Number(/^(\d+) results/.exec((await status(page).textContent()) ?? '')?.[1]);
  await page.getByText('Filter the results').click();
  const professions = page.getByRole('checkbox', { name: /^Professions \(\d+\)$/ });
  const label = (await professions.evaluate((box: HTMLInputElement) => box.labels?.[0]?.textContent)) ?? '';
  const counted = Number(/\((\d+)\)/.exec(label)?.[1]);
  expect(counted).toBeGreaterThan(0);
  expect(counted).toBeLessThan(all);

  await professions.check();
  await expect(status(page)).toHaveText(`${counted} results for “therapy” with the chosen filters.`);
  await expect(page).toHaveURL(/[?&]q=therapy(&|$)/);
  await expect(page).toHaveURL(/[?&]section=Professions(&|$)/);
  for (let shown = 5; shown < counted; shown += 10) {
    await page.locator('#search-more').click();
    await expect(resultLinks(page)).toHaveCount(Math.min(shown + 10, counted));
  }
  await expect(page.locator('#search-results > li .meta')).toHaveText(Array(counted).fill('Section: Professions'));
  // Every filter in the index is offered.
  await expect(page.locator('#search-filter-groups legend')).toHaveText(['Section', 'Profession', 'Topic', 'Type of resource']);

  await page.getByRole('button', { name: 'Remove all filters' }).click();
  await expect(status(page)).toHaveText(`${all} results for “therapy”.`);
  await expect(page).not.toHaveURL(/section=/);
});

test('a search restores from its URL, and typing keeps the URL up to date', async ({ page }) => {
  await searchFor(page, 'q=feet&section=Professions');
  await expect(page.locator('#search-q')).toHaveValue('feet');
  await expect(page.getByRole('checkbox', { name: /^Professions \(/ })).toBeChecked();
  await expect(page.locator('#search-filters')).toHaveAttribute('open', '');
  await expect(page.locator('#search-results > li .meta').first()).toHaveText('Section: Professions');

  await page.locator('#search-q').fill('foot pain');
  await expect(status(page)).toContainText('“foot pain”');
  await expect(page).toHaveURL(/\/search\/\?q=foot\+pain&section=Professions$/);
  const before = await status(page).textContent();
  await page.reload();
  await expect(page.locator('#search-q')).toHaveValue('foot pain');
  await expect(status(page)).toHaveText(before ?? '', { timeout: 20_000 });
  await expect(page.getByRole('checkbox', { name: /^Professions \(/ })).toBeChecked();
});

test('filter values the index does not have are dropped, not used to hide everything', async ({ page }) => {
  const markup = encodeURIComponent('<img src=x onerror="window.__injected=1">');
  await searchFor(page, `q=podiatrists&section=Nonsense&topic=${markup}`);
  await expect(resultLinks(page).first()).toHaveText('Podiatrists');
  await expect(page).not.toHaveURL(/Nonsense|onerror/);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

test('the keyboard reaches every result: "Show more results" moves focus to the first new one', async ({ page }) => {
  await searchFor(page, 'q=health');
  await expect(resultLinks(page)).toHaveCount(5);
  await expect(page.locator('#search-more')).toHaveText(/^Show more results \(5 of \d+ shown\)$/);
  await page.locator('#search-more').focus();
  await page.keyboard.press('Enter');
  await expect(resultLinks(page)).toHaveCount(15);
  await expect(resultLinks(page).nth(5)).toBeFocused();
});

test.describe('hostile and odd input is handled without errors or injected markup', () => {
  const cases: { name: string; q: string; expectStatus: RegExp; noResults?: boolean }[] = [
    {
      name: 'an image with an onerror handler',
      q: '<img src=x onerror="window.__injected=1">',
      // "img" is on no page, so the status may add that it was left out; what was typed is shown as text either way.
      expectStatus: /for “<img src=x onerror="window.__injected=1">”( \(no page has “img”, so it was left out\))?\.$/,
    },
    { name: 'a script element', q: '<script>window.__injected=1</script>', expectStatus: /for “<script>window.__injected=1<\/script>”\.$/ },
    {
      name: 'an attribute break-out',
      q: '"><svg onload="window.__injected=1">',
      expectStatus: /for “"><svg onload="window.__injected=1">”\.$/,
    },
    {
      name: 'punctuation only',
      q: '?!.,;:-()',
      expectStatus: /punctuation and emoji on their own cannot be searched for/,
      noResults: true,
    },
    { name: 'emoji only', q: '🦶🏽💪', expectStatus: /punctuation and emoji on their own cannot be searched for/, noResults: true },
    {
      name: 'a 1,000-character query',
      q: 'wxwx '.repeat(200),
      expectStatus: /^Your search was very long, so only its first 200 characters were used\. No results for “(wxwx ?)+”\.$/,
      noResults: true,
    },
  ];
  for (const { name, q, expectStatus, noResults } of cases) {
    test(name, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await searchFor(page, `q=${encodeURIComponent(q)}`);
      await expect(status(page)).toHaveText(expectStatus);
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
      await expect(page.locator('main img, main svg, main script:not([src])')).toHaveCount(0);
      // The box shows what was asked for, as text, shortened if it was too long.
      await expect(page.locator('#search-q')).toHaveValue(q.length > 200 ? cleanQuery(q).text : q);
      if (noResults) {
        // The page suggests where to go instead.
        await expect(page.locator('[data-when="no-results"]')).toBeVisible();
        await expect(page.locator('#search-help').getByRole('link', { name: 'Professions' })).toBeVisible();
        await expect(page.locator('#a-to-z')).toHaveAttribute('open', '');
      }
      expect(errors).toEqual([]);
    });
  }

  test('an empty query shows the A to Z and sections, and searches for nothing', async ({ page }) => {
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefind.push(r.url());
    });
    await page.goto('/search/?q=');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#search-help').getByRole('link', { name: 'Careers' })).toBeVisible();
    await expect(page.locator('#a-to-z')).toHaveAttribute('open', '');
    await expect(status(page)).toHaveText('');
    expect(pagefind).toEqual([]);
    await page.locator('#search-q').press('Enter');
    await expect(status(page)).toHaveText(/^Type a word to search/);
    await expect(resultLinks(page)).toHaveCount(0);
  });
});

test('the search page is not in the index', async ({ page }) => {
  await searchFor(page, `q=${encodeURIComponent('A to Z of every page')}`);
  expect(await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).not.toContain('/search/');
});

test('no Pagefind file is requested when other pages first load', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  for (const path of ['/', '/professions/', '/professions/podiatrists/', '/search/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  // Starting to search is what fetches them.
  await page.locator('#search-q').focus();
  await expect.poll(() => requested.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
});

test('when the search files are blocked, the page says so and the A to Z is there', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await searchFor(page, 'q=physio');
  await expect(status(page)).toHaveText(/Search is not working just now/);
  await expect(page.locator('[data-when="failed"]')).toBeVisible();
  await expect(page.locator('[data-when="no-script"]')).toBeHidden();
  await expect(page.locator('#a-to-z')).toHaveAttribute('open', '');
  await expect(page.locator('#a-to-z').getByRole('link', { name: 'Physiotherapists' })).toBeVisible();
  await expect(page.locator('#search-results-area')).toBeHidden();
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form submits to the search page, which explains and lists every page A to Z', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the hub' }).first().fill('physio');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await expect(page).toHaveURL(/\/search\/\?q=physio$/);
    await expect(page.locator('[data-when="no-script"]')).toBeVisible();
    await expect(page.locator('[data-when="no-script"]')).toContainText('need JavaScript');
    await expect(page.locator('#a-to-z')).toHaveAttribute('open', '');
    await expect(page.locator('#a-to-z').getByRole('link', { name: 'Physiotherapists' })).toBeVisible();
  });

  test('the no-JavaScript message links to the words people search for, whose box suggests them as you type', async ({ page }) => {
    await page.goto('/search/?q=salt');
    // What was typed cannot be read from the address without script: the box starts empty.
    await expect(page.locator('#search-q')).toHaveValue('');
    await page.locator('[data-when="no-script"]').getByRole('link', { name: 'list of words people search for' }).click();
    await expect(page).toHaveURL(/\/search\/words\/$/);
    // The words are split by first letter over a few pages, each with its own words in its list and
    // its box's suggestions, and links between them; this one holds 0 to 9 and A to D.
    const ranges = page.getByRole('navigation', { name: 'Words by first letter' });
    await expect(ranges.locator('[aria-current="page"]')).toHaveText('0 to 9 and A to D');
    const box = page.locator('#words-q');
    await expect(box).toHaveAttribute('list', 'words-q-suggestions');
    const suggestions = page.locator('#words-q-suggestions option');
    // The first letters (without accents; "#" for a digit or symbol) of the suggestions and listed words outside the page's letters.
    const firstLetter = (text: string) => /^[A-Z]/.exec(text.trim().normalize('NFKD').toUpperCase())?.[0] ?? '#';
    const outside = async (letters: string) =>
      (
        await page
          .locator('#words-q-suggestions option, #search-words li a')
          .evaluateAll((els) => els.map((el) => el.getAttribute('value') ?? el.textContent ?? ''))
      )
        .map(firstLetter)
        .filter((l) => !letters.includes(l));
    expect(await suggestions.count()).toBeGreaterThan(100);
    expect(await outside('#ABCD')).toEqual([]);
    await expect(suggestions.and(page.locator('[value="SALT"]'))).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('it suggests the page titles and the words from 0 to 9 and A to D as you type');
    // Every word is on one of the pages, and the pages' lists add up to every word.
    const total = Number(/The (\d+) words are on/.exec((await page.getByRole('main').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(600);
    const seen = new Set<string>();
    for (const label of ['0 to 9 and A to D', 'E to O', 'P to Z']) {
      if (label !== '0 to 9 and A to D') await ranges.getByRole('link', { name: label, exact: true }).click();
      await expect(ranges.locator('[aria-current="page"]')).toHaveText(label);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Words people search for: ${label}`);
      const items = page.locator('#search-words li a');
      for (const [text, href] of await items.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')] as const))) {
        expect(seen.has(`${text} ${href}`), `${text} on two pages`).toBe(false);
        seen.add(`${text} ${href}`);
      }
    }
    expect(seen.size).toBe(total);
    await expect(page).toHaveURL(/\/search\/words\/p-z\/$/);
    await expect(page.locator('#words-q')).toHaveAttribute('list', 'words-q-suggestions');
    expect(await outside('PQRSTUVWXYZ')).toEqual([]);
    await expect(suggestions.and(page.locator('[value="SALT"]'))).toHaveAttribute('label', 'Speech and language therapists');
    await expect(suggestions.and(page.locator('[value="Podiatrists"]'))).toHaveAttribute('label', 'Professions');
    // The list of search words leads from each word to its page.
    const salt = page
      .locator('#search-words li')
      .filter({ has: page.getByRole('link', { name: 'SALT: Speech and language therapists', exact: true }) });
    await expect(salt).toHaveText('SALT: Speech and language therapists');
    await salt.getByRole('link').click();
    await expect(page).toHaveURL(/\/professions\/speech-and-language-therapists\/$/);
  });

  test('the A to Z lists every page that search can find', async ({ page }) => {
    await page.goto('/search/');
    const listed = new Set(
      await page.locator('#a-to-z ul:not(.a-to-z-letters) a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    );
    // Pages left out of search (the search page, filtered listings) are reached through other pages instead.
    const searchable = sitemapPaths().filter((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('data-pagefind-body'));
    expect(searchable.length).toBeGreaterThan(20);
    expect(searchable.filter((p) => !listed.has(p))).toEqual([]);
    // Every letter link leads to its heading.
    for (const href of await page.locator('.a-to-z-letters a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      await expect(page.locator(href)).toHaveCount(1);
    }
  });
});

test.describe('accessibility of the search page (axe, WCAG 2.2 AA)', () => {
  test('with results and the filters open', async ({ page }) => {
    await searchFor(page, 'q=leadership');
    await expect(resultLinks(page).first()).toBeVisible();
    await page.getByText('Filter the results').click();
    await expectNoAxeViolations(page);
  });

  // axe cannot run in a page with JavaScript disabled; blocking the site's scripts gives the same page.
  test('without JavaScript', async ({ page }) => {
    await blockSiteScripts(page);
    await page.goto('/search/?q=physio');
    await expect(page.locator('[data-when="no-script"]')).toBeVisible();
    await expect(status(page)).toHaveText('');
    await expectNoAxeViolations(page);
  });

  test('with no results', async ({ page }) => {
    await searchFor(page, 'q=wxwxwx');
    await expect(status(page)).toHaveText('No results for “wxwxwx”.');
    await expect(page.locator('[data-when="no-results"]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('issue 22: reading people right, answering at once', () => {
  test('"Searching…" is said before the first wait, while the search files are still on their way', async ({ page }) => {
    // Hold every search file until the status has been read.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/search/');
    await page.locator('#search-q').fill('physio');
    await expect(status(page)).toHaveText('Searching…');
    release();
    await expect(status(page)).toHaveText(/^\d+ results? for “physio”\.$/, { timeout: 20_000 });
    // A shared link says it at once too.
    await page.goto('/search/?q=podiatrist');
    await expect(status(page)).toHaveText(/^(Searching…|\d+ results? for “podiatrist”\.)$/);
  });

  test('a shared link fetches the engine, its wasm, the filters, the word list and the first index chunk at once', async ({ page }) => {
    const requested: string[] = [];
    let engineArrived = false;
    let requestedBeforeEngine: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // The engine is held back a moment: everything else a first search needs must be asked for meanwhile.
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      requestedBeforeEngine = [...requested];
      engineArrived = true;
      await route.continue();
    });
    await searchFor(page, 'q=physio');
    expect(engineArrived).toBe(true);
    const before = requestedBeforeEngine.filter((p) => p.startsWith('/pagefind/'));
    expect(before).toEqual(
      expect.arrayContaining([
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-entry.json',
        expect.stringMatching(/^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/),
        expect.stringMatching(/^\/pagefind\/wasm\.[\w-]+\.pagefind$/),
        expect.stringMatching(/^\/pagefind\/filter\//),
        expect.stringMatching(/^\/pagefind\/index\//),
        expect.stringMatching(/^\/pagefind\/ahp-words\./),
      ]),
    );
    // Every filter file, not one after another.
    const filterFiles = new Set(requested.filter((p) => p.startsWith('/pagefind/filter/')));
    expect(before.filter((p) => p.startsWith('/pagefind/filter/')).length).toBe(filterFiles.size);
  });

  test.describe('with the service worker kept out', () => {
    // Once the worker controls the page, it fetches the search files itself, past page.route and the page's request events.
    test.use({ serviceWorkers: 'block' });

    // Typing can come before the rest of search (client-engine) has loaded, or after it has taken over the box.
    for (const when of ['before', 'after'] as const)
      test(`a query typed before the engine has arrived fetches its index chunk meanwhile (${when} the rest of search has loaded)`, async ({
        page,
      }) => {
        const requested: string[] = [];
        let requestedBeforeEngine: string[] = [];
        const chunkAskedFor = async () => {
          // Until the chunk for the typed word has been asked for (or 10 s, and the check below fails).
          for (let waited = 0; waited < 10_000 && !requested.some((p) => p.startsWith('/pagefind/index/')); waited += 100)
            await new Promise((resolve) => setTimeout(resolve, 100));
        };
        page.on('request', (r) => requested.push(new URL(r.url()).pathname));
        await page.route('**/pagefind/pagefind.js', async (route) => {
          await chunkAskedFor();
          requestedBeforeEngine = [...requested];
          await route.continue();
        });
        if (when === 'before')
          await page.route('**/_astro/client-engine.*.js', async (route) => {
            await chunkAskedFor();
            await route.continue();
          });
        await page.goto('/search/');
        const box = page.locator('#search-q');
        if (when === 'after') {
          const restOfSearch = page.waitForResponse((r) => /\/_astro\/client-engine\.[\w-]+\.js$/.test(r.url()));
          await box.focus();
          await restOfSearch;
          // The rest of search has taken over once it has added its "search for what you typed" line.
          await expect(page.locator('#search-status + p > button')).toBeAttached();
        }
        await box.fill('podiatrist');
        await expect(status(page)).toHaveText(/^\d+ results? for “podiatrist”\.$/, { timeout: 20_000 });
        expect(requestedBeforeEngine).toEqual(expect.arrayContaining([expect.stringMatching(/^\/pagefind\/index\//)]));
      });
  });

  test('the search page names its script’s chunks as modulepreload links, so they come with it, not after it', async ({ page }) => {
    const response = await page.goto('/search/');
    const html = (await response?.text()) ?? '';
    const script = /<script type="module" src="(\/_astro\/[^"]+)"/.exec(html)?.[1] ?? '';
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    const js = await (await page.request.get(script)).text();
    const imported = [...js.matchAll(/import\s*(?:[\w$*{}\s,]+?\s*from\s*)?"\.\/([^"]+)"/g)].map((m) => `/_astro/${m[1]}`);
    expect(imported.length).toBeGreaterThan(0);
    expect(preloaded).toEqual(expect.arrayContaining(imported));
  });

  test('a respelt query offers to search for what was typed instead', async ({ page }) => {
    await searchFor(page, 'q=phsyio');
    await expect(status(page)).toHaveText(/^\d+ results? for “physio” \(you typed “phsyio”\)\.$/);
    const instead = page.getByRole('button', { name: 'Search for “phsyio” instead' });
    await instead.click();
    await expect(status(page)).toHaveText(/^(No results|\d+ results?) for “phsyio”\.$/);
    await expect(instead).toBeHidden();
  });

  test('a word the hub has is never respelt ("teaching" stays "teaching")', async ({ page }) => {
    await searchFor(page, `q=${encodeURIComponent('teaching assistant')}`);
    await expect(status(page)).not.toContainText('you typed');
    await expect(status(page)).toContainText('teaching');
  });

  test('a long page opens at the section that matched, and says which', async ({ page }) => {
    await searchFor(page, `q=${encodeURIComponent('walking after a fall')}`);
    const first = page.locator('#search-results > li').first();
    await expect(first.getByRole('link')).toHaveAttribute('href', '/who-can-help/#walking-after-a-fall');
    await expect(first.locator('.search-part')).toHaveText('Opens at: Walking after a fall');
    // A profession's own page for its name alone opens at its top.
    await searchFor(page, 'q=physio');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/professions/physiotherapists/');
  });

  test('results are level-3 headings under a "Results" heading, and the page has one box per name', async ({ page }) => {
    await searchFor(page, 'q=physio');
    await expect(page.getByRole('heading', { level: 2, name: 'Results' })).toBeVisible();
    await expect(page.locator('#search-results h2')).toHaveCount(0);
    await expect(page.locator('#search-results > li > h3')).not.toHaveCount(0);
    const names = await page
      .getByRole('searchbox')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent?.trim()));
    expect(new Set(names).size).toBe(names.length);
    await page.goto('/no-such-page/');
    const missing = await page
      .getByRole('searchbox')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent?.trim()));
    expect(missing.length).toBe(2);
    expect(new Set(missing).size).toBe(2);
  });

  for (const value of ['constructor', '__proto__', 'toString']) {
    test(`a filter value named "${value}" does not hide every result`, async ({ page }) => {
      await searchFor(page, `q=physio&section=${value}&profession=${value}`);
      await expect(resultLinks(page).first()).toHaveText('Physiotherapists');
      await expect(page).not.toHaveURL(new RegExp(value));
    });
  }

  test('resource pages carry the profession filter; an "all professions" resource is under every profession', async ({ page }) => {
    await searchFor(page, 'q=leadership&section=Resources&profession=Orthoptists');
    const count = Number(/^(\d+) results?/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await expect(page.locator('#search-results > li .meta').first()).toHaveText('Section: Resources');
  });

  test('under Save-Data, focusing the box fetches nothing; a search fetches only when asked', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/search/');
    await page.locator('#search-q').focus();
    await page.waitForTimeout(500);
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#search-q').fill('physio');
    await expect(resultLinks(page).first()).toHaveText('Physiotherapists', { timeout: 20_000 });
  });
});
