/**
 * The repository's facets (topic, profession, type, status, publisher) and its keyword filter:
 * which values exist, how many resources carry each, and how a filter state maps to and from a
 * URL query. Pure, so the static listing pages and the in-page filter script agree by construction.
 */
import { PROFESSIONS, RESOURCE_STATUSES, RESOURCE_TYPES, TOPICS, slugify } from '../../lib/vocabulary';
import { SECTION_INFO } from '../../lib/sections';

/** In the order the filters are offered and written into the URL. */
export const FACETS = ['topic', 'profession', 'type', 'status', 'publisher'] as const;
export type Facet = (typeof FACETS)[number];
/** The chosen facet values, and `q`: the words typed into the keyword box. */
export type FilterState = Partial<Record<Facet, string>> & { q?: string };

/** The facet values one resource carries, as slugs. Resources for every profession carry "all". */
export type Facetted = Record<Facet, string[]>;

export interface ResourceFacetInput {
  topics: readonly string[];
  type: string;
  status: string;
  publisher: string;
  professions: 'all' | readonly string[];
}

/** The profession value of resources written for every profession. */
export const EVERY_PROFESSION = 'all';

export function facetsOf(r: ResourceFacetInput): Facetted {
  return {
    topic: [...r.topics],
    profession: r.professions === 'all' ? [EVERY_PROFESSION] : [...r.professions],
    type: [r.type],
    status: [r.status],
    publisher: [slugify(r.publisher)],
  };
}

/**
 * Whether a resource belongs under a facet value. A resource written for every profession
 * belongs under each profession too: a paramedic looking for reading wants those as well.
 */
export function carries(f: Facetted, facet: Facet, value: string): boolean {
  if (f[facet].includes(value)) return true;
  return facet === 'profession' && value !== EVERY_PROFESSION && f.profession.includes(EVERY_PROFESSION);
}

/** True when a resource matches every facet set in the state (the keyword is checked by matchesWords). */
export function matches(f: Facetted, state: FilterState): boolean {
  return FACETS.every((facet) => {
    const wanted = state[facet];
    return !wanted || carries(f, facet, wanted);
  });
}

/**
 * Lower case, accents and apostrophes dropped, every other run of what is not a letter or a digit
 * (in any script, so Welsh, Polish or Chinese words survive) a single space.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when every word of the query starts a word of the text, so "job plan" finds "job
 * planning". The text should already be normalised (it is, once per resource, in the script).
 * Typed text with no letter or digit at all (only emoji or punctuation) matches nothing: it
 * cannot be found in any resource, and treating it as no filter would show everything.
 */
export function matchesWords(normalisedText: string, query: string): boolean {
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return query.trim() === '';
  const text = ` ${normalisedText}`;
  return words.every((word) => text.includes(` ${word}`));
}

/**
 * How many resources each value of a facet would show, given every other choice (the other
 * facets and the keywords) as it stands: the number a person gets if they pick that value next.
 * `passesOthers(i)` says whether resource i passes every filter but this facet's.
 */
export function liveCounts(
  all: readonly Facetted[],
  facet: Facet,
  values: readonly string[],
  passesOthers: (index: number) => boolean,
): Record<string, number> {
  const counts = Object.fromEntries(values.map((v) => [v, 0]));
  all.forEach((f, i) => {
    if (!passesOthers(i)) return;
    for (const v of values) if (carries(f, facet, v)) counts[v]! += 1;
  });
  return counts;
}

/** The state without one facet's choice: what that facet's own counts are worked out against. */
export function without(state: FilterState, facet: Facet): FilterState {
  const rest = { ...state };
  delete rest[facet];
  return rest;
}

/** An option's text in the in-page filter: its label and how many it would show, saying so when none would. */
export function optionText(label: string, count: number): string {
  return count === 0 ? `${label} (none with your other choices)` : `${label} (${count})`;
}

/** The longest keyword query read from a URL: longer ones are cut, so a crafted URL stays cheap. */
export const MAX_QUERY_LENGTH = 100;

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
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  if (q) state.q = q;
  return { state, unknown };
}

/** The static page listing the resources under one facet value, which works without JavaScript. */
export const facetHref = (facet: Facet, value: string): string => `${SECTION_INFO.resources.base}${facet}/${value}/`;

/** Writes a filter state as a URL query (empty string when no filter is set). */
export function toQuery(state: FilterState): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) if (state[facet]) params.set(facet, state[facet]!);
  if (state.q) params.set('q', state.q);
  const q = params.toString();
  return q ? `?${q}` : '';
}

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
