/**
 * What the page is told about this build's search (the data-search-build attribute the search
 * integration fills in on /search/ and the offline page), read defensively: a page from `astro dev`,
 * or one edited by hand, has none, and search then works without the parallel start.
 */
export interface SearchBuild {
  tag: string;
  /** The files every first search needs, the engine and its wasm first. */
  start: string[];
  /** The filter files: a search for a named profession filters by it. */
  filters: string[];
  manifest: string;
  words: string;
  bytes: number;
}

/**
 * The attribute is short, as it is part of /search/'s first visit: the build's tag, the wasm file's
 * name, the filter files' names (comma-separated) and the bytes of a full save, separated by spaces,
 * for example "en-gb_2aa3788148562 wasm.en-gb.pagefind en-gb_6fc1202,en-gb_b31cb22 604000".
 * Every other name follows from the tag (src/features/search/integration.ts writes them so).
 */
export function writeSearchBuild(tag: string, wasm: string, filters: readonly string[], bytes: number): string {
  return `${tag} ${wasm} ${filters.join(',')} ${bytes}`;
}

const NAME = /^[\w-]+$/;

export function readSearchBuild(attribute: string | undefined | null): SearchBuild | undefined {
  const [tag = '', wasm = '', filterList = '', size = ''] = (attribute ?? '').trim().split(' ');
  const filters = filterList.split(',').filter((f) => f !== '');
  const bytes = Number(size);
  if (!NAME.test(tag) || !/^wasm\.[\w-]+\.pagefind$/.test(wasm) || !filters.every((f) => NAME.test(f)) || !(bytes > 0)) return undefined;
  const words = `/pagefind/ahp-words.${tag}.json`;
  return {
    tag,
    // On a line of six connections, what is asked for first arrives first.
    start: [
      '/pagefind/pagefind.js',
      `/pagefind/${wasm}`,
      `/pagefind/pagefind-entry.json?ts=${tag}`,
      `/pagefind/pagefind.${tag}.pf_meta`,
      words,
    ],
    filters: filters.map((f) => `/pagefind/filter/${f}.pf_filter`),
    manifest: `/pagefind/ahp-search.${tag}.json`,
    words,
    bytes,
  };
}

/** Which index chunks hold these words, by the manifest's ranges: a word is looked up by where it sorts. */
export function chunksFor(words: readonly string[], chunks: ReadonlyArray<readonly [string, string, string]>): string[] {
  const found = new Set<string>();
  for (const word of words) {
    const chunk = chunks.find(([from, to]) => word >= from && word <= to) ?? chunks.find(([from]) => from.startsWith(word));
    if (chunk) found.add(chunk[2]);
  }
  return [...found];
}

/** A size for people: "640 KB", or "1.2 MB". */
export const sizeForPeople = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
