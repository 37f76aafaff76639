/**
 * Search as you type on /search/, with Pagefind's JavaScript API. The page already works
 * without this (a GET form and the A to Z of every page); this adds results, filters with
 * counts, the query and filters in the URL, and the result count in a polite live region.
 * Pagefind's files are fetched only when a search starts (or the search box gets focus).
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
  UNSEARCHABLE_MESSAGE,
  resultCountMessage,
  searchedNote,
  shortenedMessage,
  type SearchedAs,
} from './messages';
import { fewerWords, meaningfulWords } from './query-words';
import { correctedWords } from './spelling';

/** The parts of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
type FilterCounts = Partial<Record<string, Record<string, number>>>;
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<string, string>>;
  filters: Partial<Record<string, string[]>>;
}
interface PagefindResult {
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: { filters: PagefindFilterQuery }): Promise<PagefindSearch | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** The words of page titles and search terms, for the spelling step (src/pages/search-words.json.ts). */
const WORDS_URL = '/search-words.json';
const TYPING_PAUSE_MS = 250;
// Each result shown costs a fragment download (1 to 3 KB), so a slow connection gets the best
// few first and the rest on request.
const FIRST_RESULTS = 5;
const MORE_RESULTS = 10;

const form = document.querySelector<HTMLFormElement>('#search-q-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const help = document.querySelector<HTMLElement>('#search-help');
const area = document.querySelector<HTMLElement>('#search-results-area');
const filterPanel = document.querySelector<HTMLDetailsElement>('#search-filters');
const filterSummary = filterPanel?.querySelector('summary');
const filterGroups = document.querySelector<HTMLElement>('#search-filter-groups');
const clearFilters = document.querySelector<HTMLButtonElement>('#search-clear-filters');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');
const atoZ = document.querySelector<HTMLDetailsElement>('#a-to-z');

if (form && input && status && help && area && filterPanel && filterSummary && filterGroups && clearFilters && list && more && atoZ) {
  // The browser's own suggestions (the datalist) are for when this script cannot run; here they would cover the results.
  input.removeAttribute('list');
  const initial = readSearchState(location.search);
  let chosen: ChosenFilters = initial.filters;
  const asked = cleanQuery(initial.q);
  // Only a URL can bring a query longer than the box allows; say so until the query is edited.
  let urlQueryShortened = asked.shortened;
  let pagefindLoading: Promise<Pagefind> | undefined;
  let vocabularyLoading: Promise<string[]> | undefined;
  let filterControlsBuilt = false;
  let latestSearch = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let hadResults = false;
  let loadingMore = false;

  /** Which advice the help panel shows: none (results are listed), or why there are none. */
  const showHelp = (reason: 'results' | 'start' | 'no-results' | 'failed') => {
    help.hidden = reason === 'results';
    for (const p of help.querySelectorAll<HTMLElement>('[data-when]')) p.hidden = p.dataset['when'] !== reason;
    // The A to Z folds away under a list of results, and opens again when there is none.
    const hasResults = reason === 'results';
    if (hasResults !== hadResults) atoZ.open = !hasResults;
    hadResults = hasResults;
  };

  const loadPagefind = (): Promise<Pagefind> => {
    pagefindLoading ??= (async () => {
      const module: unknown = await import(/* @vite-ignore */ PAGEFIND_URL);
      const pagefind = module as Pagefind;
      // On a small index a search takes a few milliseconds on the main thread, which is
      // cheaper for a slow phone than fetching a second copy of the engine for a web worker.
      await pagefind.options({ noWorker: true, excerptLength: 24 });
      await pagefind.init();
      // Ranking takes effect only once the index is open. A page's own search terms (its
      // keywords meta, from searchTerms) are the words people are known to use for it, so
      // a match there counts for more than a word that happens to be in another page's title.
      await pagefind.options({ ranking: { metaWeights: { keywords: 6, title: 4 } } });
      return pagefind;
    })().catch((error: unknown) => {
      pagefindLoading = undefined; // let a later search try again, for example once back online
      throw error;
    });
    return pagefindLoading;
  };

  /** The hub's words for the spelling step; none (so no respelling) if they cannot be fetched. */
  const loadVocabulary = (): Promise<string[]> => {
    vocabularyLoading ??= fetch(WORDS_URL)
      .then((response): Promise<{ words?: unknown }> | { words?: unknown } => (response.ok ? response.json() : {}))
      .then(({ words }) => (Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : []))
      .catch(() => {
        vocabularyLoading = undefined; // try again with the next search
        return [];
      });
    return vocabularyLoading;
  };

  /**
   * Searches for what was typed as people type it. Pagefind lists the pages that have every
   * word, so words that carry no meaning ("my", "can't", "after") are left out first. A word the
   * hub does not have and that is one or two letters from one of its words ("phsyio") is
   * respelt. If the words still find nothing together, groups of fewer words are tried, largest
   * first; of the groups of one size that find something, the one whose best page scores highest wins.
   */
  const findPages = async (pagefind: Pagefind, typed: string, filters: PagefindFilterQuery) => {
    const attempt = async (words: string[], how: SearchedAs) => {
      const term = words.join(' ');
      const search = await pagefind.search(term, { filters });
      return search && { search, term, how };
    };
    const words = meaningfulWords(typed);
    const respelt = correctedWords(words, await loadVocabulary());
    if (respelt) {
      const found = await attempt(respelt, 'respelt');
      if (found && found.search.results.length > 0) return found;
    }
    const asTyped = await attempt(words, 'typed');
    if (!asTyped || asTyped.search.results.length > 0) return asTyped;
    for (const groups of fewerWords(respelt ?? words)) {
      let best: Awaited<ReturnType<typeof attempt>> = null;
      for (const group of groups) {
        const found = await attempt(group, 'fewer-words');
        const top = found?.search.results[0]?.score;
        if (top !== undefined && top > (best?.search.results[0]?.score ?? -Infinity)) best = found;
      }
      if (best) return best;
    }
    return asTyped;
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

  const updateFilterControls = (counts: FilterCounts) => {
    for (const box of filterGroups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const name = box.name as FilterName;
      box.checked = chosen[name].includes(box.value);
      const count = box.labels?.[0]?.querySelector('.filter-count');
      if (count) count.textContent = `(${counts[name]?.[box.value] ?? 0})`;
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
      if (!active.includes(name)) counts[name] = search.filters[name];
      else if (active.length === 1) counts[name] = search.totalFilters[name];
      else counts[name] = (await pagefind.search(term, { filters: pagefindFilters(chosen, name) }))?.filters[name];
    }
    return counts;
  };

  const renderResult = (data: PagefindResultData): HTMLLIElement => {
    const li = element('li');
    const heading = element('h2');
    const link = element('a', undefined, data.meta['title'] ?? data.url);
    // Results come from this site's own index; anything that is not a path on this site is not linked.
    link.href = /^\/(?![/\\])/.test(data.url) ? data.url : '/search/';
    heading.append(link);
    li.append(heading);
    const section = data.filters['section']?.[0];
    if (section) li.append(element('p', 'meta text-sm text-muted', `Section: ${section}`));
    if (data.meta['summary']) li.append(element('p', undefined, data.meta['summary']));
    const parts = excerptParts(data.excerpt);
    if (parts.length > 0) {
      const excerpt = element('p', 'search-excerpt');
      excerpt.append(...parts.map((part) => (part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
      li.append(excerpt);
    }
    return li;
  };

  const showMoreResults = async (searchId: number, moveFocus: boolean) => {
    const batch = results.slice(shown, shown + (shown === 0 ? FIRST_RESULTS : MORE_RESULTS));
    const items = (await Promise.all(batch.map((r) => r.data()))).map(renderResult);
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
    // With filters chosen and nothing typed, every page with those filters is listed.
    if (!query.searchable && !(typed === '' && hasFilters(chosen))) {
      clearResults();
      area.hidden = !filterControlsBuilt;
      announce(query, typed === '' ? EMPTY_MESSAGE : UNSEARCHABLE_MESSAGE);
      showHelp(typed === '' ? 'start' : 'no-results');
      return;
    }
    try {
      const pagefind = await loadPagefind();
      if (!filterControlsBuilt) buildFilterControls(await pagefind.filters());
      const found = query.searchable ? await findPages(pagefind, query.text, pagefindFilters(chosen)) : null;
      const term = found ? found.term : null;
      const search = found ? found.search : await pagefind.search(null, { filters: pagefindFilters(chosen) });
      if (!search || searchId !== latestSearch) return;
      const counts = await countFilters(pagefind, term, search);
      if (searchId !== latestSearch) return;
      keepInUrl(query.text); // filters the index does not have were dropped when the controls were built
      updateFilterControls(counts);
      clearResults();
      results = search.results;
      await showMoreResults(searchId, false);
      if (searchId !== latestSearch) return;
      area.hidden = false;
      const how = found?.how ?? 'typed';
      const shownQuery = how === 'typed' ? query.text : (term ?? '');
      announce(query, resultCountMessage(results.length, shownQuery, hasFilters(chosen), searchedNote(how, query.text)));
      showHelp(results.length > 0 ? 'results' : 'no-results');
    } catch {
      if (searchId !== latestSearch) return;
      clearResults();
      area.hidden = true;
      status.textContent = FAILED_MESSAGE;
      showHelp('failed');
    }
  };

  // The box shows what was asked for (as a value, never as markup), shortened if it was too long.
  input.value = asked.shortened ? asked.text : initial.q.trim();
  showHelp('start');
  input.addEventListener('input', () => {
    urlQueryShortened = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void runSearch(), TYPING_PAUSE_MS);
  });
  // Start fetching the search files as soon as someone is about to type.
  input.addEventListener(
    'focus',
    () => {
      void loadPagefind().catch(() => undefined);
      void loadVocabulary();
    },
    { once: true },
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runSearch();
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
  if (input.value || hasFilters(chosen)) void runSearch();
}
