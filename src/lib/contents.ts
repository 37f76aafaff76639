/**
 * The contents list at the top of a long page (Contents.astro): its level-2 headings in order,
 * from the Markdown (as Astro's render() reports them) and from the template around it.
 */

/** A heading as Astro's render() lists it: its level, its id and its text. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentsItem {
  href: string;
  text: string;
}

/**
 * The page's level-2 headings, the prose's first and then those its template adds after the
 * prose (`after`), each once, as in-page links.
 */
export function contentsOf(prose: readonly Heading[], after: readonly Heading[] = []): ContentsItem[] {
  const seen = new Set<string>();
  return [...prose, ...after]
    .filter((h) => h.depth === 2 && h.slug !== '' && !seen.has(h.slug) && seen.add(h.slug))
    .map((h) => ({ href: `#${h.slug}`, text: h.text.trim() }));
}
