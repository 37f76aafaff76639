/**
 * The search page's entry, kept small so /search/ arrives in one round trip: it reads the build's
 * list of search files (data-search-build, from the search integration) and, when a search is about
 * to start (the box gets focus, or the page opens with ?q=), fetches the engine, its wasm, the
 * filters and, for a query in the address, the index chunks for its words, all at once rather than
 * one after another; then it loads the rest of search (client-engine.ts). Under Save-Data nothing is
 * fetched before a search is asked for. It also offers to save search for offline use.
 */
import { readSearchBuild, chunksFor } from './build-data';
import { cleanQuery } from './query';
import { queryWords } from './query-words';
import { readSearchState, hasFilters } from './url';
import { SEARCHING_MESSAGE } from './messages';
import type { Pagefind } from './client-engine';

const PAGEFIND_URL = '/pagefind/pagefind.js';

const status = document.querySelector<HTMLElement>('#search-status');
const input = document.querySelector<HTMLInputElement>('#search-q');
const form = document.querySelector<HTMLFormElement>('#search-q-form');
const offline = document.querySelector<HTMLElement>('#search-offline');
const build = readSearchBuild(status?.dataset['searchBuild']);
const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
/** Settles once the engine and Pagefind have loaded for a search the page opened with (at once otherwise). */
let firstSearch: Promise<unknown> = Promise.resolve();

if (status && input && form) {
  let pagefindLoading: Promise<Pagefind> | undefined;
  /** Once Pagefind is open it fetches its own chunks, so typing need not fetch them ahead. */
  let pagefindOpen = false;
  const loadPagefind = (): Promise<Pagefind> => {
    pagefindLoading ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
      // On a small index a search takes a few milliseconds on the main thread, which is cheaper for a
      // slow phone than a second copy of the engine in a web worker. The build's tag names the entry
      // file, so it is cached (and kept offline) like the other files of this build.
      await pagefind.options({ noWorker: true, excerptLength: 24, ...(build ? { metaCacheTag: build.tag } : {}) });
      await pagefind.init();
      // Ranking takes effect only once the index is open. A page's own search terms (its keywords
      // meta, from searchTerms) are the words people are known to use for it, so a match there
      // counts for more than a word that happens to be in another page's title.
      await pagefind.options({ ranking: { metaWeights: { keywords: 6, title: 4 } } });
      pagefindOpen = true;
      return pagefind;
    })().catch((error: unknown) => {
      pagefindLoading = undefined; // let a later search try again, for example once back online
      throw error;
    });
    return pagefindLoading;
  };

  const fetched = new Set<string>();
  /** Fetches files into the browser's cache, where Pagefind's own requests for them find them. */
  const prefetch = (urls: readonly string[]) => {
    for (const url of urls) {
      if (url === PAGEFIND_URL || fetched.has(url)) continue;
      fetched.add(url);
      void fetch(url)
        .then((response) => response.arrayBuffer())
        .catch(() => fetched.delete(url));
    }
  };

  let chunkRanges: Promise<Array<[string, string, string]>> | undefined;
  /** Which index chunk holds which words (the search manifest), fetched once. */
  const readChunkRanges = (manifest: string) =>
    (chunkRanges ??= fetch(manifest)
      .then((response) => response.json() as Promise<{ chunks?: unknown }>)
      .then(({ chunks }) => (Array.isArray(chunks) ? (chunks as Array<[string, string, string]>) : []))
      .catch(() => {
        chunkRanges = undefined; // try again with the next word typed
        return [];
      }));
  /** Fetches the index chunks that hold a query's words, so Pagefind finds them waiting when it opens. */
  const prefetchChunks = (query: string) => {
    const words = queryWords(cleanQuery(query).text);
    if (build && words.length > 0) void readChunkRanges(build.manifest).then((chunks) => prefetch(chunksFor(words, chunks)));
  };

  /** Starts everything a first search needs, in parallel. */
  const warmUp = (query: string) => {
    void loadPagefind().catch(() => undefined);
    if (!build) return;
    prefetch(build.start);
    // The manifest before the filter files, as the first index chunk waits on it.
    void readChunkRanges(build.manifest);
    prefetch(build.filters);
    prefetchChunks(query);
  };

  let started = false;
  /** The form was submitted before the rest of search had loaded: it runs the search once it has. */
  let runRequested = false;
  /**
   * Loads the rest of search, which takes over the box and runs any query already in it. With a
   * query, "Searching…" is said before anything is fetched; `warm` fetches the search files too.
   */
  const begin = (query: string, warm: boolean) => {
    if (started) return;
    started = true;
    const searching = cleanQuery(query).searchable;
    if (searching) status.textContent = SEARCHING_MESSAGE;
    // Asked for first: nothing can run without it, and on a line of six connections the order counts.
    const engine = import('./client-engine');
    if (searching || warm) warmUp(query);
    if (searching) firstSearch = Promise.allSettled([engine, loadPagefind()]);
    void engine.then(
      ({ startSearch }) => {
        form.removeEventListener('submit', onSubmit);
        startSearch(build, loadPagefind, runRequested);
      },
      () => {
        started = false;
      },
    );
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    runRequested = true;
    begin(input.value, false);
  };

  const initial = readSearchState(location.search);
  // The box shows what was asked for (as a value, never as markup), shortened if it was too long.
  const asked = cleanQuery(initial.q);
  input.value = asked.shortened ? asked.text : initial.q.trim();
  form.addEventListener('submit', onSubmit);
  // Until Pagefind is open, each word typed fetches the index chunk that holds it. This goes on after
  // the rest of search has taken over the box, since that can arrive long before the engine does.
  const onInput = () => {
    if (!started) begin(input.value, false);
    else if (!pagefindOpen) prefetchChunks(input.value);
  };
  input.addEventListener('input', onInput);
  // Start fetching the search files as soon as someone is about to type, unless they ask to save data.
  input.addEventListener('focus', () => (saveData ? undefined : begin('', true)), { once: true });
  if (input.value || hasFilters(initial.filters)) begin(input.value, true);
}

// Loaded after the page, so it is not part of the first visit's bytes, and after the engine when the
// page opens with a query, so the offer never holds up the answer.
if (offline)
  void firstSearch.then(() => import('../offline/client-save-search').then(({ offerOfflineSearch }) => offerOfflineSearch(offline, build)));
