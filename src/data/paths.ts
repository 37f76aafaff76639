/** Static paths for a written section: the entry called "index" is the section's landing page. */
import { getCollection, type CollectionEntry } from 'astro:content';

import type { ArticleCollection } from '../lib/sections';

export async function articlePaths<C extends ArticleCollection>(collection: C) {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.map((entry) => ({
    params: { slug: entry.id === 'index' ? undefined : entry.id },
    props: { entry },
  }));
}
