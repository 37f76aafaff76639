import { describe, expect, it } from 'vitest';
import { facetValues, facetsOf, listingKey, matches, parseQuery, toQuery, type Facet } from './resource-filters';

const guide = facetsOf({
  topics: ['digital-and-data', 'leadership'],
  type: 'guide',
  publisher: 'NHS England',
  professions: ['paramedics'],
});
const report = facetsOf({ topics: ['cancer'], type: 'report', publisher: "The King's Fund", professions: 'all' });

const known: Record<Facet, ReadonlySet<string>> = {
  topic: new Set(['digital-and-data', 'leadership', 'cancer']),
  type: new Set(['guide', 'report']),
  publisher: new Set(['nhs-england', 'the-kings-fund']),
  profession: new Set(['paramedics', 'all']),
};

describe('resource filters', () => {
  it('derives facet slugs, including the publisher', () => {
    expect(guide.publisher).toEqual(['nhs-england']);
    expect(report.publisher).toEqual(['the-kings-fund']);
    expect(report.profession).toEqual(['all']);
  });

  it('combines facets with AND', () => {
    expect(matches(guide, { topic: 'digital-and-data', type: 'guide' })).toBe(true);
    expect(matches(guide, { topic: 'digital-and-data', type: 'report' })).toBe(false);
    expect(matches(report, {})).toBe(true);
  });

  it('round-trips a state through the URL', () => {
    const state = { topic: 'leadership', profession: 'paramedics' };
    const q = toQuery(state);
    expect(q).toBe('?topic=leadership&profession=paramedics');
    expect(parseQuery(q, known)).toEqual({ state, unknown: [] });
    expect(toQuery({})).toBe('');
  });

  it('sets aside values it does not know rather than failing', () => {
    const { state, unknown } = parseQuery('?topic=astrology&type=guide&colour=red', known);
    expect(state).toEqual({ type: 'guide' });
    expect(unknown).toEqual(['topic "astrology"']);
  });

  it('counts values and sorts them by label', () => {
    const values = facetValues([guide, report], 'topic', (s) => s.toUpperCase());
    expect(values).toEqual([
      { slug: 'cancer', label: 'CANCER', count: 1 },
      { slug: 'digital-and-data', label: 'DIGITAL-AND-DATA', count: 1 },
      { slug: 'leadership', label: 'LEADERSHIP', count: 1 },
    ]);
  });

  it('keeps a series together and in order', () => {
    const s = (part: number) => ({ title: `Update ${part}`, series: { name: 'Caring', part } });
    const sorted = [s(10), s(2), { title: 'Another' }].sort((a, b) => listingKey(a).localeCompare(listingKey(b)));
    expect(sorted.map((r) => r.title)).toEqual(['Another', 'Update 2', 'Update 10']);
  });
});
