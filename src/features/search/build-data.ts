/**
 * What the page is told about this build's search (the data-search-build attribute the search
 * integration fills in on /search/ and the offline page), read defensively: a page from `astro dev`,
 * or one edited by hand, has none, and search then works without the parallel start.
 */
export interface SearchBuild {
  tag: string;
  start: string[];
  manifest: string;
  words: string;
  bytes: number;
}

const isPath = (v: unknown): v is string => typeof v === 'string' && /^\/pagefind\/[\w.?=/-]+$/.test(v);

export function readSearchBuild(attribute: string | undefined | null): SearchBuild | undefined {
  try {
    const data = JSON.parse(attribute ?? '') as Partial<Record<keyof SearchBuild, unknown>>;
    const { tag, start, manifest, words, bytes } = data;
    if (typeof tag !== 'string' || !/^[\w-]+$/.test(tag) || !Array.isArray(start) || !start.every(isPath)) return undefined;
    if (!isPath(manifest) || !isPath(words) || typeof bytes !== 'number' || !(bytes > 0)) return undefined;
    return { tag, start, manifest, words, bytes };
  } catch {
    return undefined;
  }
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
