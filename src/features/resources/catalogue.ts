/**
 * The repository's catalogue: every resource with its facets, and labelled facet values, built
 * from the entries given (src/features/resources/read-catalogue.ts reads them from the collections).
 */
import type { CollectionEntry } from 'astro:content';
import { FACETS, FACET_LABELS, facetValues, facetsOf, listingKey, type Facet, type FacetValue, type Facetted } from './filters';
import { firstSentence } from '../../lib/one-line';
import { replacementOf, type Replacement } from './status';
import { slugify } from '../../lib/vocabulary';

type Resource = CollectionEntry<'resources'>;

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

/** The catalogue of these resources; `professionTitles` names each profession's facet value by its id. */
export function buildCatalogue(all: readonly Resource[], professionTitles: ReadonlyMap<string, string>): Catalogue {
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
