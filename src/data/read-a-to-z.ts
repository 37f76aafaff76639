/**
 * The A to Z of every page in the hub, built when the site is built: every entry of the
 * collections that have pages, plus the pages written by hand in src/pages (both listed in
 * src/lib/sections.ts). tests/search.spec.ts checks it against the sitemap. Sorting and grouping
 * are src/lib/a-to-z.ts.
 */
import { getCollection } from 'astro:content';
import { handWrittenEntries, sortByTitle, type AtoZEntry } from '../lib/a-to-z';
import { entryHref, HAND_WRITTEN, PAGE_COLLECTIONS, SECTION_INFO, sectionOf } from '../lib/sections';

/** Every page of the hub, A to Z: the hand-written pages and every entry of the collections of pages (src/lib/sections.ts). */
export async function atoZEntries(): Promise<AtoZEntry[]> {
  const entries = handWrittenEntries(HAND_WRITTEN);
  for (const collection of PAGE_COLLECTIONS) {
    const section = SECTION_INFO[sectionOf(collection)].label;
    for (const entry of await getCollection(collection)) {
      const searchTerms = 'searchTerms' in entry.data ? entry.data.searchTerms : undefined;
      entries.push({ title: entry.data.title, href: entryHref(collection, entry.id), section, searchTerms });
    }
  }
  return sortByTitle(entries);
}
