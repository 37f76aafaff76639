/** The repository of AHPs into Action outputs: static filters, instant filters, open data. */
import { test, expect } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expectNoAxeViolations, blockSiteScripts } from './helpers/site';

const count = (page: import('@playwright/test').Page) => page.locator('#resource-list > li:visible').count();

test.describe('with JavaScript', () => {
  test('filters instantly, combines filters, keeps them in the URL and announces the count', async ({ page }) => {
    await page.goto('/resources/');
    const total = await count(page);
    expect(total).toBeGreaterThan(55);
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
    for (const li of await page.locator('#resource-list > li:visible').all()) {
      await expect(li).toHaveAttribute('data-topic', /(^| )digital-and-data( |$)/);
      await expect(li).toHaveAttribute('data-profession', /(^| )all( |$)/);
    }
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(page).toHaveURL(/\/resources\/$/);
    expect(await count(page)).toBe(total);
  });

  test('a shared filtered URL restores the same view', async ({ page }) => {
    await page.goto('/resources/?type=quick-guide');
    await expect(page.getByLabel('Type')).toHaveValue('quick-guide');
    const shown = await count(page);
    expect(shown).toBeGreaterThan(0);
    for (const li of await page.locator('#resource-list > li:visible').all()) await expect(li).toHaveAttribute('data-type', 'quick-guide');
  });

  test('unknown filter values show the full list with a clear note', async ({ page }) => {
    await page.goto('/resources/');
    const total = await count(page);
    await page.goto('/resources/?topic=astrology&type=%3Cscript%3E');
    await expect(page.locator('#filter-note')).toContainText('could not use the filter');
    await expect(page.locator('#filter-note')).toContainText('astrology');
    expect(await count(page)).toBe(total);
    expect(await page.locator('#filter-note script').count()).toBe(0);
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('everything on digital and data, or for paramedics, is two clicks from the home page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'I am an AHP or a leader' }).click();
    await expect(page).toHaveURL(/\/resources\/$/);
    await expect(page.locator('#resource-filters')).toBeHidden();
    await page.getByText('By topic').click();
    await page.getByRole('link', { name: 'Digital and data', exact: true }).click();
    await expect(page).toHaveURL(/\/resources\/topic\/digital-and-data\/$/);
    const shown = await page.locator('#resource-list > li').count();
    expect(shown).toBeGreaterThan(0);
    await expect(page.locator('#result-count')).toContainText(`${shown} of`);

    await page.goto('/resources/');
    await page.getByText('By profession').click();
    await page.getByRole('link', { name: 'Paramedics', exact: true }).click();
    await expect(page).toHaveURL(/\/resources\/profession\/paramedics\/$/);
    expect(await page.locator('#resource-list > li').count()).toBeGreaterThan(0);
  });
});

test('a filtered static page and a resource page pass axe with scripts blocked', async ({ page }) => {
  await blockSiteScripts(page);
  for (const path of ['/resources/', '/resources/topic/digital-and-data/']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test('a resource page links to the publisher clearly and lists its series in order', async ({ page }) => {
  await page.goto('/resources/covid-caring-update-2/');
  const series = page.getByRole('heading', { name: /The series/ });
  await expect(series).toBeVisible();
  const items = page.locator('section[aria-labelledby="series-heading"] li');
  expect(await items.count()).toBe(5);
  await expect(items.nth(1)).toContainText('(this resource)');
  await page.goto('/resources/ahp-leadership-in-trusts/');
  await expect(page.getByRole('link', { name: /on the publisher’s site/ })).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('main')).toContainText('Allied Health Professions leadership in trusts: what exists and what matters');
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
  expect(data.length).toBeGreaterThan(55);
  expect(validate([{ ...data[0], type: 'poem' }])).toBe(false);
  expect(validate([{ ...data[0], nextReview: 'soon' }])).toBe(false);
});

test('the Atom feed lists every resource', async ({ request }) => {
  const response = await request.get('/resources/feed.xml');
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  const data = await (await request.get('/resources.json')).json();
  expect(xml.match(/<entry>/g)?.length).toBe(data.length);
});
