import { describe, expect, it } from 'vitest';
import { hasFilters, knownFiltersOnly, noFilters, pagefindFilters, readSearchState, withFilter, writeSearchState } from './url';

describe('search state in the URL', () => {
  it('reads the query and every filter value, ignoring unknown parameters', () => {
    const state = readSearchState('?q=foot+pain&section=Professions&section=Careers&topic=Leadership&colour=red');
    expect(state.q).toBe('foot pain');
    expect(state.filters).toEqual({ section: ['Professions', 'Careers'], profession: [], topic: ['Leadership'], type: [] });
  });

  it('reads an empty query string as no query and no filters', () => {
    expect(readSearchState('')).toEqual({ q: '', filters: noFilters() });
    expect(hasFilters(readSearchState('').filters)).toBe(false);
  });

  it('round-trips through the URL, including characters that need escaping', () => {
    const state = { q: 'A&E <x> “quotes” 50%', filters: { ...noFilters(), section: ['Greener AHPs'], type: ['Quick guide'] } };
    const query = writeSearchState(state);
    expect(query.startsWith('?q=')).toBe(true);
    expect(query).not.toMatch(/[<> ]/);
    expect(readSearchState(query)).toEqual(state);
  });

  it('writes nothing when there is nothing to keep', () => {
    expect(writeSearchState({ q: '', filters: noFilters() })).toBe('');
  });

  it('drops empty, repeated, overlong and excess values from crafted URLs', () => {
    const many = Array.from({ length: 100 }, (_, i) => `section=S${i}`).join('&');
    const state = readSearchState(`?section=&section=A&section=A&topic=${'x'.repeat(500)}&${many}`);
    expect(state.filters.section[0]).toBe('A');
    expect(new Set(state.filters.section).size).toBe(state.filters.section.length);
    expect(state.filters.section.length).toBeLessThanOrEqual(30);
    expect(state.filters.topic).toEqual([]);
  });

  it('adds and removes a filter value without changing the original', () => {
    const before = noFilters();
    const after = withFilter(before, 'section', 'Careers', true);
    expect(after.section).toEqual(['Careers']);
    expect(before.section).toEqual([]);
    expect(withFilter(after, 'section', 'Careers', false).section).toEqual([]);
    expect(withFilter(after, 'section', 'Careers', true).section).toEqual(['Careers']);
  });

  it('keeps only values the index has', () => {
    const chosen = { ...noFilters(), section: ['Careers', 'Nonsense'], topic: ['Leadership'] };
    expect(knownFiltersOnly(chosen, { section: { Careers: 9 } })).toEqual({ ...noFilters(), section: ['Careers'] });
  });

  it('never keeps a value only because every object answers to its name (constructor, __proto__, toString)', () => {
    const crafted = readSearchState('?q=physio&section=constructor&section=__proto__&topic=toString&type=hasOwnProperty');
    expect(knownFiltersOnly(crafted.filters, { section: { Careers: 9 }, topic: { Leadership: 3 }, type: {} })).toEqual(noFilters());
  });

  it('builds Pagefind filters: any value within a filter, every filter with a choice, optionally leaving one out', () => {
    const chosen = { ...noFilters(), section: ['Careers', 'Resources'], topic: ['Leadership'] };
    expect(pagefindFilters(chosen)).toEqual({ section: { any: ['Careers', 'Resources'] }, topic: { any: ['Leadership'] } });
    expect(pagefindFilters(chosen, 'section')).toEqual({ topic: { any: ['Leadership'] } });
    expect(pagefindFilters(noFilters())).toEqual({});
  });
});
