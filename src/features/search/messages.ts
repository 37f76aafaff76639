/** The words the search page says about a search, kept here so they are tested and consistent. */

const quoted = (query: string) => `“${query}”`;

/**
 * What the live region announces after a search, for example "3 results for “feet”", with a
 * note when the words searched for are not the words typed (see searchedNote).
 */
export function resultCountMessage(count: number, query: string, filtered: boolean, note?: string): string {
  const what = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
  const about = query ? ` for ${quoted(query)}` : '';
  const scope = filtered ? ' with the chosen filters' : '';
  return `${what}${about}${scope}${note ? ` (${note})` : ''}.`;
}

/** How the words searched for came from the words typed: as typed (less the stop words), respelt, or fewer of them. */
export type SearchedAs = 'typed' | 'respelt' | 'fewer-words';

/**
 * Why the results are for other words than the ones typed, or undefined when they are for what was
 * typed: a respelling, words no page has (left out), or no page with every word.
 */
export function searchedNote(how: SearchedAs, typed: string, leftOut: readonly string[] = []): string | undefined {
  if (how === 'respelt') return `you typed ${quoted(typed)}`;
  if (how === 'fewer-words' && leftOut.length > 0)
    return `no page has ${leftOut.map(quoted).join(' or ')}, so ${leftOut.length === 1 ? 'it was' : 'they were'} left out`;
  if (how === 'fewer-words') return 'no page has every word you typed';
  return undefined;
}

/** Said when a query was too long and only its start was searched for. */
export function shortenedMessage(maxLength: number): string {
  return `Your search was very long, so only its first ${maxLength} characters were used.`;
}

/** Said when the query has no letters or numbers (only punctuation or emoji). */
export const UNSEARCHABLE_MESSAGE = 'Search for a word or a number: punctuation and emoji on their own cannot be searched for.';

/** Said as soon as a search starts, before anything is fetched or searched. */
export const SEARCHING_MESSAGE = 'Searching…';

/** Said when the search files cannot be fetched or started (offline, blocked). */
export const FAILED_MESSAGE = 'Search is not working just now. Every page of the hub is in the A to Z below, which works offline too.';

/** Said when there is nothing to search for yet. */
export const EMPTY_MESSAGE = 'Type a word to search, for example a profession or what you need help with, or browse the A to Z below.';
