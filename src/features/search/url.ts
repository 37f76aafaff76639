/**
 * The search page's state (the query and the chosen filters) as it is kept in the URL,
 * so a search can be bookmarked, shared and restored: /search/?q=feet&section=Professions.
 * Filter values are the labels the pages give Pagefind (see the `filters` prop of Base).
 */

/** The filters pages carry, in the order the search page offers them. */
export const FILTER_NAMES = ['section', 'profession', 'topic', 'type'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** How each filter is named on the search page. */
export const FILTER_LABELS: Record<FilterName, string> = {
  section: 'Section',
  profession: 'Profession',
  topic: 'Topic',
  type: 'Type of resource',
};

export type ChosenFilters = Record<FilterName, string[]>;

export interface SearchState {
  /** The query as it arrived; clean it with cleanQuery before use. */
  q: string;
  filters: ChosenFilters;
}

// Crafted URLs cannot make the page build thousands of controls or search with huge values.
const MAX_VALUES_PER_FILTER = 30;
const MAX_VALUE_LENGTH = 120;

export const noFilters = (): ChosenFilters => ({ section: [], profession: [], topic: [], type: [] });

export function hasFilters(filters: ChosenFilters): boolean {
  return FILTER_NAMES.some((name) => filters[name].length > 0);
}

/** Reads the state from a query string such as location.search. Unknown parameters are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = noFilters();
  for (const name of FILTER_NAMES) {
    const values = params
      .getAll(name)
      .map((v) => v.trim())
      .filter((v) => v.length > 0 && v.length <= MAX_VALUE_LENGTH);
    filters[name] = [...new Set(values)].slice(0, MAX_VALUES_PER_FILTER);
  }
  return { q: params.get('q') ?? '', filters };
}

/** The query string for a state ("?q=feet&section=Professions"), or "" when there is nothing to keep. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Adds or removes one filter value, leaving the original state untouched. */
export function withFilter(filters: ChosenFilters, name: FilterName, value: string, chosen: boolean): ChosenFilters {
  const rest = filters[name].filter((v) => v !== value);
  return { ...filters, [name]: chosen ? [...rest, value] : rest };
}

/** Keeps only the chosen values the index actually has, so a stale or crafted URL cannot hide every result. */
export function knownFiltersOnly(filters: ChosenFilters, available: Partial<Record<string, Record<string, number>>>): ChosenFilters {
  const kept = noFilters();
  // Own values only: "constructor", "__proto__" or "toString" are names every object answers to.
  for (const name of FILTER_NAMES) {
    const values = available[name];
    kept[name] = values ? filters[name].filter((v) => Object.hasOwn(values, v)) : [];
  }
  return kept;
}

export type PagefindFilterQuery = Partial<Record<FilterName, { any: string[] }>>;

/**
 * The filters in the form Pagefind's search takes: any chosen value within a filter,
 * and every filter that has a choice. `except` leaves one filter out, which is how
 * that filter's own counts are worked out (each count says what choosing it would add).
 */
export function pagefindFilters(filters: ChosenFilters, except?: FilterName): PagefindFilterQuery {
  const query: PagefindFilterQuery = {};
  for (const name of FILTER_NAMES) {
    if (name !== except && filters[name].length > 0) query[name] = { any: filters[name] };
  }
  return query;
}
