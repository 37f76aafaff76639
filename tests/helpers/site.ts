/** Facts about the built site that browser tests share: its pages, read from the sitemap. */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { contactOf, TEST_CONTACT_URL, type Contact } from '../../src/lib/contact';

export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/** Every page path listed in the built sitemap(s), such as "/professions/". */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  if (paths.length === 0) throw new Error('The sitemap lists no pages: build the site first (npm run build).');
  return [...new Set(paths)].sort();
}

/** The contact address the tested build was made with: CONTACT_URL, or the test run's reserved one (scripts/test-all.ts). */
export const CONTACT: Contact = contactOf(process.env.CONTACT_URL ?? TEST_CONTACT_URL)!;

/** The WCAG 2.0, 2.1 and 2.2 A and AA rule tags axe checks. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The smallest screen WCAG 1.4.10 asks for. Some rules depend on the layout: target-size (links
 * that wrap onto lines close together) and scrollable-region-focusable (a table that only scrolls
 * when the screen is narrow) passed at Playwright's default 1280 x 720 and failed here.
 */
export const PHONE = { width: 320, height: 640 };

/** The rules whose result depends on the width of the screen, checked again on a wide one. */
export const LAYOUT_RULES = ['target-size', 'scrollable-region-focusable'];

/** axe-core's browser build, read once per test worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe into every page this `page` opens from now on, before the page's own scripts run.
 * Passing its source once as an init script made each check in the sitemap pass about half as
 * long as sending the source with every check (axe is half a megabyte of script); init scripts
 * come from the browser's debugging protocol, so the Content-Security-Policy does not block them.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: AXE_SOURCE });
}

/**
 * Runs axe on the page as it is now, for every WCAG 2.2 A and AA rule (or only `rules`), and
 * lists each violation with the elements that break it. axe runs inside the page (the hub has no
 * iframes to merge results from) and reports violations only, as passes are never read.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: axe.RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(
    (runOptions) => (window as unknown as { axe: typeof axe }).axe.run(document, runOptions).then((r) => r.violations),
    options,
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Expects axe to find no violation on the page as it is now (see `axeViolations`). */
export async function expectNoAxeViolations(page: Page, rules?: string[]): Promise<void> {
  expect(await axeViolations(page, rules)).toEqual([]);
}

/**
 * Makes a page behave as if JavaScript were unavailable while still letting axe run: the site
 * has no inline scripts (the CSP forbids them), so blocking its script files removes all of it.
 */
export async function blockSiteScripts(page: Page): Promise<void> {
  await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
}

/**
 * Collects every Content-Security-Policy violation on the page, across navigations: the
 * browser's securitypolicyviolation events (reported through a binding, which the policy does
 * not govern) and its console messages about the policy.
 */
export async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('reportPolicyViolation', (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportPolicyViolation: (t: string) => void }).reportPolicyViolation;
      void report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} at ${e.sourceFile || location.pathname}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

/**
 * Lets late violations arrive: scripts run on load, and the service worker registers after it.
 * Waits (polling, no fixed pause) until the page has a service worker registration, so the last
 * script to run has run; a violation it caused is reported in the same round trip.
 */
export const settle = async (page: Page) => {
  await page.waitForLoadState('load');
  await expect
    .poll(() =>
      page.evaluate(async () => !('serviceWorker' in navigator) || (await navigator.serviceWorker.getRegistration()) !== undefined),
    )
    .toBe(true);
};
