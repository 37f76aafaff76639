/**
 * Turning whatever arrives in ?q= (typed, pasted or crafted) into something safe and
 * useful to search for. The result is only ever shown as text, never as markup.
 */

/** Longest query searched; the search box allows the same. Longer input is cut at a word boundary. */
export const MAX_QUERY_LENGTH = 200;

export interface CleanQuery {
  /** What is searched for and shown back to the reader. */
  text: string;
  /** True when the input was longer than MAX_QUERY_LENGTH and was shortened. */
  shortened: boolean;
  /** False when nothing is left to search for: no letter or number at all. */
  searchable: boolean;
}

// Emoji and other pictographs (with their joiners and variation selectors) and control
// characters carry no searchable words; removing them lets "physio 💪" still find physiotherapy.
const UNSEARCHABLE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Variation_Selector}\p{Cc}]|\u200d/gu;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

export function cleanQuery(raw: string | null | undefined): CleanQuery {
  let text = (raw ?? '').replace(UNSEARCHABLE, ' ').replace(/\s+/g, ' ').trim();
  let shortened = false;
  if (text.length > MAX_QUERY_LENGTH) {
    shortened = true;
    // A cut between the two halves of a surrogate pair would leave a broken character.
    const cut = text.slice(0, MAX_QUERY_LENGTH).replace(/[\ud800-\udbff]$/, '');
    const lastSpace = cut.lastIndexOf(' ');
    text = (lastSpace > MAX_QUERY_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trim();
  }
  return { text, shortened, searchable: LETTER_OR_NUMBER.test(text) };
}
