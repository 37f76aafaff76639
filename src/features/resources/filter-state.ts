/**
 * The in-page filter's state and matching: the facets, whether a resource passes a choice of them
 * and the keywords, the live counts, and how a state maps to and from a URL query. It imports
 * nothing, so the filter script on /resources/ (client-engine.ts) carries nothing else; the
 * static listing pages use the same functions (through filters.ts), so the two agree by construction.
 */

/** In the order the filters are offered and written into the URL. */
export const FACETS = ['topic', 'profession', 'type', 'status', 'publisher'] as const;
export type Facet = (typeof FACETS)[number];
/** The chosen facet values, and `q`: the words typed into the keyword box. */
export type FilterState = Partial<Record<Facet, string>> & { q?: string };

/** The facet values one resource carries, as slugs. Resources for every profession carry "all". */
export type Facetted = Record<Facet, string[]>;

/** The profession value of resources written for every profession. */
export const EVERY_PROFESSION = 'all';

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

/** An option's label read back from the text optionText gave it (the built page writes no other copy of it). */
export function optionLabel(text: string): string {
  return text.replace(/ \([^()]*\)$/, '');
}

/**
 * A resource's facet values as the in-page filter reads them from the list (its data-f attribute),
 * short because every resource on /resources/ carries it: for each facet in FACETS order, separated
 * by spaces, where its values stand among that facet's offered values (the filter form's options
 * after "Any", in order), separated by commas. "3,7 14 0 2 5" is topics 3 and 7, profession 14 and so on.
 */
export function encodeFacets(f: Facetted, offered: Record<Facet, readonly string[]>): string {
  return FACETS.map((facet) =>
    f[facet]
      .map((value) => {
        const at = offered[facet].indexOf(value);
        if (at < 0) throw new Error(`The ${facet} "${value}" is not among the values offered`);
        return at;
      })
      .join(','),
  ).join(' ');
}

/** The facet values encodeFacets wrote, given the same offered values (a position not offered is left out). */
export function decodeFacets(code: string, offered: Record<Facet, readonly string[]>): Facetted {
  const parts = code.split(' ');
  return Object.fromEntries(
    FACETS.map((facet, i) => [
      facet,
      (parts[i] ?? '')
        .split(',')
        .filter(Boolean)
        .flatMap((at) => offered[facet][Number(at)] ?? []),
    ]),
  ) as Facetted;
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

/** Writes a filter state as a URL query (empty string when no filter is set). */
export function toQuery(state: FilterState): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) if (state[facet]) params.set(facet, state[facet]!);
  if (state.q) params.set('q', state.q);
  const q = params.toString();
  return q ? `?${q}` : '';
}
