import { describe, expect, it } from 'vitest';
import {
  FACETS,
  carries,
  decodeFacets,
  encodeFacets,
  facetValues,
  facetsOf,
  listingKey,
  liveCounts,
  matches,
  matchesWords,
  normalise,
  optionLabel,
  optionText,
  parseQuery,
  toQuery,
  without,
  type Facet,
} from './filters';
import { PROFESSIONS } from '../../lib/vocabulary';

const guide = facetsOf({
  topics: ['digital-and-data', 'leadership'],
  type: 'guide',
  status: 'current',
  publisher: 'NHS England',
  professions: ['paramedics'],
});
const report = facetsOf({ topics: ['cancer'], type: 'report', status: 'superseded', publisher: "The King's Fund", professions: 'all' });

const known: Record<Facet, ReadonlySet<string>> = {
  topic: new Set(['digital-and-data', 'leadership', 'cancer']),
  profession: new Set(['paramedics', 'all']),
  type: new Set(['guide', 'report']),
  status: new Set(['current', 'superseded']),
  publisher: new Set(['nhs-england', 'the-kings-fund']),
};

describe('resource filters', () => {
  it('derives facet slugs, including the publisher and the status', () => {
    expect(guide.publisher).toEqual(['nhs-england']);
    expect(report.publisher).toEqual(['the-kings-fund']);
    expect(report.profession).toEqual(['all']);
    expect(report.status).toEqual(['superseded']);
  });

  it('combines facets with AND', () => {
    expect(matches(guide, { topic: 'digital-and-data', type: 'guide' })).toBe(true);
    expect(matches(guide, { topic: 'digital-and-data', type: 'report' })).toBe(false);
    expect(matches(report, { status: 'superseded' })).toBe(true);
    expect(matches(guide, { status: 'superseded' })).toBe(false);
    expect(matches(report, {})).toBe(true);
  });

  it('keeps resources written for every profession under each profession, but not the other way round', () => {
    expect(carries(report, 'profession', 'paramedics')).toBe(true);
    expect(matches(report, { profession: 'dietitians' })).toBe(true);
    expect(matches(guide, { profession: 'dietitians' })).toBe(false);
    expect(matches(guide, { profession: 'all' })).toBe(false);
    expect(matches(report, { profession: 'all' })).toBe(true);
    // Only the profession facet widens like this.
    expect(carries(report, 'topic', 'leadership')).toBe(false);
  });

  it('round-trips a state, keywords included, through the URL', () => {
    const state = { topic: 'leadership', profession: 'paramedics', status: 'current', q: 'job plan' };
    const q = toQuery(state);
    expect(q).toBe('?topic=leadership&profession=paramedics&status=current&q=job+plan');
    expect(parseQuery(q, known)).toEqual({ state, unknown: [] });
    expect(toQuery({})).toBe('');
  });

  it('sets aside values it does not know rather than failing, and names them', () => {
    const { state, unknown } = parseQuery('?topic=astrology&type=guide&status=lost&colour=red', known);
    expect(state).toEqual({ type: 'guide' });
    expect(unknown).toEqual(['topic "astrology"', 'status "lost"']);
  });

  it('trims the keywords and caps their length', () => {
    expect(parseQuery('?q=%20%20', known).state).toEqual({});
    expect(parseQuery(`?q=${'a'.repeat(500)}`, known).state.q).toHaveLength(100);
  });

  it('counts values and sorts them by label', () => {
    const values = facetValues([guide, report], 'topic', (s) => s.toUpperCase());
    expect(values).toEqual([
      { slug: 'cancer', label: 'CANCER', count: 1 },
      { slug: 'digital-and-data', label: 'DIGITAL-AND-DATA', count: 1 },
      { slug: 'leadership', label: 'LEADERSHIP', count: 1 },
    ]);
  });

  it('offers all 14 professions, each counting the resources written for every profession', () => {
    const values = facetValues([guide, report], 'profession', (s) => s);
    expect(values.map((v) => v.slug).sort()).toEqual([...PROFESSIONS, 'all'].sort());
    expect(values.find((v) => v.slug === 'paramedics')?.count).toBe(2);
    expect(values.find((v) => v.slug === 'dietitians')?.count).toBe(1);
    expect(values.find((v) => v.slug === 'all')?.count).toBe(1);
  });

  it('matches keywords as word beginnings, ignoring case, accents and punctuation', () => {
    const text = normalise('AHP job planning: a best-practice guide. Café’s capacity template (2019)');
    expect(matchesWords(text, 'Job PLAN')).toBe(true);
    expect(matchesWords(text, 'best practice')).toBe(true);
    expect(matchesWords(text, 'cafes')).toBe(true);
    expect(matchesWords(text, '2019 capacity')).toBe(true);
    expect(matchesWords(text, 'lanning')).toBe(false);
    expect(matchesWords(text, 'job cancer')).toBe(false);
    expect(matchesWords(text, '  ')).toBe(true);
  });

  it('keeps words in any script, and lets typed text with no letter or digit match nothing rather than everything', () => {
    const text = normalise('Gwasanaethau iechyd: Zdrowie 健康 guide');
    expect(matchesWords(text, 'gwasanaethau')).toBe(true);
    expect(matchesWords(text, '健康')).toBe(true);
    expect(matchesWords(normalise('Job planning guide'), '日本語')).toBe(false);
    expect(matchesWords(normalise('Job planning guide'), '😀')).toBe(false);
    expect(matchesWords(normalise('Job planning guide'), '!!! ???')).toBe(false);
  });

  it('counts each value of a facet against every other choice, not against its own', () => {
    const all = [
      guide,
      report,
      facetsOf({ topics: ['cancer'], type: 'guide', status: 'current', publisher: 'NHS England', professions: ['dietitians'] }),
    ];
    const state = { type: 'guide', profession: 'paramedics' };
    // Type counts ignore the type chosen but keep the profession: the guide (paramedics) and the report (every profession).
    const types = liveCounts(all, 'type', ['guide', 'report'], (i) => matches(all[i]!, without(state, 'type')));
    expect(types).toEqual({ guide: 1, report: 1 });
    // Profession counts keep the type: two guides, one for paramedics, one for dietitians.
    const professions = liveCounts(all, 'profession', ['paramedics', 'dietitians', 'all'], (i) =>
      matches(all[i]!, without(state, 'profession')),
    );
    expect(professions).toEqual({ paramedics: 1, dietitians: 1, all: 0 });
    expect(without(state, 'type')).toEqual({ profession: 'paramedics' });
    expect(state).toEqual({ type: 'guide', profession: 'paramedics' });
  });

  it('says when a choice would show nothing', () => {
    expect(optionText('Dietitians', 3)).toBe('Dietitians (3)');
    expect(optionText('Dietitians', 0)).toBe('Dietitians (none with your other choices)');
  });

  it("reads an option's label back from its text, brackets in the label included", () => {
    for (const label of ['Dietitians', 'Public Health in Practice (Elsevier)'])
      for (const n of [0, 1, 12]) expect(optionLabel(optionText(label, n))).toBe(label);
  });

  it('counts each value on the unfiltered list as liveCounts does with no other choice', () => {
    const all = [guide, report];
    for (const facet of FACETS) {
      const values = facetValues(all, facet, (s) => s);
      const live = liveCounts(
        all,
        facet,
        values.map((v) => v.slug),
        () => true,
      );
      expect(Object.fromEntries(values.map((v) => [v.slug, v.count])), facet).toEqual(live);
    }
  });

  it("writes each resource's facets as positions among the offered values, and reads them back", () => {
    const all = [guide, report];
    const offered = Object.fromEntries(FACETS.map((f) => [f, facetValues(all, f, (s) => s).map((v) => v.slug)])) as Record<Facet, string[]>;
    // Topics in label order: cancer 0, digital-and-data 1, leadership 2.
    expect(encodeFacets(guide, offered)).toBe(`1,2 ${offered.profession.indexOf('paramedics')} 0 0 0`);
    for (const f of all) expect(decodeFacets(encodeFacets(f, offered), offered)).toEqual(f);
    expect(decodeFacets('', offered)).toEqual({ topic: [], profession: [], type: [], status: [], publisher: [] });
    expect(decodeFacets('0,99 0', offered)).toEqual({
      topic: ['cancer'],
      profession: [offered.profession[0]],
      type: [],
      status: [],
      publisher: [],
    });
    expect(() => encodeFacets(guide, { ...offered, topic: ['cancer'] })).toThrow(/digital-and-data/);
  });

  it('keeps a series together and in order', () => {
    const s = (part: number) => ({ title: `Update ${part}`, series: { name: 'Caring', part } });
    const sorted = [s(10), s(2), { title: 'Another' }].sort((a, b) => listingKey(a).localeCompare(listingKey(b)));
    expect(sorted.map((r) => r.title)).toEqual(['Another', 'Update 2', 'Update 10']);
  });
});
