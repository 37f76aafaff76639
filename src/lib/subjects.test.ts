import { describe, expect, it } from 'vitest';
import { anySubject, professionsBySubject, SCHOOL_SUBJECT_IDS, subjectsPhrase, type EntrySubjects } from './subjects';
import type { ProfessionSlug } from './vocabulary';

const p = (slug: ProfessionSlug, oneOf: EntrySubjects['oneOf'], forFirstDegree = false) => ({ slug, subjects: { oneOf, forFirstDegree } });

describe('professionsBySubject', () => {
  const list = [
    p('physiotherapists', ['biology', 'pe']),
    p('radiographers', ['physics', 'chemistry', 'biology']),
    p('operating-department-practitioners', []),
  ];

  it('lists each subject with the professions that ask for it, in the order of the subject list', () => {
    const grouped = professionsBySubject(list);
    expect(grouped.map((g) => g.subject)).toEqual(['biology', 'chemistry', 'physics', 'pe']);
    expect(grouped[0]!.professions.map((x) => x.slug)).toEqual(['physiotherapists', 'radiographers']);
    expect(grouped.find((g) => g.subject === 'pe')!.name).toContain('PE');
  });

  it('leaves out subjects no profession names, and keeps professions with no set subject apart', () => {
    expect(professionsBySubject(list).some((g) => g.subject === 'music')).toBe(false);
    expect(anySubject(list).map((x) => x.slug)).toEqual(['operating-department-practitioners']);
  });

  it('knows every subject it offers', () => {
    expect(new Set(SCHOOL_SUBJECT_IDS).size).toBe(SCHOOL_SUBJECT_IDS.length);
  });
});

describe('subjectsPhrase', () => {
  it('joins the subjects with "or", as courses ask for one of them', () => {
    expect(subjectsPhrase({ oneOf: ['physics', 'chemistry', 'biology'], forFirstDegree: false })).toBe('Physics, chemistry or biology');
    expect(subjectsPhrase({ oneOf: ['biology'], forFirstDegree: false })).toBe('Biology');
  });

  it('keeps a capital that belongs to the name, such as PE', () => {
    expect(subjectsPhrase({ oneOf: ['biology', 'pe'], forFirstDegree: false })).toBe('Biology or physical education (PE)');
  });

  it('says when the subject leads to a first degree, and when no subject is set', () => {
    expect(subjectsPhrase({ oneOf: ['art'], forFirstDegree: true })).toBe('Art, for the first degree');
    expect(subjectsPhrase({ oneOf: [], forFirstDegree: false })).toBe('No set subject');
  });
});
