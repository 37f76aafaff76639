/**
 * How people get help, against the real content: every profession says how to see one and is
 * named by at least one everyday need, needs are ordered and anchored uniquely, and every route
 * ends in at least one official next step.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../data/content-files';
import { contentDataOf } from './frontmatter';
import { NEXT_STEP_LINKS } from './career-links';
import { needAnchor, needsFor, selfReferralText, sortNeeds, uniqueSources, type Need, type SelfReferral } from './help';
import { PROFESSIONS, ROUTES, type ProfessionSlug, type RouteId } from './vocabulary';

const files = readContentFiles(process.cwd());
const dataIn = (folder: string) =>
  files
    .filter(([f]) => f.startsWith(`content/${folder}/`))
    .map(([f, text]) => ({ file: f, data: contentDataOf(f, text) as Record<string, unknown> }));
const needs: Need[] = dataIn('needs').map(({ file, data }) => ({ id: file.replace(/^.*\/|\.yaml$/g, ''), ...(data as Omit<Need, 'id'>) }));
const professions = dataIn('professions').map(({ file, data }) => ({
  slug: file.replace(/^.*\/|\.mdx$/g, '') as ProfessionSlug,
  access: data['access'] as { selfReferral: SelfReferral; selfReferralServices?: string },
}));

describe('self-referral wording', () => {
  it('names the services the 2023 plan covers, and refuses a plan entry without them', () => {
    expect(selfReferralText('plan', 'community podiatry')).toContain('refer themselves to community podiatry');
    expect(() => selfReferralText('plan')).toThrow(/selfReferralServices/);
  });

  it('says something different for each kind', () => {
    const kinds: SelfReferral[] = ['plan', 'local', 'no', 'emergency'];
    const texts = kinds.map((k) => selfReferralText(k, 'falls services'));
    expect(new Set(texts).size).toBe(kinds.length);
    expect(selfReferralText('emergency')).toContain('999');
  });

  it('is given by every profession, with the services named wherever it cites the plan', () => {
    expect(professions.map((p) => p.slug).sort()).toEqual([...PROFESSIONS].sort());
    for (const p of professions) {
      expect(() => selfReferralText(p.access.selfReferral, p.access.selfReferralServices), p.slug).not.toThrow();
    }
  });
});

describe('the everyday needs', () => {
  it('point every profession to at least one need, so each profession page links to /who-can-help/', () => {
    for (const p of PROFESSIONS) expect(needsFor(needs, p).length, p).toBeGreaterThan(0);
  });

  it('name only the needs that list the profession, in page order', () => {
    for (const p of PROFESSIONS) {
      const found = needsFor(needs, p);
      expect(found.every((n) => n.professions.some((x) => x.profession === p))).toBe(true);
      expect(found.length).toBe(needs.filter((n) => n.professions.some((x) => x.profession === p)).length);
      expect(found.map((n) => n.order)).toEqual([...found.map((n) => n.order)].sort((a, b) => a - b));
    }
  });

  it('have an anchor each, all different', () => {
    const anchors = needs.map(needAnchor);
    expect(new Set(anchors).size).toBe(needs.length);
    expect(needAnchor({ title: 'Eyes that turn (squint)' })).toBe('eyes-that-turn-squint');
  });

  it('sort by order, then by title when two share an order', () => {
    const sorted = sortNeeds([
      { title: 'B', order: 2 },
      { title: 'Z', order: 1 },
      { title: 'A', order: 2 },
    ]);
    expect(sorted.map((n) => n.title)).toEqual(['Z', 'A', 'B']);
  });
});

describe('the needs say how to get seen, and when it is urgent', () => {
  type FullNeed = Need & { howToGetSeen?: string; urgent?: string; nhsPages?: { url: string }[]; sources: { url?: string }[] };
  const full = needs as FullNeed[];

  it('say how to get seen for every need', () => {
    for (const n of full) expect(n.howToGetSeen?.length ?? 0, n.id).toBeGreaterThan(30);
  });

  it('back every urgent warning with a page on nhs.uk, listed for the reader and in the sources', () => {
    const urgent = full.filter((n) => n.urgent);
    expect(urgent.length).toBeGreaterThan(0);
    for (const n of urgent) {
      const nhs = (n.nhsPages ?? []).map((p) => p.url).filter((u) => new URL(u).hostname === 'www.nhs.uk');
      expect(nhs.length, `${n.id}: an nhs.uk page`).toBeGreaterThan(0);
      expect(
        n.sources.some((s) => s.url && nhs.includes(s.url)),
        `${n.id}: the nhs.uk page is a source`,
      ).toBe(true);
    }
  });

  it('include the back pain choice between physio and osteopath, and care homes, each with when to call 999', () => {
    const back = full.find((n) => /physiotherapist or osteopath/i.test(n.title));
    expect(back?.professions.map((p) => p.profession).sort()).toEqual(['osteopaths', 'physiotherapists']);
    expect(back?.urgent).toMatch(/999/);
    const care = full.find((n) => /care home/i.test(n.title));
    expect(care?.professions.map((p) => p.profession)).toContain('speech-and-language-therapists');
    expect(care?.howToGetSeen).toMatch(/care home staff/);
    expect(care?.urgent).toMatch(/999/);
  });
});

describe('uniqueSources', () => {
  it('keeps each address once, in first-seen order, and falls back to the title without one', () => {
    const a = { title: 'One', url: 'https://example.org/1' };
    const b = { title: 'Two', url: 'https://example.org/2' };
    const c = { title: 'Print only' };
    expect(
      uniqueSources([
        [a, c],
        [b, { ...a, title: 'One again' }, c],
      ]),
    ).toEqual([a, c, b]);
  });
});

describe('next steps on each route', () => {
  it('give every route at least one secure link, none twice', () => {
    for (const route of Object.keys(ROUTES) as RouteId[]) {
      const links = NEXT_STEP_LINKS[route];
      expect(links.length, route).toBeGreaterThan(0);
      expect(
        links.every((l) => l.url.startsWith('https://')),
        route,
      ).toBe(true);
      expect(new Set(links.map((l) => l.url)).size, route).toBe(links.length);
    }
  });
});
