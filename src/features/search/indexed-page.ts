/**
 * What a built page no longer needs once Pagefind has indexed it (the search integration,
 * integration.ts, applies these to every page after indexing).
 *
 * A resource for every profession carries the profession filter once per profession (14 meta
 * tags), so that Pagefind files it under each and a search filtered to any profession finds it.
 * Once Pagefind has indexed the site, no one reads those tags again, so the shipped page keeps one
 * marker in their place: <meta name="ahp:profession" content="all">. The search integration
 * (integration.ts) learns "every profession" from the build itself: all the values the filter
 * takes on any page.
 */
const TAG = /<meta name="ahp:profession" content="([^"]*)" data-pagefind-filter="profession\[content\]">\n?/g;

export const ALL_MARKER = '<meta name="ahp:profession" content="all">';

/** The profession filter's values on a page. */
export const professionValues = (html: string): string[] => [...html.matchAll(TAG)].map((m) => m[1]!);

/** The page with its profession tags replaced by the marker when they name every profession; otherwise as it was. */
export function markAllProfessions(html: string, every: ReadonlySet<string>): string {
  const values = new Set(professionValues(html));
  if (every.size < 2 || values.size !== every.size || [...every].some((v) => !values.has(v))) return html;
  let first = true;
  return html.replace(TAG, (tag) => {
    if (!first) return '';
    first = false;
    return ALL_MARKER + (tag.endsWith('\n') ? '\n' : '');
  });
}

/**
 * The instructions to Pagefind: which element or meta tag holds the title, the summary, the search
 * words and the filters (data-pagefind-meta, data-pagefind-filter). The meta tags themselves stay,
 * as plain metadata. data-pagefind-body and data-pagefind-ignore stay too: the budgets and the
 * reading-grade check read them from the built pages to tell a page's own words.
 */
export const withoutIndexingInstructions = (html: string): string => html.replace(/ data-pagefind-(?:meta|filter)="[^"]*"/g, '');
