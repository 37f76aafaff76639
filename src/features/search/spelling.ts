/**
 * The measures of the spelling step (plan.ts): "phsyio" becomes "physio". Only a word that is not
 * in the index at all is respelt, and only as a word the index has (the list of indexed words is
 * built with the site by the search integration), so a respelling always finds something.
 */

/**
 * Edits between two words, counting an insertion, a deletion, a change of letter or a swap
 * of two neighbouring letters ("phsyio" and "physio") as one edit each (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  // rows[i][j]: edits between the first i letters of x and the first j letters of y.
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, (rows[i - 2] as number[])[j - 2]! + 1);
      row[j] = best;
    }
  }
  return (rows[x.length] as number[])[y.length] as number;
}

/**
 * How many edits a word of this length may be from the word it is taken for: none for short
 * words (too many short words are one letter apart: "fall", "fail", "tall"), one from
 * 5 letters, two from 8.
 */
export function allowedEdits(word: string): number {
  const length = [...word].length;
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** True when the hub has this word, or a longer word that starts with it ("physio" in "physiotherapy"), or its stem. */
export function isKnownWord(word: string, vocabulary: readonly string[]): boolean {
  return vocabulary.some((known) => known.startsWith(word) || (known.length >= 4 && word.startsWith(known)));
}
