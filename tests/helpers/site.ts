/** Facts about the built site that browser tests share: its pages, read from the sitemap. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

/** The WCAG 2.0, 2.1 and 2.2 A and AA rule tags axe checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Makes a page behave as if JavaScript were unavailable while still letting axe run: the site
 * has no inline scripts (the CSP forbids them), so blocking its script files removes all of it.
 */
export async function blockSiteScripts(page: import('@playwright/test').Page): Promise<void> {
  await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
}
