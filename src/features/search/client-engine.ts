/**
 * Search as you type on /search/, with Pagefind's JavaScript API: results, filters with counts, the
 * query and filters in the URL, and the result count in a polite live region. Loaded by client.ts
 * (the page's small entry) when a search is about to start, beside Pagefind's own files.
 * Each query is planned first (plan.ts): at most 8 Pagefind searches, merged by the plan's rule.
 * Nothing from the index is ever inserted as HTML: excerpts are rebuilt from text and <mark>.
 */
import { cleanQuery, MAX_QUERY_LENGTH, type CleanQuery } from './query';
import {
  FILTER_LABELS,
  FILTER_NAMES,
  hasFilters,
  knownFiltersOnly,
  noFilters,
  pagefindFilters,
  readSearchState,
  withFilter,
  writeSearchState,
  type ChosenFilters,
  type FilterName,
  type PagefindFilterQuery,
} from './url';
import { excerptParts } from './excerpt';
import {
  EMPTY_MESSAGE,
  FAILED_MESSAGE,
  SEARCHING_MESSAGE,
  UNSEARCHABLE_MESSAGE,
  resultCountMessage,
  searchedNote,
  shortenedMessage,
  type SearchedAs,
} from './messages';
import { MAX_SEARCHES, mergeResults, planQuery, type PlannedSearch, type QueryPlan, type SearchOutcome } from './plan';
import { bestSection, type SubResult } from './sections';
import type { SearchBuild } from './build-data';

/** The parts of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
type FilterCounts = Partial<Record<string, Record<string, number>>>;
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<string, string>>;
  filters: Partial<Record<string, string[]>>;
  sub_results?: SubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: { filters: PagefindFilterQuery }): Promise<PagefindSearch | null>;
}

const TYPING_PAUSE_MS = 250;
// Each result shown costs a fragment download (1 to 3 KB), so a slow connection gets the best
// few first and the rest on request.
const FIRST_RESULTS = 5;
const MORE_RESULTS = 10;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);

/** Starts search on the page. `loadPagefind` is already fetching the engine (client.ts started it). */
export function startSearch(build: SearchBuild | undefined, loadPagefind: () => Promise<Pagefind>, runNow: boolean): void {
  const form = $<HTMLFormElement>('#search-q-form');
  const input = $<HTMLInputElement>('#search-q');
  const status = $('#search-status');
  const help = $('#search-help');
  const area = $('#search-results-area');
  const filterPanel = $<HTMLDetailsElement>('#search-filters');
  const filterSummary = filterPanel?.querySelector('summary');
  const filterGroups = $('#search-filter-groups');
  const clearFilters = $<HTMLButtonElement>('#search-clear-filters');
  const list = $<HTMLOListElement>('#search-results');
  const more = $<HTMLButtonElement>('#search-more');
  const atoZ = $<HTMLDetailsElement>('#a-to-z');
  if (!(form && input && status && help && area && filterPanel && filterSummary && filterGroups && clearFilters && list && more && atoZ))
    return;

  const initial = readSearchState(location.search);
  let chosen: ChosenFilters = initial.filters;
  // Only a URL can bring a query longer than the box allows; say so until the query is edited.
  let urlQueryShortened = cleanQuery(initial.q).shortened;
  let knownWordsLoading: Promise<string[]> | undefined;
  let filterControlsBuilt = false;
  let latestSearch = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let hadResults = false;
  let loadingMore = false;
  /** The reader asked for the words they typed, not a respelling (reset when the query changes). */
  let asTyped = false;

  // "Search for what you typed instead", shown under the status after a respelling.
  const typedInstead = document.createElement('p');
  typedInstead.hidden = true;
  const typedButton = document.createElement('button');
  typedButton.type = 'button';
  typedButton.className = 'underline text-link';
  typedInstead.append(typedButton);
  status.after(typedInstead);

  // What to try when nothing is found. It is written here rather than in the page, as only a
  // search that has run can need it, and /search/'s first visit must arrive in one round trip.
  const noResults = document.createElement('div');
  noResults.dataset['when'] = 'no-results';
  noResults.hidden = true;
  const tries = document.createElement('ul');
  for (const advice of [
    'check the spelling, or use fewer words',
    'use everyday words, such as “foot pain” or “x-ray”, or the name of a profession',
    'remove any filters you have chosen',
  ]) {
    const item = document.createElement('li');
    item.textContent = advice;
    tries.append(item);
  }
  const atoZItem = document.createElement('li');
  const atoZLink = document.createElement('a');
  atoZLink.href = '#a-to-z-heading';
  atoZLink.textContent = 'A to Z below';
  atoZItem.append('find the page in the ', atoZLink, ', which works offline too');
  tries.append(atoZItem);
  const youCould = document.createElement('p');
  youCould.textContent = 'You could:';
  noResults.append(youCould, tries);
  help.querySelector('[data-when="failed"]')?.after(noResults);

  /** Which advice the help panel shows: none (results are listed), or why there are none. */
  const showHelp = (reason: 'results' | 'start' | 'no-results' | 'failed') => {
    help.hidden = reason === 'results';
    for (const p of help.querySelectorAll<HTMLElement>('[data-when]')) p.hidden = p.dataset['when'] !== reason;
    // The A to Z folds away under a list of results, and opens again when there is none.
    const hasResults = reason === 'results';
    if (hasResults !== hadResults) atoZ.open = !hasResults;
    hadResults = hasResults;
  };

  /** Every word in the index, for the spelling step; none (so no respelling) if it cannot be fetched. */
  const loadKnownWords = (): Promise<string[]> => {
    knownWordsLoading ??= (build ? fetch(build.words) : Promise.reject(new Error('no build')))
      .then((response): Promise<unknown> | unknown => (response.ok ? response.json() : []))
      .then((words) => (Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : []))
      .catch(() => {
        knownWordsLoading = undefined; // try again with the next search
        return [];
      });
    return knownWordsLoading;
  };

  const filtersFor = (search: PlannedSearch, base: PagefindFilterQuery): PagefindFilterQuery => {
    if (search.role === 'every-word' || search.role === 'one-unit') return base;
    const extra: PagefindFilterQuery = {};
    for (const [name, values] of Object.entries(search.filters)) extra[name as FilterName] = { any: values };
    return { ...base, ...extra };
  };

  /**
   * Runs a plan's searches, at most `limit`. The searches that do not depend on each other run at once,
   * so the index and filter files each needs download together; the one-unit searches follow, and only
   * when no page has every word. Outcomes keep the plan's order, which the merge reads.
   */
  const runPlan = async (pagefind: Pagefind, plan: QueryPlan, filters: PagefindFilterQuery, limit: number) => {
    const planned = plan.searches.slice(0, limit);
    const run = (searches: PlannedSearch[]) =>
      Promise.all(searches.map((search) => pagefind.search(search.term, { filters: filtersFor(search, filters) })));
    const independent = planned.filter((search) => search.role !== 'one-unit');
    const independentFound = await run(independent);
    const every = independentFound[independent.findIndex((search) => search.role === 'every-word')] ?? undefined;
    const units = every && every.results.length > 0 ? [] : planned.filter((search) => search.role === 'one-unit');
    const unitsFound = await run(units);
    const outcomes: SearchOutcome[] = [];
    const byId = new Map<string, PagefindResult>();
    const searches = [...independent, ...units];
    const found = [...independentFound, ...unitsFound];
    for (const [i, search] of searches.entries()) {
      const result = found[i];
      if (!result) return null;
      for (const r of result.results) if (!byId.has(r.id)) byId.set(r.id, r);
      outcomes.push({ search, ids: result.results.map((r) => r.id) });
    }
    return { outcomes, byId, every };
  };

  /**
   * Plans and runs a query, with the list of indexed words (fetched beside the engine): a word the
   * index does not have is respelt if it is near one it has, or else left out (plan.ts).
   */
  const findPages = async (pagefind: Pagefind, typed: string, filters: PagefindFilterQuery) => {
    const knownWords = await loadKnownWords();
    const plan = planQuery(typed, {
      asTyped,
      knownWords,
      sectionOrProfessionChosen: chosen.section.length > 0 || chosen.profession.length > 0,
    });
    const ran = await runPlan(pagefind, plan, filters, MAX_SEARCHES);
    if (!ran) return null;
    const merged = mergeResults(plan, ran.outcomes);
    const fewer = plan.dropped.length > 0 || (ran.every?.results.length ?? 0) === 0;
    const how: SearchedAs = plan.respelt ? 'respelt' : fewer && merged.ids.length > 0 ? 'fewer-words' : 'typed';
    const list = merged.ids.map((id) => ran.byId.get(id)).filter((r): r is PagefindResult => r !== undefined);
    return { plan, how, every: ran.every, list, merged, outcomes: ran.outcomes };
  };

  const keepInUrl = (query: string) => {
    history.replaceState(history.state, '', `${location.pathname}${writeSearchState({ q: query, filters: chosen })}`);
  };

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };

  const chosenCount = () => FILTER_NAMES.reduce((n, name) => n + chosen[name].length, 0);

  const buildFilterControls = (available: FilterCounts) => {
    chosen = knownFiltersOnly(chosen, available);
    for (const name of FILTER_NAMES) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, 'en-GB'));
      if (values.length === 0) continue;
      const fieldset = element('fieldset');
      fieldset.append(element('legend', undefined, FILTER_LABELS[name]));
      const options = element('ul');
      values.forEach((value, i) => {
        const id = `filter-${name}-${i}`;
        const box = element('input');
        Object.assign(box, { type: 'checkbox', id, name, value, checked: chosen[name].includes(value) });
        const label = element('label', undefined, `${value} `);
        label.htmlFor = id;
        label.append(element('span', 'filter-count'));
        const li = element('li');
        li.append(box, label);
        options.append(li);
      });
      fieldset.append(options);
      filterGroups.append(fieldset);
    }
    filterPanel.open = chosenCount() > 0;
    filterControlsBuilt = true;
  };

  /** Ticks the chosen boxes and shows each count; with no counts (merged results), none is shown rather than a wrong one. */
  const updateFilterControls = (counts: FilterCounts | null) => {
    for (const box of filterGroups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const name = box.name as FilterName;
      box.checked = chosen[name].includes(box.value);
      const count = box.labels?.[0]?.querySelector('.filter-count');
      if (count) count.textContent = counts ? `(${counts[name]?.[box.value] ?? 0})` : '';
    }
    const n = chosenCount();
    filterSummary.textContent = n > 0 ? `Filter the results (${n} chosen)` : 'Filter the results';
    clearFilters.hidden = n === 0;
  };

  /**
   * Each filter's counts say how many results choosing that value would give, with the
   * other filters as they are: a filter that has choices is counted without its own choices.
   */
  const countFilters = async (pagefind: Pagefind, term: string | null, search: PagefindSearch): Promise<FilterCounts> => {
    const active = FILTER_NAMES.filter((name) => chosen[name].length > 0);
    const counts: FilterCounts = {};
    for (const name of FILTER_NAMES) {
      if (!active.includes(name)) counts[name] = { ...search.filters[name] };
      else if (active.length === 1) counts[name] = { ...search.totalFilters[name] };
      else counts[name] = { ...(await pagefind.search(term, { filters: pagefindFilters(chosen, name) }))?.filters[name] };
    }
    return counts;
  };

  /** Pages that open at their top: a named profession's own page when the query is only its name. */
  let openAtTop = new Set<string>();

  const renderResult = (result: PagefindResult, data: PagefindResultData): HTMLLIElement => {
    const li = element('li');
    const heading = element('h3');
    // A long page opens at the section that matched, and the result says which it is.
    const section = openAtTop.has(result.id) ? undefined : bestSection(data.url, data.sub_results ?? []);
    const link = element('a', undefined, data.meta['title'] ?? data.url);
    const href = section?.url ?? data.url;
    // Results come from this site's own index; anything that is not a path on this site is not linked.
    link.href = /^\/(?![/\\])/.test(href) ? href : '/search/';
    heading.append(link);
    li.append(heading);
    const siteSection = data.filters['section']?.[0];
    if (siteSection) li.append(element('p', 'meta', `Section: ${siteSection}`));
    if (section) li.append(element('p', 'search-part text-sm', `Opens at: ${section.title}`));
    if (data.meta['summary']) li.append(element('p', undefined, data.meta['summary']));
    const parts = excerptParts(section?.excerpt ?? data.excerpt);
    if (parts.length > 0) {
      const excerpt = element('p', 'search-excerpt');
      excerpt.append(...parts.map((part) => (part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
      li.append(excerpt);
    }
    return li;
  };

  const showMoreResults = async (searchId: number, moveFocus: boolean) => {
    const batch = results.slice(shown, shown + (shown === 0 ? FIRST_RESULTS : MORE_RESULTS));
    const items = (await Promise.all(batch.map((r) => r.data()))).map((data, i) => renderResult(batch[i]!, data));
    if (searchId !== latestSearch) return;
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    more.textContent = `Show more results (${shown} of ${results.length} shown)`;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  };

  const clearResults = () => {
    results = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
  };

  const announce = (query: CleanQuery, message: string) => {
    const shortened = query.shortened || urlQueryShortened;
    status.textContent = shortened ? `${shortenedMessage(MAX_QUERY_LENGTH)} ${message}` : message;
  };

  const runSearch = async () => {
    clearTimeout(typingTimer);
    const searchId = ++latestSearch;
    const typed = input.value.trim();
    const query = cleanQuery(typed);
    keepInUrl(query.text);
    typedInstead.hidden = true;
    // With filters chosen and nothing typed, every page with those filters is listed.
    if (!query.searchable && !(typed === '' && hasFilters(chosen))) {
      clearResults();
      area.hidden = !filterControlsBuilt;
      announce(query, typed === '' ? EMPTY_MESSAGE : UNSEARCHABLE_MESSAGE);
      showHelp(typed === '' ? 'start' : 'no-results');
      return;
    }
    // Said before the first wait, so a slow line never leaves the reader with nothing.
    status.textContent = SEARCHING_MESSAGE;
    try {
      const pagefind = await loadPagefind();
      // The filter files were fetched beside the engine (client.ts). Controls built from them drop a
      // chosen filter the index does not have, so with filters chosen they are built before searching;
      // otherwise they are built while the first search runs.
      const available = filterControlsBuilt ? undefined : pagefind.filters();
      if (available && hasFilters(chosen)) buildFilterControls(await available);
      const filters = pagefindFilters(chosen);
      const searching = query.searchable ? findPages(pagefind, query.text, filters) : Promise.resolve(null);
      if (available && !filterControlsBuilt) buildFilterControls(await available);
      const found = await searching;
      const search = found ? found.every : await pagefind.search(null, { filters });
      if ((query.searchable && !found) || !search || searchId !== latestSearch) return;
      let counts: FilterCounts | null = null;
      if (!found || found.merged.countsHold) {
        counts = await countFilters(pagefind, found ? found.plan.words.join(' ') : null, search);
        // A named profession's page added to the pages with every word: its filters are known (it was found by them).
        for (const { search, ids } of found?.outcomes ?? []) {
          if (search.role !== 'named' || !ids[0] || !found?.merged.addedNamed.includes(ids[0])) continue;
          for (const [name, values] of Object.entries(search.filters)) {
            const group = (counts[name] ??= {});
            for (const value of values) group[value] = (group[value] ?? 0) + 1;
          }
        }
      }
      if (searchId !== latestSearch) return;
      keepInUrl(query.text); // filters the index does not have were dropped when the controls were built
      updateFilterControls(counts);
      clearResults();
      results = found ? found.list : search.results;
      openAtTop = new Set(found?.plan.onlyNames ? found.outcomes.filter((o) => o.search.role === 'named').flatMap((o) => o.ids) : []);
      await showMoreResults(searchId, false);
      if (searchId !== latestSearch) return;
      area.hidden = false;
      const how = found?.how ?? 'typed';
      // A respelt query is said as searched; otherwise as typed, with a note on any word left out.
      const shownQuery = how === 'respelt' ? (found?.plan.words.join(' ') ?? '') : query.text;
      announce(
        query,
        resultCountMessage(results.length, shownQuery, hasFilters(chosen), searchedNote(how, query.text, found?.plan.dropped)),
      );
      if (how === 'respelt') {
        typedButton.textContent = `Search for “${query.text}” instead`;
        typedInstead.hidden = false;
      }
      showHelp(results.length > 0 ? 'results' : 'no-results');
    } catch {
      if (searchId !== latestSearch) return;
      clearResults();
      area.hidden = true;
      status.textContent = FAILED_MESSAGE;
      showHelp('failed');
    }
  };

  input.addEventListener('input', () => {
    urlQueryShortened = false;
    asTyped = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void runSearch(), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runSearch();
  });
  typedButton.addEventListener('click', () => {
    asTyped = true;
    void runSearch();
    input.focus();
  });
  filterGroups.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    chosen = withFilter(chosen, box.name as FilterName, box.value, box.checked);
    void runSearch();
  });
  clearFilters.addEventListener('click', () => {
    chosen = noFilters();
    void runSearch();
    filterSummary.focus();
  });
  more.addEventListener('click', () => {
    if (loadingMore) return; // a second click before the first batch arrives would repeat it
    loadingMore = true;
    void showMoreResults(latestSearch, true).finally(() => (loadingMore = false));
  });
  if (runNow || input.value.trim() || hasFilters(chosen)) void runSearch();
}
