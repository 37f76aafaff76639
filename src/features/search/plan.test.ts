import { describe, expect, it } from 'vitest';
import { MAX_SEARCHES, mergeResults, planQuery, type SearchOutcome, type QueryPlan } from './plan';
import { cleanQuery } from './query';

const KNOWN = [
  'physio',
  'physiotherapy',
  'teaching',
  'teach',
  'assistant',
  'stroke',
  'dietitian',
  'knee',
  'running',
  'painting',
  'drawing',
];
const roles = (plan: QueryPlan) => plan.searches.map((s) => s.role);

describe('planQuery: words', () => {
  it('drops words that carry no meaning and keeps the order typed', () => {
    expect(planQuery('sore knee after running').words).toEqual(['sore', 'knee', 'running']);
  });

  it('searches one word with one search, and no other', () => {
    const plan = planQuery('swallowing');
    expect(plan.words).toEqual(['swallowing']);
    expect(plan.searches).toEqual([{ role: 'every-word', term: 'swallowing' }]);
  });

  it('handles a query of one letter', () => {
    const plan = planQuery('a');
    expect(plan.words).toEqual(['a']);
    expect(plan.searches).toHaveLength(1);
  });

  it('keeps at most six words and eight searches for a query of 500 words', () => {
    const long = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    const plan = planQuery(long, { knownWords: KNOWN });
    expect(plan.words).toHaveLength(6);
    expect(plan.searches.length).toBeLessThanOrEqual(MAX_SEARCHES);
    // The same once cleaned for the box, as the page does.
    expect(planQuery(cleanQuery(long).text).searches.length).toBeLessThanOrEqual(MAX_SEARCHES);
  });

  it('never plans more than eight searches, even naming two professions and a topic among many words', () => {
    const plan = planQuery('physio or OT for inequalities in pay bands rotas jobs wards teams', { knownWords: KNOWN });
    expect(plan.searches.length).toBeLessThanOrEqual(MAX_SEARCHES);
  });

  it('leaves out emoji and markup once the query is cleaned, keeping the words', () => {
    expect(planQuery(cleanQuery('physio 💪').text).words).toEqual(['physio']);
    // Markup is only ever text: it is searched as words, and never names anything.
    const markup = planQuery(cleanQuery('<b>foot</b> pain').text);
    expect(markup.words).toContain('pain');
    expect(markup.professions).toEqual([]);
    expect(planQuery('<script>alert(1)</script>').searches).toHaveLength(1);
  });

  it('keeps a query of stop words only, as there is nothing else', () => {
    expect(planQuery('who are we').words).toEqual(['who', 'are', 'we']);
  });
});

describe('planQuery: named professions and topics', () => {
  it('finds a full name, a plural and short names', () => {
    expect(planQuery('speech and language therapists').professions.map((p) => p.slug)).toEqual(['speech-and-language-therapists']);
    expect(planQuery('physio').professions.map((p) => p.slug)).toEqual(['physiotherapists']);
    expect(planQuery('OT jobs').professions.map((p) => p.slug)).toEqual(['occupational-therapists']);
    expect(planQuery('ODP course').professions.map((p) => p.slug)).toEqual(['operating-department-practitioners']);
    expect(planQuery('SLT').professions.map((p) => p.slug)).toEqual(['speech-and-language-therapists']);
  });

  it('looks up a named profession’s page, and the other words on pages for it', () => {
    const plan = planQuery('do I need a referral to see a dietitian');
    expect(plan.words).toEqual(['need', 'referral', 'see', 'dietitian']);
    expect(plan.searches.slice(0, 3)).toEqual([
      { role: 'every-word', term: 'need referral see dietitian' },
      { role: 'named', term: null, label: 'Dietitians', filters: { section: ['Professions'], profession: ['Dietitians'] } },
      { role: 'for-profession', term: 'need referral see', filters: { profession: ['Dietitians'] } },
    ]);
    expect(roles(plan).slice(3)).toEqual(['one-unit', 'one-unit', 'one-unit', 'one-unit']);
  });

  it('does not look up named pages when the reader chose a section or profession filter', () => {
    expect(roles(planQuery('physio pay', { sectionOrProfessionChosen: true }))).toEqual(['every-word', 'one-unit', 'one-unit']);
  });

  it('finds a comparison of two professions, in each way people say it', () => {
    for (const q of [
      'occupational therapist or physio',
      'physio vs OT',
      'difference between a physiotherapist and an occupational therapist',
    ]) {
      const plan = planQuery(q);
      expect(plan.comparison, q).toBe(true);
      expect(plan.professions.map((p) => p.slug).sort(), q).toEqual(['occupational-therapists', 'physiotherapists']);
      expect(
        roles(plan).filter((r) => r === 'named'),
        q,
      ).toHaveLength(2);
    }
    expect(planQuery('physio and running').comparison).toBe(false);
  });

  it('finds a topic, and a topic with a profession searches that topic for that profession', () => {
    const plan = planQuery('health inequalities physio');
    expect(plan.topics.map((t) => t.id)).toEqual(['health-inequalities']);
    expect(plan.searches).toContainEqual({
      role: 'for-profession',
      term: null,
      filters: { profession: ['Physiotherapists'], topic: ['Health inequalities'] },
    });
    expect(planQuery('inequalities').topics.map((t) => t.label)).toEqual(['Health inequalities']);
  });

  it('says when the query is only names, so their pages open at the top', () => {
    expect(planQuery('physio').onlyNames).toBe(true);
    expect(planQuery('physio or OT').onlyNames).toBe(true);
    expect(planQuery('physio referral').onlyNames).toBe(false);
  });

  it('does not take part of a word for a name', () => {
    expect(planQuery('otter').professions).toEqual([]);
    expect(planQuery('salty food').professions).toEqual([]);
  });
});

describe('planQuery: respelling', () => {
  it('respells at most one word, and only one the index does not have', () => {
    const plan = planQuery('phsyio', { knownWords: KNOWN });
    expect(plan.respelt).toEqual({ from: 'phsyio', to: 'physio' });
    expect(plan.words).toEqual(['physio']);
    expect(plan.professions.map((p) => p.slug)).toEqual(['physiotherapists']);
  });

  it('never respells a word the index has (teaching is not "tracking")', () => {
    expect(planQuery('teaching assistant', { knownWords: [...KNOWN, 'tracking'] }).respelt).toBeUndefined();
  });

  it('respells one of two unknown words (the nearer, or the first typed), and leaves the other out', () => {
    const plan = planQuery('phsyio strokke', { knownWords: KNOWN });
    expect(plan.respelt).toEqual({ from: 'phsyio', to: 'physio' });
    expect(plan.dropped).toEqual(['strokke']);
    expect(plan.words).toEqual(['physio']);
  });

  it('respells nothing without the word list, or when asked for what was typed', () => {
    expect(planQuery('phsyio').respelt).toBeUndefined();
    expect(planQuery('phsyio', { knownWords: KNOWN, asTyped: true }).respelt).toBeUndefined();
  });

  it('leaves out a word the index has nowhere, unless it is all there is', () => {
    const plan = planQuery("my dad can't walk after a fall", { knownWords: ['walk', 'walking', 'fall', 'falls'] });
    expect(plan.dropped).toEqual(['dad']);
    expect(plan.words).toEqual(['walk', 'fall']);
    expect(planQuery('zzzz', { knownWords: KNOWN }).words).toEqual(['zzzz']);
    // Words with digits or hyphens are never left out: the list holds plain words.
    expect(planQuery('Core20PLUS5 x-ray', { knownWords: KNOWN }).dropped).toEqual([]);
  });

  it('leaves short words, numbers and emoji alone', () => {
    expect(planQuery('knea', { knownWords: KNOWN }).respelt).toBeUndefined();
    expect(planQuery('band5', { knownWords: KNOWN }).respelt).toBeUndefined();
  });
});

const outcome = (search: QueryPlan['searches'][number], ids: string[]): SearchOutcome => ({ search, ids });

describe('mergeResults', () => {
  it('keeps Pagefind’s order when the pages with every word are all there is', () => {
    const plan = planQuery('swallowing');
    const merged = mergeResults(plan, [outcome(plan.searches[0]!, ['a', 'b', 'c'])]);
    expect(merged).toEqual({ ids: ['a', 'b', 'c'], addedNamed: [], countsHold: true });
  });

  it('moves a named profession’s page into the top 3, just below the first result', () => {
    const plan = planQuery('how much does a physio earn');
    const [every, named] = plan.searches;
    const merged = mergeResults(plan, [outcome(every!, ['pay', 'x', 'y', 'z', 'physio-page']), outcome(named!, ['physio-page'])]);
    expect(merged.ids.slice(0, 3)).toEqual(['pay', 'physio-page', 'x']);
    expect(merged.addedNamed).toEqual([]);
    expect(merged.countsHold).toBe(true);
  });

  it('adds a named page that lacks some words, and says so', () => {
    const plan = planQuery('referral dietitian');
    const [every, named] = plan.searches;
    const merged = mergeResults(plan, [outcome(every!, ['glossary']), outcome(named!, ['diet-page'])]);
    expect(merged.ids).toEqual(['glossary', 'diet-page']);
    expect(merged.addedNamed).toEqual(['diet-page']);
  });

  it('puts both pages of a comparison in the top 3, after a page that compares them', () => {
    const plan = planQuery('occupational therapist or physio');
    const named = plan.searches.filter((s) => s.role === 'named');
    const merged = mergeResults(plan, [
      outcome(plan.searches[0]!, ['compare', 'a', 'b', 'c', 'ot', 'pt']),
      outcome(named[0]!, ['ot']),
      outcome(named[1]!, ['pt']),
    ]);
    expect(merged.ids.slice(0, 3)).toEqual(['compare', 'ot', 'pt']);
  });

  it('for a topic and a profession, lists that topic’s pages for the profession first', () => {
    const plan = planQuery('inequalities physio');
    const forProfession = plan.searches.find((s) => s.role === 'for-profession')!;
    const merged = mergeResults(plan, [outcome(plan.searches[0]!, ['home', 'both']), outcome(forProfession, ['both', 'resource'])]);
    expect(merged.ids).toEqual(['both', 'resource', 'home']);
    expect(merged.countsHold).toBe(false);
  });

  it('when no page has every word, ranks by words matched, then rarer words, never by score', () => {
    const plan = planQuery('sore knee running');
    const units = plan.searches.filter((s) => s.role === 'one-unit');
    const merged = mergeResults(plan, [
      outcome(plan.searches[0]!, []),
      outcome(units[0]!, ['p1', 'p2', 'p3', 'p4']), // sore: 4 pages
      outcome(units[1]!, ['p5', 'p2']), // knee: 2 pages
      outcome(units[2]!, ['p2', 'p6', 'p1', 'p7', 'p8']), // running: 5 pages
    ]);
    // p2 has all three; p1 two; then one-word pages, the rarer word (knee) first.
    expect(merged.ids.slice(0, 3)).toEqual(['p2', 'p1', 'p5']);
    expect(merged.countsHold).toBe(false);
  });
});
