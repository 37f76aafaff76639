import { describe, expect, it } from 'vitest';
import { resultCountMessage, searchedNote, shortenedMessage } from './messages';

describe('search messages', () => {
  it('counts results in words, singular and plural', () => {
    expect(resultCountMessage(0, 'xyz', false)).toBe('No results for “xyz”.');
    expect(resultCountMessage(1, 'chiropodist', false)).toBe('1 result for “chiropodist”.');
    expect(resultCountMessage(12, 'physio', true)).toBe('12 results for “physio” with the chosen filters.');
    expect(resultCountMessage(7, '', true)).toBe('7 results with the chosen filters.');
  });

  it('says when the results are for other words than the ones typed', () => {
    expect(resultCountMessage(3, 'physio', false, searchedNote('respelt', 'phsyio'))).toBe('3 results for “physio” (you typed “phsyio”).');
    expect(resultCountMessage(2, 'walk fall', true, searchedNote('fewer-words', "my dad can't walk after a fall"))).toBe(
      '2 results for “walk fall” with the chosen filters (no page has every word you typed).',
    );
    expect(
      resultCountMessage(
        4,
        "my dad can't walk after a fall",
        false,
        searchedNote('fewer-words', "my dad can't walk after a fall", ['dad']),
      ),
    ).toBe("4 results for “my dad can't walk after a fall” (no page has “dad”, so it was left out).");
    expect(searchedNote('fewer-words', 'x', ['wxwx', 'zqzq'])).toBe('no page has “wxwx” or “zqzq”, so they were left out');
    expect(searchedNote('typed', 'speech after stroke')).toBeUndefined();
  });

  it('says how much of a long query was used', () => {
    expect(shortenedMessage(200)).toContain('first 200 characters');
  });
});
