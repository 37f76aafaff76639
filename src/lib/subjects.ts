/**
 * School subjects and the professions whose courses ask for them: the fixed list of subjects a
 * profession's `entrySubjects.oneOf` may name (content/professions), and the grouping that the
 * subjects page (/professions/subjects/) and the compare page share, so both read one source.
 */
import type { ProfessionSlug } from './vocabulary';

/** The school subjects (A level or equivalent) a profession's courses may ask for, as the pages name them. */
const SCHOOL_SUBJECTS = {
  biology: 'Biology',
  chemistry: 'Chemistry',
  physics: 'Physics',
  maths: 'Maths',
  psychology: 'Psychology',
  pe: 'Physical education (PE)',
  languages: 'A modern language',
  engineering: 'Engineering',
  art: 'Art',
  drama: 'Drama',
  music: 'Music',
} as const;
export type SchoolSubject = keyof typeof SCHOOL_SUBJECTS;
export const SCHOOL_SUBJECT_IDS = Object.keys(SCHOOL_SUBJECTS) as [SchoolSubject, ...SchoolSubject[]];

/** What a profession's content says about the school subjects its courses ask for. */
export interface EntrySubjects {
  /** Subjects of which courses usually ask for at least one; empty when no subject is set. */
  oneOf: readonly SchoolSubject[];
  /** True for the arts therapies: the subjects lead to the first degree that the postgraduate course asks for. */
  forFirstDegree: boolean;
}

/** Every subject with the professions that ask for it, in the order of SCHOOL_SUBJECTS; subjects no profession names are left out. */
export function professionsBySubject<P extends { slug: ProfessionSlug; subjects: EntrySubjects }>(
  professions: readonly P[],
): Array<{ subject: SchoolSubject; name: string; professions: P[] }> {
  return SCHOOL_SUBJECT_IDS.map((subject) => ({
    subject,
    name: SCHOOL_SUBJECTS[subject],
    professions: professions.filter((p) => p.subjects.oneOf.includes(subject)),
  })).filter((s) => s.professions.length > 0);
}

/** The professions whose courses set no school subject. */
export const anySubject = <P extends { subjects: EntrySubjects }>(professions: readonly P[]): P[] =>
  professions.filter((p) => p.subjects.oneOf.length === 0);

/** The subjects as a short phrase for a table cell: "Biology, chemistry or physics", or "No set subject". */
export function subjectsPhrase(subjects: EntrySubjects): string {
  if (subjects.oneOf.length === 0) return 'No set subject';
  const names = subjects.oneOf.map((s, i) =>
    i === 0 ? SCHOOL_SUBJECTS[s] : SCHOOL_SUBJECTS[s].replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()),
  );
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return subjects.forFirstDegree ? `${list}, for the first degree` : list;
}
