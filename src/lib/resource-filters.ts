/**
 * The repository's facets (topic, type, publisher, profession): which values exist, how many
 * resources carry each, and how a filter state maps to and from a URL query. Pure, so the
 * static listing pages and the in-page filter script agree by construction.
 */
import { PROFESSIONS, RESOURCE_TYPES, TOPICS, slugify } from './vocabulary';

export const FACETS = ['topic', 'type', 'publisher', 'profession'] as const;
export type Facet = (typeof FACETS)[number];
export type FilterState = Partial<Record<Facet, string>>;

/** The facet values one resource carries, as slugs. Resources for every profession carry "all". */
export interface Facetted {
  topic: string[];
  type: string[];
  publisher: string[];
  profession: string[];
}

export interface ResourceFacetInput {
  topics: readonly string[];
  type: string;
  publisher: string;
  professions: 'all' | readonly string[];
}

export function facetsOf(r: ResourceFacetInput): Facetted {
  return {
    topic: [...r.topics],
    type: [r.type],
    publisher: [slugify(r.publisher)],
    profession: r.professions === 'all' ? ['all'] : [...r.professions],
  };
}

/** True when a resource matches every facet set in the state. */
export function matches(f: Facetted, state: FilterState): boolean {
  return FACETS.every((facet) => {
    const wanted = state[facet];
    return !wanted || f[facet].includes(wanted);
  });
}

/** Reads a filter state from a URL query, separating values the hub does not know. */
export function parseQuery(search: string, known: Record<Facet, ReadonlySet<string>>): { state: FilterState; unknown: string[] } {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  const unknown: string[] = [];
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value === null || value === '') continue;
    if (known[facet].has(value)) state[facet] = value;
    else unknown.push(`${facet} "${value.slice(0, 60)}"`);
  }
  return { state, unknown };
}

/** Writes a filter state as a URL query (empty string when no filter is set). */
export function toQuery(state: FilterState): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) if (state[facet]) params.set(facet, state[facet]!);
  const q = params.toString();
  return q ? `?${q}` : '';
}

export interface FacetValue {
  slug: string;
  label: string;
  count: number;
}

/** Every value of a facet that at least one resource carries, with its count, sorted by label. */
export function facetValues(all: readonly Facetted[], facet: Facet, labelOf: (slug: string) => string): FacetValue[] {
  const counts = new Map<string, number>();
  for (const f of all) for (const v of f[facet]) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .map(([slug, count]) => ({ slug, label: labelOf(slug), count }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

/** Labels for facet values that come from the fixed vocabularies. */
export const FACET_LABELS: Record<Exclude<Facet, 'publisher'>, (slug: string) => string> = {
  topic: (s) => TOPICS[s as keyof typeof TOPICS] ?? s,
  type: (s) => RESOURCE_TYPES[s as keyof typeof RESOURCE_TYPES] ?? s,
  profession: (s) =>
    s === 'all'
      ? 'All professions'
      : (PROFESSIONS as readonly string[]).includes(s)
        ? s.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
        : s,
};

export const FACET_NAMES: Record<Facet, string> = {
  topic: 'Topic',
  type: 'Type',
  publisher: 'Publisher',
  profession: 'Profession',
};

/** Sort key that keeps a series together and in order, and everything else by title. */
export function listingKey(r: { title: string; series?: { name: string; part: number } | undefined }): string {
  return r.series ? `${r.series.name} ${String(r.series.part).padStart(3, '0')}` : r.title;
}
