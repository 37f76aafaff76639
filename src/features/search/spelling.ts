/**
 * A spelling step over the hub's own words: "phsyio" becomes "physio". The words it can
 * suggest are those of page titles, summaries and search terms (the list is built with the
 * site: src/pages/search-words.json.ts), so a suggestion always names something the hub has.
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

/**
 * The hub's word nearest to an unknown word, or undefined when the word is known, too short
 * to guess, or no word is near enough. Ties go to the word that comes first in the vocabulary.
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const allowed = allowedEdits(word);
  if (allowed === 0 || /\d/.test(word) || isKnownWord(word, vocabulary)) return undefined;
  let best: { word: string; edits: number } | undefined;
  for (const known of vocabulary) {
    if (Math.abs(known.length - word.length) > allowed) continue;
    const edits = editDistance(word, known);
    if (edits <= allowed && (!best || edits < best.edits)) best = { word: known, edits };
  }
  return best?.word;
}

/** Each word replaced by its nearest word in the vocabulary where it has one; null when nothing changed. */
export function correctedWords(words: readonly string[], vocabulary: readonly string[]): string[] | null {
  let changed = false;
  const corrected = words.map((w) => {
    const nearest = nearestWord(w, vocabulary);
    if (nearest === undefined) return w;
    changed = true;
    return nearest;
  });
  return changed ? corrected : null;
}
