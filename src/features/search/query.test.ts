import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_QUERY_LENGTH } from './query';

describe('cleanQuery', () => {
  it('trims and collapses white space', () => {
    expect(cleanQuery('  foot \n\t pain  ')).toEqual({ text: 'foot pain', shortened: false, searchable: true });
  });

  it('treats nothing, null and blanks as an empty, unsearchable query', () => {
    for (const raw of [null, undefined, '', '   ']) expect(cleanQuery(raw)).toEqual({ text: '', shortened: false, searchable: false });
  });

  it('says punctuation alone cannot be searched for', () => {
    const q = cleanQuery('?!.,;:-()');
    expect(q.text).toBe('?!.,;:-()');
    expect(q.searchable).toBe(false);
  });

  it('drops emoji, keeping any words around them', () => {
    expect(cleanQuery('🦶🏽 💪')).toEqual({ text: '', shortened: false, searchable: false });
    expect(cleanQuery('physio 💪').text).toBe('physio');
    expect(cleanQuery('👩‍⚕️nurse').text).toBe('nurse');
  });

  it('keeps hyphens, digits and letters from any language', () => {
    expect(cleanQuery('x-ray').text).toBe('x-ray');
    expect(cleanQuery('Core20PLUS5').searchable).toBe(true);
    expect(cleanQuery('ортоптист').searchable).toBe(true);
    expect(cleanQuery('999').searchable).toBe(true);
  });

  it('removes control characters', () => {
    expect(cleanQuery('foot\u0000pain\u0007').text).toBe('foot pain');
  });

  it('shortens a very long query at a word boundary', () => {
    const q = cleanQuery('physiotherapy '.repeat(80));
    expect(q.shortened).toBe(true);
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.text.endsWith('physiotherapy')).toBe(true);
  });

  it('shortens a very long word by cutting it, without splitting a character in two', () => {
    const q = cleanQuery('a'.repeat(199) + '𝐀bc');
    expect(q.text).toBe('a'.repeat(199));
    expect(cleanQuery('x'.repeat(1000)).text).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('leaves markup as plain text for the page to show as text', () => {
    expect(cleanQuery('<img src=x onerror=alert(1)>').text).toBe('<img src=x onerror=alert(1)>');
  });
});
