/**
 * Small pieces of English grammar for text the site builds from data, so generated phrases read
 * as a person would write them: "an orthoptist", "1 hour a week", a table cell that starts with a
 * capital and ends with a full stop.
 */

/** Words that start with a vowel letter but a consonant sound ("a union", "a one-off"). */
const CONSONANT_SOUND = /^(uni|use|usu|uti|eu|ewe|one|once)/;
/** Words that start with a silent "h", so with a vowel sound ("an hour"). */
const SILENT_H = /^(hour|honest|honour|heir)/;

/** The noun with "a" or "an" before it, chosen by the sound the noun starts with. */
export function withArticle(noun: string): string {
  const word = noun.trim().toLowerCase();
  const vowelSound = SILENT_H.test(word) || (/^[aeiou]/.test(word) && !CONSONANT_SOUND.test(word));
  return `${vowelSound ? 'an' : 'a'} ${noun.trim()}`;
}

/**
 * A number and its unit, with the unit's first word singular when the number is exactly 1:
 * "1 hour a week", "1.5 hours a week", "42 weeks". `unit` is written in the plural; `shown` is
 * the number as the page displays it (for example with thousands grouped).
 */
export function withUnit(value: number, unit: string, shown: string = String(value)): string {
  const singular = value === 1 ? unit.replace(/^(\S+?)s\b/, '$1') : unit;
  return `${shown} ${singular}`;
}

/** A phrase as a sentence: a capital first letter and a full stop unless it already ends a sentence. */
export function asSentence(phrase: string): string {
  const text = phrase.trim();
  if (text === '') return text;
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** A phrase with a capital first letter, for list items that stand alone. */
export function capitalised(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
