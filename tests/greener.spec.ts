/**
 * Each Greener AHPs area page (a page with "What good looks like") shows at least one example from
 * a named organisation, linked to its public source and listed among the page's sources, or says
 * "None found" with the date it was searched for. Read from the served HTML (tests/helpers/html.ts).
 */
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { attr, byTag, descendants, fetchPage, hrefsIn, landmark, textOf, type Element } from './helpers/html';

const DIR = join(process.cwd(), 'content', 'greener');
const areas = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx') && readFileSync(join(DIR, f), 'utf8').includes('\n## What good looks like'))
  .map((f) => f.replace(/\.mdx$/, ''));
const EXAMPLE = 'An example from practice';

test('there are greener area pages to check', () => {
  expect(areas.length).toBeGreaterThanOrEqual(5);
});

for (const area of areas) {
  test(`/greener/${area}/ shows an example from a named organisation with its public source, or says none was found and when`, async ({
    request,
  }) => {
    const path = `/greener/${area}/`;
    const tree = await fetchPage(request, path);
    const all = descendants(tree);
    const heading = byTag(tree, 'h2').find((h) => textOf(h).trim() === EXAMPLE);
    expect(heading, `${path}: no "${EXAMPLE}" heading`).toBeDefined();
    // The section runs from its heading to the next h2.
    const start = all.indexOf(heading!);
    const next = all.findIndex((el, i) => i > start && el.tagName === 'h2');
    const section = all.slice(start + 1, next === -1 ? undefined : next).filter((el: Element) => el.tagName === 'p');
    const text = section.map(textOf).join(' ');
    const external = section.flatMap((p) => hrefsIn(p)).filter((h): h is string => !!h && h.startsWith('https://'));
    if (/None found/.test(text)) {
      expect(text, `${path}: "None found" needs the date of the search`).toMatch(/None found.*\d{1,2} \w+ 20\d\d/);
    } else {
      expect(text, `${path}: the example names its organisation`).toMatch(/(NHS|Trust|Foundation|Council|Hospital)/);
      expect(external.length, `${path}: the example links its public source`).toBeGreaterThan(0);
      const sources = hrefsIn(landmark(tree, 'region', 'Sources', path));
      for (const href of external) expect(sources, `${path}: ${href} is not in the page's sources`).toContain(href);
    }
    expect(attr(heading!, 'id')).toBeTruthy();
  });
}
