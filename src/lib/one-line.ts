/**
 * A one-line version of a summary for listings: its first sentence, or, when that runs long,
 * its opening words up to a word boundary followed by an ellipsis. Summaries stay as written.
 */

/** Longest one-line summary, in characters: about two lines of the list on a phone. */
export const ONE_LINE_MAX = 160;

/** Short words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|No|vs)\.$/;

export function firstSentence(text: string, max = ONE_LINE_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  // A sentence ends at . ! or ? (perhaps inside a closing quote or bracket) before a space.
  const ends = clean.matchAll(/[.!?]["”’)]?(?= )/g);
  let sentence = clean;
  for (const end of ends) {
    const candidate = clean.slice(0, end.index + end[0].length);
    if (!ABBREVIATIONS.test(candidate)) {
      sentence = candidate;
      break;
    }
  }
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
