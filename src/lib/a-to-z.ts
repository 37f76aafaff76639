/**
 * The A to Z of every page in the hub, built when the site is built: every entry of the
 * collections that have pages, plus the pages written by hand in src/pages (both listed in
 * src/lib/sections.ts). It is what
 * the search page shows when search cannot run (no JavaScript, offline, blocked), so
 * nothing in the hub is unfindable. tests/search.spec.ts checks it against the sitemap.
 */
import { getCollection } from 'astro:content';
import { entryHref, HAND_WRITTEN, PAGE_COLLECTIONS, SECTION_INFO, sectionOf } from './sections';

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

/** Every page of the hub, A to Z: the hand-written pages and every entry of the collections of pages (src/lib/sections.ts). */
export async function atoZEntries(): Promise<AtoZEntry[]> {
  // The search page shows the A to Z itself, so it does not list itself.
  const pages = Object.values(HAND_WRITTEN).filter((page) => page.href !== HAND_WRITTEN.search.href);
  const entries: AtoZEntry[] = pages.map((page) => ({
    title: 'listedAs' in page ? page.listedAs : page.title,
    href: page.href,
    section: 'section' in page ? SECTION_INFO[page.section].label : undefined,
  }));
  for (const collection of PAGE_COLLECTIONS) {
    const section = SECTION_INFO[sectionOf(collection)].label;
    for (const entry of await getCollection(collection)) {
      const searchTerms = 'searchTerms' in entry.data ? entry.data.searchTerms : undefined;
      entries.push({ title: entry.data.title, href: entryHref(collection, entry.id), section, searchTerms });
    }
  }
  return sortByTitle(entries);
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
