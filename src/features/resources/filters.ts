/**
 * The repository's facets (topic, profession, type, status, publisher) as the pages are built:
 * each resource's facet values, which values exist and how many resources carry each, their labels
 * and the static page of each. The filter state and its matching are in filter-state.ts, which
 * this re-exports, so the static listing pages and the in-page filter script agree by construction.
 */
import { PROFESSIONS, RESOURCE_STATUSES, RESOURCE_TYPES, TOPICS, slugify } from '../../lib/vocabulary';
import { SECTION_INFO } from '../../lib/sections';
import { EVERY_PROFESSION, carries, type Facet, type Facetted } from './filter-state';

export * from './filter-state';

export interface ResourceFacetInput {
  topics: readonly string[];
  type: string;
  status: string;
  publisher: string;
  professions: 'all' | readonly string[];
}

export function facetsOf(r: ResourceFacetInput): Facetted {
  return {
    topic: [...r.topics],
    profession: r.professions === 'all' ? [EVERY_PROFESSION] : [...r.professions],
    type: [r.type],
    status: [r.status],
    publisher: [slugify(r.publisher)],
  };
}

/** The static page listing the resources under one facet value, which works without JavaScript. */
export const facetHref = (facet: Facet, value: string): string => `${SECTION_INFO.resources.base}${facet}/${value}/`;

export interface FacetValue {
  slug: string;
  label: string;
  count: number;
}

/**
 * Every value of a facet that at least one resource carries, with how many resources belong
 * under it (see carries), sorted by label. Every profession is offered, even one that no
 * resource names, as resources written for every profession belong under it.
 */
export function facetValues(all: readonly Facetted[], facet: Facet, labelOf: (slug: string) => string): FacetValue[] {
  const slugs = new Set(all.flatMap((f) => f[facet]));
  if (facet === 'profession') for (const p of PROFESSIONS) slugs.add(p);
  return [...slugs]
    .map((slug) => ({ slug, label: labelOf(slug), count: all.filter((f) => carries(f, facet, slug)).length }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

/** Labels for facet values that come from the fixed vocabularies. */
export const FACET_LABELS: Record<Exclude<Facet, 'publisher'>, (slug: string) => string> = {
  topic: (s) => TOPICS[s as keyof typeof TOPICS] ?? s,
  type: (s) => RESOURCE_TYPES[s as keyof typeof RESOURCE_TYPES] ?? s,
  status: (s) => RESOURCE_STATUSES[s as keyof typeof RESOURCE_STATUSES] ?? s,
  profession: (s) =>
    s === EVERY_PROFESSION
      ? 'Written for every profession'
      : (PROFESSIONS as readonly string[]).includes(s)
        ? s.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
        : s,
};

export const FACET_NAMES: Record<Facet, string> = {
  topic: 'Topic',
  profession: 'Profession',
  type: 'Type',
  status: 'Status',
  publisher: 'Publisher',
};

/** Sort key that keeps a series together and in order, and everything else by title. */
export function listingKey(r: { title: string; series?: { name: string; part: number } | undefined }): string {
  return r.series ? `${r.series.name} ${String(r.series.part).padStart(3, '0')}` : r.title;
}
