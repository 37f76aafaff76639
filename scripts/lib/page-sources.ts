/**
 * Which file a built page, or a part of it, was made from, so check-site can name the file an
 * editor must change as well as the page: a collection entry's page comes from its MDX file (the
 * address through the section registry, src/lib/sections.ts), an entry listed on a hand-written
 * page from its YAML file (the glossary gives each term the id of its file), and any other page
 * from its template in src/pages.
 */
import { entryHref, PAGE_COLLECTIONS, type PageCollection } from '../../src/lib/sections.ts';

/** Hand-written pages that list a YAML collection, each entry under an element with the id of its file. */
const LISTED = { '/glossary/': 'glossary' } as const satisfies Record<string, string>;

/**
 * A lookup from a built page's path (and the id nearest before a finding on it) to its source
 * file, given every file's path from the project's root (content/... and src/pages/...).
 */
export function pageSources(files: readonly string[]): (page: string, near?: string) => string | undefined {
  const byPage = new Map<string, string>();
  const known = new Set(files);
  for (const file of files) {
    const entry = /^content\/([^/]+)\/(.+)\.mdx$/.exec(file);
    if (entry && (PAGE_COLLECTIONS as readonly string[]).includes(entry[1]!))
      byPage.set(entryHref(entry[1] as PageCollection, entry[2]!.toLowerCase()), file);
  }
  for (const file of files) {
    const template = /^src\/pages\/(.*?)(?:\/?index)?\.astro$/.exec(file);
    const page = template && !template[1]!.includes('[') ? (template[1] ? `/${template[1]}/` : '/') : undefined;
    if (page && !byPage.has(page)) byPage.set(page, file);
  }
  return (page, near) => {
    const folder = LISTED[page as keyof typeof LISTED];
    const listed = folder && near ? `content/${folder}/${near}.yaml` : undefined;
    return listed && known.has(listed) ? listed : byPage.get(page);
  };
}
