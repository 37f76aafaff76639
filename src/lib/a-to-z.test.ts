import { describe, expect, it } from 'vitest';
import { groupByLetter, handWrittenEntries, letterOf, sharedTitles, sortByTitle } from './a-to-z';
import { HAND_WRITTEN } from './sections';

const entry = (title: string, href = `/${title.toLowerCase().replace(/\W+/g, '-')}/`) => ({ title, href });

describe('the A to Z', () => {
  it('files titles under their first letter, ignoring case and accents', () => {
    expect(letterOf('physiotherapists')).toBe('P');
    expect(letterOf('Équipe')).toBe('E');
    expect(letterOf('14 professions')).toBe('0 to 9');
    expect(letterOf('“Quoted”')).toBe('0 to 9');
  });

  it('sorts titles alphabetically, case-insensitively and numbers in order', () => {
    const sorted = sortByTitle([entry('radiographers'), entry('Art therapists'), entry('Podiatrists'), entry('Part 10'), entry('Part 9')]);
    expect(sorted.map((e) => e.title)).toEqual(['Art therapists', 'Part 9', 'Part 10', 'Podiatrists', 'radiographers']);
  });

  it('groups sorted entries by letter, digits first, with a fragment id for each letter', () => {
    const groups = groupByLetter(
      sortByTitle([entry('Dietitians'), entry('Art therapists'), entry('2021 rapid review'), entry('Anti-racism')]),
    );
    expect(groups.map((g) => [g.letter, g.id, g.entries.map((e) => e.title)])).toEqual([
      ['0 to 9', 'a-to-z-digits', ['2021 rapid review']],
      ['A', 'a-to-z-a', ['Anti-racism', 'Art therapists']],
      ['D', 'a-to-z-d', ['Dietitians']],
    ]);
  });

  it('lists the pages written by hand with their search words and section, but not the search page itself', () => {
    const entries = handWrittenEntries(HAND_WRITTEN);
    expect(entries.map((e) => e.href)).not.toContain(HAND_WRITTEN.search.href);
    expect(entries).toHaveLength(Object.keys(HAND_WRITTEN).length - 1);
    const finder = entries.find((e) => e.href === HAND_WRITTEN.routeFinder.href);
    expect(finder).toEqual({
      title: 'Career route finder',
      href: '/careers/route-finder/',
      section: 'Careers',
      searchTerms: [...HAND_WRITTEN.routeFinder.searchTerms],
    });
    expect(finder?.searchTerms).toContain('career finder');
    expect(entries.find((e) => e.href === '/')?.title).toBe(HAND_WRITTEN.home.listedAs);
  });

  it('gives every page written by hand a description of its own', () => {
    const descriptions = Object.values(HAND_WRITTEN).map((p) => p.description);
    for (const d of descriptions) expect(d).toMatch(/^[A-Z].{20,}\.$/);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('finds the entries that share a title, which need their section to be told apart', () => {
    const entries = [
      { title: 'Overview', href: '/greener/' },
      { title: 'overview', href: '/strategy/' },
      { title: 'Glossary', href: '/glossary/' },
    ];
    expect([...sharedTitles(entries)].sort()).toEqual(['/greener/', '/strategy/']);
  });
});
