/**
 * What the search page knows about the hub's words when it is built, from the A to Z entries
 * (titles and search terms): the index of search words (each word people use, with the page
 * it leads to), which works without JavaScript (/search/words/ and the pages after it).
 */
import { letterOf, type AtoZEntry } from '../../lib/a-to-z';

export interface SearchWord {
  /** A word or phrase people search for, such as "SALT". */
  term: string;
  /** The page it leads to. */
  title: string;
  href: string;
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const same = (a: string, b: string) => collator.compare(a, b) === 0;

/** Every page's search terms, A to Z, each leading to its page; a term that is the page's own title is left out. */
export function searchWordIndex(entries: readonly AtoZEntry[]): SearchWord[] {
  const words: SearchWord[] = [];
  for (const { title, href, searchTerms = [] } of entries) {
    for (const term of searchTerms) {
      const clean = term.trim();
      if (clean === '' || same(clean, title) || words.some((w) => w.href === href && same(w.term, clean))) continue;
      words.push({ term: clean, title, href });
    }
  }
  return words.sort((a, b) => collator.compare(a.term, b.term) || collator.compare(a.title, b.title));
}

/** One page of the index of search words: the words and page titles whose first letter it covers. */
export interface WordRange {
  /** The last part of its address ('' for /search/words/ itself), as in "p-z". */
  slug: string;
  /** Its letters for people, as in "P to Z". */
  label: string;
  /** The first and last letter it covers; words starting with a digit or symbol go in the first range. */
  from: string;
  to: string;
}

/**
 * The pages the index of search words is split over, so each page's first visit arrives in one
 * round trip (issue 25: 14 KB). All 679 words on one page were 13 KB of HTML; these three cut them
 * into about 5.6 to 6.1 KB each (December 2026). If one grows past its budget, split it: an
 * address once published stays, so add the new range after it rather than moving the others.
 */
export const WORD_RANGES: readonly WordRange[] = [
  { slug: '', label: '0 to 9 and A to D', from: 'A', to: 'D' },
  { slug: 'e-o', label: 'E to O', from: 'E', to: 'O' },
  { slug: 'p-z', label: 'P to Z', from: 'P', to: 'Z' },
];

/** The address of a range's page. */
export const rangeHref = (range: WordRange) => (range.slug === '' ? '/search/words/' : `/search/words/${range.slug}/`);

/** The range a word or title is filed under, by its first letter without accents (digits and symbols in the first). */
export function rangeOf(text: string, ranges: readonly WordRange[] = WORD_RANGES): WordRange {
  const letter = letterOf(text);
  const found = letter.length === 1 ? ranges.find((r) => r.from <= letter && letter <= r.to) : ranges[0];
  if (!found) throw new Error(`No range of search words holds "${text}" (letter ${letter}).`);
  return found;
}

export interface WordPage {
  range: WordRange;
  /** Its search words, A to Z, each leading to its page. */
  words: SearchWord[];
  /** The titles of the pages whose names start in its range, which its box suggests with the words. */
  titles: AtoZEntry[];
}

/** The index of search words cut into its ranges: every word (A to Z) and every title (in the order given) on exactly one page. */
export function wordPages(entries: readonly AtoZEntry[], ranges: readonly WordRange[] = WORD_RANGES): WordPage[] {
  const pages = ranges.map((range) => ({ range, words: [] as SearchWord[], titles: [] as AtoZEntry[] }));
  const pageOf = (text: string) => pages[ranges.indexOf(rangeOf(text, ranges))]!;
  for (const word of searchWordIndex(entries)) pageOf(word.term).words.push(word);
  for (const entry of entries) pageOf(entry.title).titles.push(entry);
  return pages;
}
