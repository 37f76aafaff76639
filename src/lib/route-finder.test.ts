/**
 * The route finder against the real routes data: every start and profession gives a non-empty
 * answer that agrees with content/routes/*.yaml, and the fallbacks work when data runs out.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROFESSIONS, ROUTES, type ProfessionSlug, type RouteId } from './vocabulary';
import { availabilityOf, factFor, needsFirstDegree, routeTable, type RouteFact, type RouteTable } from './routes';
import { START_IDS, STARTS, answerFor, answerForAnyProfession, answerHeading, finderHref, type StartId } from './route-finder';

const DIR = join(process.cwd(), 'content/routes');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(DIR, f), 'utf8')) as { profession: ProfessionSlug; routes: RouteFact[] });
const table = routeTable(files);
const fact = (p: ProfessionSlug, r: RouteId) => factFor(table, p, r);
const routesOf = (start: StartId, p: ProfessionSlug) => answerFor(table, start, p).routes.map((r) => r.route);

describe('the routes data', () => {
  it('has a file for each of the 14 professions, each listing every route once', () => {
    expect(files.map((f) => f.profession).sort()).toEqual([...PROFESSIONS].sort());
    for (const f of files) expect(f.routes.map((r) => r.route).sort(), f.profession).toEqual(Object.keys(ROUTES).sort());
  });

  it('says a first degree is needed for every postgraduate course and the arts therapies apprenticeship, and nothing else', () => {
    const flagged = files.flatMap((f) =>
      f.routes.filter((r) => r.available && needsFirstDegree(r)).map((r) => `${f.profession} ${r.route}`),
    );
    const expected = [
      ...PROFESSIONS.filter((p) => fact(p, 'postgraduate-pre-registration')?.available).map((p) => `${p} postgraduate-pre-registration`),
      'art-therapists degree-apprenticeship',
      'dramatherapists degree-apprenticeship',
      'music-therapists degree-apprenticeship',
    ];
    expect(flagged.sort()).toEqual(expected.sort());
  });

  it('lists, for each route, exactly the professions whose file marks it available, with their lengths', () => {
    for (const route of Object.keys(ROUTES) as RouteId[]) {
      const { available, unavailable } = availabilityOf(table, route);
      const yes = files.filter((f) => f.routes.some((r) => r.route === route && r.available));
      expect(available.map((a) => a.profession).sort(), route).toEqual(yes.map((f) => f.profession).sort());
      expect(unavailable.length + available.length).toBe(14);
      for (const a of available) expect(a.length).toBe(fact(a.profession, route)?.length);
    }
  });

  it('refuses a table with a profession missing', () => {
    expect(() => routeTable(files.filter((f) => f.profession !== 'orthoptists'))).toThrow(/orthoptists/);
  });
});

describe.each(START_IDS)('starting from %s', (start) => {
  const s = STARTS[start];

  it.each(PROFESSIONS)('gives a non-empty answer for %s that agrees with its routes file', (profession) => {
    const answer = answerFor(table, start, profession);
    expect(answer.routes.length).toBeGreaterThan(0);
    for (const r of answer.routes) {
      const f = fact(profession, r.route);
      expect(f?.available, r.route).toBe(true);
      expect({ length: r.length, entry: r.entry, note: r.note }).toEqual({ length: f?.length, entry: f?.entry, note: f?.note });
      const needsDegree = needsFirstDegree(f!);
      if (!needsDegree || s.degree === 'yes') expect(r.condition).toBe('none');
      else if (s.degree === 'maybe') expect(r.condition).toBe('if-you-have-a-degree');
      else expect(r.condition).toBe('after-a-first-degree');
    }
    // Every usual route for this start that is open to them is offered, in the start's order.
    const open = s.routes.filter((r) => fact(profession, r)?.available && !(s.degree === 'no' && needsFirstDegree(fact(profession, r)!)));
    if (answer.nearest) {
      expect(open).toEqual([]);
      for (const r of answer.routes)
        expect(r.condition === 'after-a-first-degree' || (s.nearest as readonly RouteId[]).includes(r.route)).toBe(true);
    } else {
      expect(answer.routes.map((r) => r.route)).toEqual(open);
    }
    expect(answer.missing.map((m) => m.route)).toEqual(s.routes.filter((r) => !fact(profession, r)?.available));
    for (const m of answer.missing) expect(m.note).toBe(fact(profession, m.route)?.note);
    expect(answer.otherProfessions).toEqual([]);
  });

  it('for any profession, lists each route with exactly the professions the per-profession answers give', () => {
    const any = answerForAnyProfession(table, start);
    expect(any.length).toBeGreaterThan(0);
    const pairs = any.flatMap((r) => r.professions.map((p) => `${r.route} ${p.profession} ${p.condition}`));
    const expected = PROFESSIONS.flatMap((p) => {
      const a = answerFor(table, start, p);
      return a.nearest ? [] : a.routes.map((r) => `${r.route} ${p} ${r.condition}`);
    });
    expect(pairs.sort()).toEqual(expected.sort());
  });
});

describe('answers people ask for', () => {
  it('a school leaver: a degree, a degree apprenticeship or starting as a support worker', () => {
    expect(routesOf('school', 'physiotherapists')).toEqual(['undergraduate-degree', 'degree-apprenticeship', 'support-worker']);
    // The orthoptics apprenticeship awaits HCPC approval, so it is not offered; the answer says why.
    expect(routesOf('school', 'orthoptists')).toEqual(['undergraduate-degree']);
    const orthoptics = answerFor(table, 'school', 'orthoptists').missing.find((m) => m.route === 'degree-apprenticeship');
    expect(orthoptics?.note).toMatch(/HCPC approval/);
  });

  it('a graduate: the postgraduate course first', () => {
    expect(routesOf('graduate', 'dietitians')).toEqual(['postgraduate-pre-registration', 'undergraduate-degree', 'degree-apprenticeship']);
    expect(routesOf('graduate', 'osteopaths')).toEqual(['undergraduate-degree']);
  });

  it('a support worker: progress from support work, or an apprenticeship', () => {
    const a = answerFor(table, 'support-worker', 'occupational-therapists');
    expect(a.routes.slice(0, 2).map((r) => r.route)).toEqual(['support-worker', 'degree-apprenticeship']);
    expect(a.routes.find((r) => r.route === 'postgraduate-pre-registration')?.condition).toBe('if-you-have-a-degree');
  });

  it('a returning physiotherapist: return to practice, with the HCPC updating rule', () => {
    const a = answerFor(table, 'returning', 'physiotherapists');
    expect(a.routes.map((r) => r.route)).toEqual(['return-to-practice']);
    expect(a.routes[0]?.note).toMatch(/30 days/);
  });

  it('someone trained overseas: the overseas route for every profession', () => {
    for (const p of PROFESSIONS) expect(routesOf('overseas', p)).toEqual(['overseas']);
  });

  it('a school leaver who wants to be an art therapist: no route straight from school, so the nearest after a first degree', () => {
    const a = answerFor(table, 'school', 'art-therapists');
    expect(a.nearest).toBe(true);
    expect(a.routes.map((r) => [r.route, r.condition])).toEqual([
      ['degree-apprenticeship', 'after-a-first-degree'],
      ['postgraduate-pre-registration', 'after-a-first-degree'],
    ]);
    expect(a.missing.map((m) => m.route)).toEqual(['undergraduate-degree', 'support-worker']);
  });

  it('a career changer into osteopathy: the full-time degree, and the routes osteopathy lacks', () => {
    const a = answerFor(table, 'career-changer', 'osteopaths');
    expect(a.routes.map((r) => r.route)).toEqual(['undergraduate-degree']);
    expect(a.missing.map((m) => m.route)).toEqual(['degree-apprenticeship', 'postgraduate-pre-registration', 'support-worker']);
  });
});

describe('when the data runs out', () => {
  const closedTo = (routes: RouteId[], profession: ProfessionSlug): RouteTable => ({
    ...table,
    [profession]: table[profession].map((f) => (routes.includes(f.route) ? { ...f, available: false } : f)),
  });

  it('suggests retraining when a profession had no return to practice', () => {
    const a = answerFor(closedTo(['return-to-practice'], 'podiatrists'), 'returning', 'podiatrists');
    expect(a.nearest).toBe(true);
    expect(a.routes.map((r) => r.route)).toEqual(['postgraduate-pre-registration', 'undergraduate-degree', 'degree-apprenticeship']);
    expect(a.routes[0]?.condition).toBe('if-you-have-a-degree');
  });

  it('for any profession, falls back to the nearest routes when the usual ones exist nowhere', () => {
    const noReturn = Object.fromEntries(
      PROFESSIONS.map((p) => [p, table[p].map((f) => (f.route === 'return-to-practice' ? { ...f, available: false } : f))]),
    ) as unknown as RouteTable;
    expect(answerForAnyProfession(noReturn, 'returning').map((r) => r.route)).toEqual(STARTS.returning.nearest);
  });

  it('suggests other professions, related ones first, when nothing at all is open', () => {
    const closed = closedTo(Object.keys(ROUTES) as RouteId[], 'podiatrists');
    const a = answerFor(closed, 'school', 'podiatrists', ['physiotherapists', 'art-therapists']);
    expect(a.routes).toEqual([]);
    // Art therapy is related but has no route from school, so it is not offered.
    expect(a.otherProfessions[0]).toBe('physiotherapists');
    expect(a.otherProfessions).not.toContain('art-therapists');
    expect(a.otherProfessions).not.toContain('podiatrists');
    expect(a.otherProfessions.length).toBeGreaterThan(5);
  });
});

describe('finder addresses', () => {
  it('builds one static page per choice', () => {
    expect(finderHref()).toBe('/careers/route-finder/');
    expect(finderHref('school')).toBe('/careers/route-finder/school/');
    expect(finderHref('returning', 'physiotherapists')).toBe('/careers/route-finder/returning/physiotherapists/');
  });

  it('heads each answer page with the start and the profession, with the right article', () => {
    expect(answerHeading('school', 'Physiotherapist')).toBe('Becoming a physiotherapist if you are at school or college');
    expect(answerHeading('career-changer', 'Occupational therapist')).toBe('Becoming an occupational therapist if you are changing career');
    expect(answerHeading('returning', 'Physiotherapist')).toBe('Returning to practice as a physiotherapist after a break');
  });
});
