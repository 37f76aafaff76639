/**
 * The Content-Security-Policy and other security headers (public/_headers, applied by
 * scripts/serve.ts as a static host would): every interactive tool runs without a single policy
 * violation, and every response carries the headers. Every sitemap page is loaded under the
 * same watch in site.spec.ts.
 */
import { test, expect, type APIResponse } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, settle, sitemapPaths, watchPolicy } from './helpers/site';
import { downloadFrom } from './helpers/tools';

test('the policy watcher catches a violation (so the checks below can fail)', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto('/');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red }';
    document.head.append(style);
    document.body.setAttribute('onclick', 'void 0');
    document.body.click();
  });
  await expect.poll(() => violations.join('\n')).toMatch(/style-src/);
  expect(violations.join('\n')).toMatch(/script-src/);
});

test.describe('no Content-Security-Policy violation', () => {
  // Every page in the sitemap is checked as it is loaded in site.spec.ts; these two are not in it.
  test('on the offline page and the 404 page', async ({ page }) => {
    const violations = await watchPolicy(page);
    for (const path of ['/offline/', '/no-such-page/']) {
      await page.goto(path);
      await settle(page);
    }
    expect(violations).toEqual([]);
  });

  test('while searching, filtering results and showing more', async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Search all pages of the hub' }).fill('therapy');
    await expect(page.locator('#search-status')).toContainText(/result/, { timeout: 20_000 });
    await page.locator('#search-filters summary').click();
    await page.locator('#search-filter-groups input[type="checkbox"]').first().check();
    await expect(page.locator('#search-status')).toContainText(/result/);
    const more = page.getByRole('button', { name: 'Show more results' });
    if (await more.isVisible()) await more.click();
    await settle(page);
    expect(violations).toEqual([]);
  });

  test('while filtering the resources', async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto('/resources/');
    await page.getByLabel('Topic').selectOption('digital-and-data');
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await settle(page);
    expect(violations).toEqual([]);
  });

  test('while using a checklist tool: answering, exporting, clearing and importing', async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto('/greener/my-greener-actions/');
    const item = page.locator('.check-item').first();
    await item.getByLabel('Done', { exact: true }).check();
    await item.getByRole('textbox').fill('Switch off the monitors');
    const file = await (await downloadFrom(page, 'Export as CSV')).path();
    await page.getByRole('button', { name: 'Clear all answers' }).click();
    await page.getByRole('button', { name: 'Yes, clear all answers' }).click();
    await page.locator('#tool-import').setInputFiles(file);
    await expect(page.locator('#tool-status')).toContainText('Imported');
    await settle(page);
    expect(violations).toEqual([]);
  });
});

/** Pages whose HTML loads a script of their own (a tool or search), read from the build. */
function scriptedPages(): string[] {
  return sitemapPaths().filter((path) => /<script type="module"/.test(readFileSync(join(DIST, path, 'index.html'), 'utf8')));
}

test.describe('no Content-Security-Policy violation while using each scripted page', () => {
  // A generic workout for every tool, including ones added later: fill the text fields, choose
  // an option in each list, tick the first box of each group, and submit.
  for (const path of scriptedPages()) {
    test(path, async ({ page }) => {
      const violations = await watchPolicy(page);
      await page.goto(path);
      const main = page.locator('main');
      for (const field of await main
        .locator('input[type="text"]:visible, input[type="search"]:visible, input[type="number"]:visible, textarea:visible')
        .all())
        await field.fill('3');
      for (const list of await main.locator('select:visible').all()) {
        const values = await list.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        if (values.length > 1) await list.selectOption(values[1]!);
      }
      for (const box of await main.locator('input[type="radio"]:visible, input[type="checkbox"]:visible').all()) {
        const name = await box.getAttribute('name');
        if (!name || (await main.locator(`input[name="${name}"]:checked`).count()) === 0) await box.check();
      }
      const submit = main.locator('button[type="submit"]:visible').first();
      if ((await submit.count()) > 0) await submit.click();
      await settle(page);
      expect(violations).toEqual([]);
    });
  }
});

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const policy = headers['content-security-policy'];
  expect(policy, `${what}: Content-Security-Policy`).toBeTruthy();
  const csp = directives(policy!);
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  for (const [name, values] of csp) {
    expect(values, `${what}: ${name}`).not.toContain("'unsafe-inline'");
    expect(values, `${what}: ${name}`).not.toContain("'unsafe-eval'");
    expect(values, `${what}: ${name}`).not.toContain('*');
  }
  // Pagefind's WebAssembly is the one thing allowed beyond the site's own files.
  expect(csp.get('script-src'), what).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(csp.get('style-src'), what).toEqual(["'self'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(headers['strict-transport-security'], what).toMatch(/^max-age=(\d+)/);
  expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security']!)![1]), what).toBeGreaterThanOrEqual(31_536_000);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['permissions-policy'], what).toMatch(/camera=\(\)/);
  expect(headers['permissions-policy'], what).toMatch(/geolocation=\(\)/);
}

test('every kind of response carries the security headers, with the right cache rules', async ({ page, request }) => {
  await page.goto('/search/');
  const stylesheet = (await page.locator('link[rel="stylesheet"]').getAttribute('href'))!;
  const script = (await page.locator('script[type="module"]').first().getAttribute('src'))!;
  // Exact values: a path matched by two rules setting one header would get both values joined.
  const revalidate = 'public, max-age=0, must-revalidate';
  const immutable = 'public, max-age=31536000, immutable';
  const cases: [string, number, string][] = [
    ['/', 200, revalidate],
    ['/search/', 200, revalidate],
    ['/offline/', 200, revalidate],
    ['/no-such-page/', 404, revalidate],
    ['/sw.js', 200, revalidate],
    ['/sw-register.js', 200, revalidate],
    ['/favicon.svg', 200, revalidate],
    ['/resources.json', 200, revalidate],
    [stylesheet, 200, immutable],
    [script, 200, immutable],
    ['/pagefind/pagefind.js', 200, 'public, max-age=3600'],
    // A missing file where existing files are immutable: remembered as missing for no time at all.
    ['/_astro/no-such-file.js', 404, revalidate],
    // The host's own configuration is read, never served.
    ['/_headers', 404, revalidate],
    ['/_redirects', 404, revalidate],
  ];
  for (const [path, status, cache] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
    expect(response.headers()['cache-control'], path).toBe(cache);
  }
});

test('the local server answers malformed addresses with 400 and never redirects off the site', async ({ request }) => {
  const malformed = await request.get('/%E0%A4%A');
  expect(malformed.status()).toBe(400);
  expectSecurityHeaders(malformed, 'a malformed address');
  // Still serving after it.
  expect((await request.get('/')).status()).toBe(200);
  // "/.//resources" is the path "//resources": its redirect must not be the protocol-relative "//resources/".
  const redirect = await request.get('/.//resources', { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers()['location']).toBe('/resources/');
});

test('the local server answers only GET and HEAD, as a static host does', async ({ request }) => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS']) {
    const response = await request.fetch('/', { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()['allow'], method).toBe('GET, HEAD');
    expectSecurityHeaders(response, method);
  }
  const head = await request.fetch('/', { method: 'HEAD' });
  expect(head.status()).toBe(200);
  expect(await head.body()).toHaveLength(0);
});
