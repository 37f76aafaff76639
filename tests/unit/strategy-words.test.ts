/**
 * The strategy's own words (content/quotes/strategy/) against the strategy itself (seed 000):
 * every quotation is printed word for word under the heading its file names, and that heading's
 * section and pages are the ones the strategy's contents page gives. Every strategy part has a file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sharedPath, skipSharedChecks } from '../../scripts/lib/shared.ts';
import { contentsLines } from '../../src/lib/strategy-words';
import { STRATEGY_PARTS } from '../../src/lib/vocabulary';

interface Words {
  part: string;
  section: string;
  heading: string;
  page: number;
  lastPage?: number;
  quotations: string[];
  sources: { url?: string; seed?: string }[];
}
const DIR = join(process.cwd(), 'content', 'quotes', 'strategy');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const all = files.map((f) => ({ file: f, ...(parse(readFileSync(join(DIR, f), 'utf8')) as Words) }));
/** The strategy's text as a reader sees it: link targets and bold marks dropped, spaces collapsed. */
const plain = (s: string) =>
  s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ');

describe('the strategy’s own words', () => {
  it('every strategy part has two or three quotations, linked to the strategy on NHS England’s site', () => {
    expect(all.map((w) => w.part).sort()).toEqual(Object.keys(STRATEGY_PARTS).sort());
    for (const w of all) {
      expect(w.quotations.length, w.file).toBeGreaterThanOrEqual(2);
      expect(w.quotations.length, w.file).toBeLessThanOrEqual(3);
      expect(w.sources.map((s) => s.url)).toContain('https://www.england.nhs.uk/ahp/allied-health-professions-strategy-for-england/');
      expect(`${w.file}`).toBe(`${w.part}.yaml`);
    }
  });

  it.skipIf(skipSharedChecks)('each is printed word for word under its heading, on the pages the contents page gives', () => {
    const seed = readFileSync(sharedPath('seeds', '000_b64a19f1b9dc009d.txt'), 'utf8');
    const start = seed.indexOf('\nContents\n');
    const contentsEnd = seed.indexOf('\nForeword\n', start);
    const contents = contentsLines(seed.slice(start, contentsEnd));
    const body = plain(seed.slice(contentsEnd));
    for (const w of all) {
      const at = contents.findIndex((c) => c.title === w.heading);
      expect(at, `${w.file}: heading not in the contents`).toBeGreaterThan(-1);
      // The section is the nearest "Section n." line above the heading in the contents.
      const section = contents
        .slice(0, at)
        .reverse()
        .find((c) => /^Section \d/.test(c.title));
      expect(section?.title, w.file).toBe(w.section);
      expect(w.page, w.file).toBe(contents[at]!.page);
      const nextPage = contents[at + 1]!.page;
      expect(w.lastPage ?? w.page, w.file).toBe(Math.max(w.page, nextPage - 1));
      // Each quotation sits between this heading and the next one in the body.
      const from = body.indexOf(` ${w.heading} `);
      const to = body.indexOf(` ${contents[at + 1]!.title.replace(/^Section (\d)\. .*/, 'Section $1 ')}`, from + 1);
      expect(from, `${w.file}: heading not found in the text`).toBeGreaterThan(-1);
      for (const q of w.quotations) {
        const found = body.indexOf(q, from);
        expect(found, `${w.file}: not word for word: ${q}`).toBeGreaterThan(from);
        if (to > -1) expect(found, `${w.file}: printed after the next heading: ${q}`).toBeLessThan(to);
      }
    }
  });
});
