/**
 * Everyday sentences as search queries. Pagefind finds pages that contain every word of a
 * query, so "my dad can't walk after a fall" finds nothing: no page says "my", "dad" and
 * "can't". The words that carry no meaning are dropped first (the query plan, plan.ts, uses
 * these); if the rest still find nothing together, the plan tries fewer of them.
 */

/**
 * Words that say nothing about what a page is about: pronouns, question words, auxiliary
 * verbs, articles, conjunctions and prepositions. Words that can carry meaning in this hub
 * ("help", "work", "care", "pay") are not here.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about after an and any are as at be been before being but by can can't cannot could
  did do does doesn't don't for from had has have her hers him his how i i'm if in into is
  it it's its me mine much my myself no not of on or our ours she should so some than that
  the their them then there these they this those to too us was we were what when where
  which who whom whose why will with would you your yours`.split(/\s+/),
);

/** At most this many words are searched for; a longer query keeps its first meaningful words. */
export const MAX_QUERY_WORDS = 6;

/** Lower-case words of a query, with curly apostrophes made straight and outer punctuation removed. */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}
