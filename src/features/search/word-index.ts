/**
 * What the search page knows about the hub's words when it is built, from the A to Z entries
 * (titles and search terms): the index of search words (each word people use, with the page
 * it leads to), which works without JavaScript (/search/words/).
 */
import type { AtoZEntry } from '../../lib/a-to-z';

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
