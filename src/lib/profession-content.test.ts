/**
 * The facts a student reads on every profession page and on the compare and subjects pages, against
 * the real content: each profession answers "how do I see one?" in short, has a starting band the
 * pay figures cover (or says why not), and names its school subjects with sources.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../data/content-files';
import { contentDataOf } from './frontmatter';
import { bandRange } from './pay';
import { SCHOOL_SUBJECT_IDS } from './subjects';
import { LEARNING_SUPPORT_FUND_PROFESSIONS } from './funding';
import { PROFESSIONS, type ProfessionSlug } from './vocabulary';

interface ProfessionData {
  access: { inShort: string };
  pay: { startingBand?: string; note?: string };
  entrySubjects: { oneOf?: string[]; forFirstDegree?: boolean; sources: unknown[] };
}

const files = readContentFiles(process.cwd());
const figureIds = (contentDataOf('content/figures.yaml', files.find(([f]) => f === 'content/figures.yaml')![1]) as { id: string }[]).map(
  (f) => f.id,
);
const professions = files
  .filter(([f]) => f.startsWith('content/professions/'))
  .map(([f, text]) => ({ slug: f.replace(/^.*\/|\.mdx$/g, '') as ProfessionSlug, data: contentDataOf(f, text) as ProfessionData }));

describe('every profession, for the public and students', () => {
  it('covers all fourteen', () => {
    expect(professions.map((p) => p.slug).sort()).toEqual([...PROFESSIONS].sort());
  });

  it('answers "how do I see one?" in one or two sentences', () => {
    for (const p of professions) {
      const short = p.data.access.inShort;
      expect(short.split(/(?<=\.)\s/).length, p.slug).toBeLessThanOrEqual(2);
    }
  });

  it('gives a starting band whose pay points are in content/figures.yaml, or says why there is none', () => {
    for (const p of professions) {
      const pay = p.data.pay;
      if (pay.startingBand) expect(() => bandRange(pay.startingBand!, figureIds), p.slug).not.toThrow();
      else expect(pay.note, p.slug).toBeTruthy();
    }
  });

  it('names known school subjects, with at least one source for them', () => {
    for (const p of professions) {
      const s = p.data.entrySubjects;
      for (const subject of s.oneOf ?? []) expect(SCHOOL_SUBJECT_IDS, p.slug).toContain(subject);
      expect(s.sources.length, p.slug).toBeGreaterThan(0);
    }
  });

  it('marks the postgraduate-only professions, which the Learning Support Fund does not cover', () => {
    const firstDegree = professions.filter((p) => p.data.entrySubjects.forFirstDegree).map((p) => p.slug);
    expect(firstDegree.sort()).toEqual(['art-therapists', 'dramatherapists', 'music-therapists']);
    for (const p of firstDegree) expect(LEARNING_SUPPORT_FUND_PROFESSIONS.has(p)).toBe(false);
  });
});
