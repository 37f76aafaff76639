import { describe, expect, it } from 'vitest';
import { resultCountMessage, shortenedMessage } from './search-messages';

describe('search messages', () => {
  it('counts results in words, singular and plural', () => {
    expect(resultCountMessage(0, 'xyz', false)).toBe('No results for “xyz”.');
    expect(resultCountMessage(1, 'chiropodist', false)).toBe('1 result for “chiropodist”.');
    expect(resultCountMessage(12, 'physio', true)).toBe('12 results for “physio” with the chosen filters.');
    expect(resultCountMessage(7, '', true)).toBe('7 results with the chosen filters.');
  });

  it('says how much of a long query was used', () => {
    expect(shortenedMessage(200)).toContain('first 200 characters');
  });
});
