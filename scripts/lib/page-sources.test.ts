import { describe, expect, it } from 'vitest';
import { pageSources } from './page-sources';

const sourceOf = pageSources([
  'content/careers/cpd.mdx',
  'content/careers/index.mdx',
  'content/resources/job-planning-guide.mdx',
  'content/glossary/hcpc.yaml',
  'content/needs/swallowing.yaml',
  'src/pages/index.astro',
  'src/pages/glossary.astro',
  'src/pages/professions/index.astro',
  'src/pages/professions/[slug].astro',
  'src/pages/strategy/voices.astro',
]);

describe('pageSources', () => {
  it('maps a collection entry’s page to its MDX file, a landing page to its index', () => {
    expect(sourceOf('/careers/cpd/')).toBe('content/careers/cpd.mdx');
    expect(sourceOf('/careers/')).toBe('content/careers/index.mdx');
    expect(sourceOf('/resources/job-planning-guide/')).toBe('content/resources/job-planning-guide.mdx');
  });

  it('maps a finding on the glossary to the file of the term it is under', () => {
    expect(sourceOf('/glossary/', 'hcpc')).toBe('content/glossary/hcpc.yaml');
    expect(sourceOf('/glossary/', 'letter-h')).toBe('src/pages/glossary.astro');
    expect(sourceOf('/glossary/')).toBe('src/pages/glossary.astro');
  });

  it('maps a hand-written page to its template, and knows no source for a page it cannot place', () => {
    expect(sourceOf('/')).toBe('src/pages/index.astro');
    expect(sourceOf('/professions/')).toBe('src/pages/professions/index.astro');
    expect(sourceOf('/strategy/voices/')).toBe('src/pages/strategy/voices.astro');
    expect(sourceOf('/professions/physiotherapists/')).toBeUndefined();
  });
});
