/** Build-time view of the repository: every resource with its facets, and labelled facet values. */
import { getCollection } from 'astro:content';
import { resources, type Resource } from './content';
import { FACETS, FACET_LABELS, facetValues, facetsOf, listingKey, type Facet, type FacetValue, type Facetted } from './resource-filters';
import { firstSentence } from './one-line';
import { replacementOf, type Replacement } from './resource-status';
import { slugify } from './vocabulary';

export interface CatalogueItem {
  entry: Resource;
  facets: Facetted;
  /** The summary's first sentence, for the list. */
  oneLine: string;
  /** For a superseded resource: what replaced it and where to read it. */
  replacement: Replacement | undefined;
}

export interface Catalogue {
  items: CatalogueItem[];
  values: Record<Facet, FacetValue[]>;
  label: (facet: Facet, slug: string) => string;
}

export async function catalogue(): Promise<Catalogue> {
  const all = await resources();
  const professionTitles = new Map((await getCollection('professions')).map((p) => [p.id, p.data.title]));
  const publisherNames = new Map(all.map((r) => [slugify(r.data.publisher), r.data.publisher]));
  const label = (facet: Facet, slug: string): string => {
    if (facet === 'publisher') return publisherNames.get(slug) ?? slug;
    if (facet === 'profession' && professionTitles.has(slug)) return professionTitles.get(slug)!;
    return FACET_LABELS[facet](slug);
  };
  const listed = all.map((r) => ({ id: r.id, title: r.data.title, alsoKnownAs: r.data.alsoKnownAs }));
  const items = all
    .map((entry) => ({
      entry,
      facets: facetsOf(entry.data),
      oneLine: firstSentence(entry.data.summary),
      replacement: replacementOf(entry.data.supersededBy, listed),
    }))
    .sort((a, b) => listingKey(a.entry.data).localeCompare(listingKey(b.entry.data), 'en-GB'));
  const facetted = items.map((i) => i.facets);
  const values = Object.fromEntries(FACETS.map((f) => [f, facetValues(facetted, f, (s) => label(f, s))])) as Record<Facet, FacetValue[]>;
  return { items, values, label };
}
