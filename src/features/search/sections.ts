/**
 * Opening a long page at the answer: of Pagefind's sub-results for a page (one per heading with an
 * id, https://pagefind.app/docs/sub-results/), the section with the most matched words, when it is
 * a heading further down the page rather than the page's top.
 */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Positions of the matched words in the page. */
  locations: number[];
  anchor?: { id: string };
}

/** The section a result should open at, or undefined to open the page at its top. Ties go to the earlier section. */
export function bestSection(pageUrl: string, subResults: readonly SubResult[]): SubResult | undefined {
  let best: SubResult | undefined;
  for (const sub of subResults) if (!best || sub.locations.length > best.locations.length) best = sub;
  if (!best?.anchor || !best.url.includes('#') || best.url.split('#')[0] !== pageUrl.split('#')[0]) return undefined;
  return best;
}
