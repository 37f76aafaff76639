/**
 * The A to Z of every page in the hub (read by src/data/read-a-to-z.ts): sorted by title and grouped
 * under letters. It is what the search page shows when search cannot run (no JavaScript, offline,
 * blocked), so nothing in the hub is unfindable; the glossary is grouped the same way.
 */
import { HAND_WRITTEN, SECTION_INFO, type HandWrittenPage } from './sections';

export interface AtoZEntry {
  title: string;
  href: string;
  /** The section's name, shown beside the title so pages with similar titles can be told apart. */
  section?: string | undefined;
  /** Other words people search for the page by (its searchTerms), for the search page's index of search words. */
  searchTerms?: string[] | undefined;
}

export interface AtoZGroup {
  /** The heading: a capital letter, or "0 to 9" for titles starting with a digit or symbol. */
  letter: string;
  /** A fragment id for the letter links. */
  id: string;
  entries: AtoZEntry[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

export function sortByTitle(entries: AtoZEntry[]): AtoZEntry[] {
  return [...entries].sort((a, b) => collator.compare(a.title, b.title) || a.href.localeCompare(b.href));
}

/** The letter a title is filed under: its first letter without accents, or "0 to 9". */
export function letterOf(title: string): string {
  const first = title.trim().normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '0 to 9';
}

/** Sorted entries grouped under their letters, in order, leaving out letters with no pages. */
export function groupByLetter(sorted: AtoZEntry[]): AtoZGroup[] {
  const groups: AtoZGroup[] = [];
  for (const entry of sorted) {
    const letter = letterOf(entry.title);
    let group = groups.find((g) => g.letter === letter);
    if (!group) {
      group = { letter, id: `a-to-z-${letter === '0 to 9' ? 'digits' : letter.toLowerCase()}`, entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  // Digits and symbols come first, as in a printed index.
  return groups.sort((a, b) => (a.letter === '0 to 9' ? -1 : b.letter === '0 to 9' ? 1 : a.letter.localeCompare(b.letter)));
}

/**
 * The A to Z entries of the pages written by hand (src/lib/sections.ts), with their search words,
 * so "career finder" leads to the route finder as an entry's search terms lead to it. The search
 * page shows the A to Z itself, so it does not list itself.
 */
export function handWrittenEntries(pages: Readonly<Record<string, HandWrittenPage>>): AtoZEntry[] {
  return Object.values(pages)
    .filter((page) => page.href !== HAND_WRITTEN.search.href)
    .map((page) => ({
      title: page.listedAs ?? page.title,
      href: page.href,
      section: page.section ? SECTION_INFO[page.section].label : undefined,
      searchTerms: page.searchTerms ? [...page.searchTerms] : undefined,
    }));
}

/**
 * The entries whose title another entry shares (ignoring case): only these need their section
 * beside them to be told apart. Naming every page's section would add to every visit of /search/,
 * whose first visit must arrive in one round trip.
 */
export function sharedTitles(entries: readonly AtoZEntry[]): ReadonlySet<string> {
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(e.title.toLowerCase(), (seen.get(e.title.toLowerCase()) ?? 0) + 1);
  return new Set(entries.filter((e) => seen.get(e.title.toLowerCase())! > 1).map((e) => e.href));
}
