/**
 * Every title in Appendix 2 and 3 of AHPs Deliver has a resource entry that carries it, as its
 * title or as another name. The list in tests/fixtures/appendix-titles.json maps each title to
 * its entry; this test checks that list against the seed itself (where ../shared is beside the
 * repository, and always in CI), then against the content.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDataOf } from '../../src/lib/frontmatter';
import { appendixTitles } from '../../scripts/lib/appendix.ts';
import { skipSharedChecks } from '../../scripts/lib/shared.ts';

type Listing = { listed: string; resource: string };
const fixture = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/appendix-titles.json'), 'utf8')) as Record<string, Listing[]>;

const frontmatter = (id: string) => {
  const text = readFileSync(join(process.cwd(), 'content/resources', `${id}.mdx`), 'utf8');
  return contentDataOf(`${id}.mdx`, text) as { title: string; alsoKnownAs?: string[]; listedIn: string };
};
const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();

describe.each(['appendix-2', 'appendix-3'])('%s', (appendix) => {
  it.skipIf(skipSharedChecks)('the fixture lists exactly the titles the seed lists (../shared)', () => {
    const seed = appendixTitles() as Record<string, string[]>;
    expect(fixture[appendix]!.map((l) => l.listed).sort()).toEqual([...seed[appendix]!].sort());
    expect(seed[appendix]!.length).toBeGreaterThan(appendix === 'appendix-2' ? 55 : 2);
  });

  it('every listed title is carried by its resource entry', () => {
    const ids = new Set(readdirSync(join(process.cwd(), 'content/resources')).map((f) => f.replace(/\.mdx$/, '')));
    for (const { listed, resource } of fixture[appendix]!) {
      expect(ids, `no resource file for "${listed}"`).toContain(resource);
      const fm = frontmatter(resource);
      const names = [fm.title, ...(fm.alsoKnownAs ?? [])].map(normal);
      const wanted = normal(
        listed.replace(/ - AHP North West \(ahpnw\.nhs\.uk\)$/, '').replace(/^COVID related outputs can be found here: /, ''),
      );
      expect(
        names.some((n) => n === wanted || n.startsWith(wanted) || wanted.startsWith(n)),
        `${resource} does not carry "${listed}"`,
      ).toBe(true);
    }
  });
});
