/** The 14 professions: one entry each, enough of our own prose, and routes data for every one. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { PROFESSIONS } from '../../src/lib/vocabulary';

const dir = (d: string) => join(process.cwd(), 'content', d);
const words = (s: string) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;

describe('professions', () => {
  it('has one entry and one routes file for each of the 14 professions', () => {
    expect(
      readdirSync(dir('professions'))
        .map((f) => f.replace(/\.mdx$/, ''))
        .sort(),
    ).toEqual([...PROFESSIONS].sort());
    expect(
      readdirSync(dir('routes'))
        .map((f) => f.replace(/\.yaml$/, ''))
        .sort(),
    ).toEqual([...PROFESSIONS].sort());
  });

  it.each(PROFESSIONS)('%s has at least 350 words of prose and the four sections', (slug) => {
    const body = splitFrontmatter(readFileSync(join(dir('professions'), `${slug}.mdx`), 'utf8'))?.body ?? '';
    expect(words(body.replace(/^#+ .*$/gm, ''))).toBeGreaterThanOrEqual(350);
    for (const heading of ['What they do', 'Who they help and when you might meet one', 'Where they work', 'Becoming one'])
      expect(body).toContain(`## ${heading}`);
  });

  it.each(PROFESSIONS)('%s routes file covers every way in', (slug) => {
    const data = parse(readFileSync(join(dir('routes'), `${slug}.yaml`), 'utf8')) as { profession: string; routes: { route: string }[] };
    expect(data.profession).toBe(slug);
    expect(data.routes.map((r) => r.route).sort()).toEqual(
      [
        'degree-apprenticeship',
        'overseas',
        'postgraduate-pre-registration',
        'return-to-practice',
        'support-worker',
        'undergraduate-degree',
      ].sort(),
    );
  });
});
