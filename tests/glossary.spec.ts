import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './helpers/site';

test('the glossary lists every term A to Z, each with its own address, and passes axe', async ({ page }) => {
  await page.goto('/glossary/');
  await expect(page.locator('h1')).toHaveText('Glossary');
  const hcpc = page.locator('dt#hcpc');
  await expect(hcpc).toContainText('Health and Care Professions Council');
  await expect(hcpc.locator('abbr')).toHaveText('HCPC');
  const terms = await page.locator('dl.glossary dt').allTextContents();
  // One term for each file in content/glossary.
  expect(terms).toHaveLength(readdirSync(join(process.cwd(), 'content', 'glossary')).filter((f) => f.endsWith('.yaml')).length);
  expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
  // The letters jump to their section.
  await page.getByRole('navigation', { name: 'Glossary letters' }).getByRole('link', { name: 'H', exact: true }).click();
  await expect(page).toHaveURL(/#a-to-z-h$/);
  await expectNoAxeViolations(page);
});

test('the first use of a term on a page links to its definition, and later uses do not', async ({ page }) => {
  await page.goto('/careers/');
  const terms = page.locator('main a.term');
  const hrefs = await terms.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(new Set(hrefs).size).toBe(hrefs.length); // each term once
  await expect(page.locator('main h1 a.term, main h2 a.term, main h3 a.term')).toHaveCount(0);

  // Keyboard: the link is reachable and leads to the highlighted definition.
  const preceptorship = page.locator('main a.term[href="/glossary/#preceptorship"]');
  await preceptorship.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#preceptorship$/);
  await expect(page.locator('dt#preceptorship')).toBeInViewport();
});

test('a short form is marked as an abbreviation with its full name', async ({ page }) => {
  await page.goto('/professions/dietitians/');
  const abbr = page.locator('main a.term[href="/glossary/#hcpc"] abbr');
  await expect(abbr).toHaveText('HCPC');
  await expect(abbr).toHaveAttribute('title', 'Health and Care Professions Council');
});

test('a term link says it leads to the glossary, to screen readers only', async ({ page }) => {
  await page.goto('/professions/physiotherapists/');
  // Its name in the accessibility tree ends "(glossary)": in a list of links it cannot be taken for the careers page.
  const term = page.getByRole('link', { name: 'degree apprenticeship (glossary)', exact: true });
  await expect(term).toHaveAttribute('href', '/glossary/#degree-apprenticeship');
  await expect(page.getByRole('link', { name: 'Degree apprenticeship', exact: true }).first()).toHaveAttribute(
    'href',
    '/careers/degree-apprenticeship/',
  );
  // On screen the link shows the term alone: the hint is clipped to a 1 px box.
  const hint = term.locator('.sr-only');
  await expect(hint).toHaveText(' (glossary)');
  expect(await hint.evaluate((e) => e.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  await term.focus();
  await expect(term).toBeFocused();
});
