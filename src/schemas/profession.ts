/** A profession's page (content/professions/*.mdx): who they are, how to see one, how they are regulated. */
import { z } from 'astro/zod';
import { reviewDates } from './review-dates';
import { sources } from './source';
import { professionSlug, regulator } from './vocabulary';
import { httpsUrl, link } from './web-address';
import { SCHOOL_SUBJECT_IDS } from '../lib/subjects';
import { STARTING_BANDS } from '../lib/pay';

/** Pay, shown on the profession page with the figures from content/figures.yaml. */
const pay = z
  .strictObject({
    /** The Agenda for Change band newly qualified staff usually start on in the NHS, where a source says so. */
    startingBand: z.enum(STARTING_BANDS).optional(),
    /** One plain sentence for anything else a reader should know (for example that most work privately). */
    note: z.string().min(20).optional(),
  })
  .refine((p) => p.startingBand !== undefined || p.note !== undefined, {
    message: 'Give the usual starting band (startingBand: "5"), or a note saying why there is none.',
  });

/** The school subjects (A level or equivalent) the profession's courses usually ask for; the compare page and /professions/subjects/ read it. */
const entrySubjects = z.strictObject({
  /** Subjects of which courses usually ask for at least one (ids in src/lib/subjects.ts). Leave empty when no subject is set. */
  oneOf: z.array(z.enum(SCHOOL_SUBJECT_IDS)).default([]),
  /** True where the course is postgraduate only, so these subjects lead to the first degree it asks for. */
  forFirstDegree: z.boolean().default(false),
  /** One or two plain sentences: what the sources say about subjects, grades left out. */
  summary: z.string().min(20).max(300),
  /** Where a source confirms it: what courses say about an Access to Higher Education Diploma, in one sentence. */
  accessToHe: z.string().min(20).optional(),
  /** Where these facts come from: the pages that state the entry requirements. */
  sources,
});

/** How people in England get to see a profession; shown on its page under "How to see one". */
const access = z.strictObject({
  /** The short answer to "how do I see one?" shown first in At a glance: one or two plain sentences (NHS, self-referral, privately). */
  inShort: z.string().min(40).max(260),
  /** One or two plain sentences: who usually refers people through the NHS (a GP, another professional, a hospital team). */
  nhs: z.string().min(20),
  /** Self-referral to NHS services: `plan` (named by the 2023 primary care access plan), `local` (some services), `no`, or `emergency` (999). */
  selfReferral: z.enum(['plan', 'local', 'no', 'emergency']),
  /** For `plan`: the services the plan named that this profession works in, in a few words. */
  selfReferralServices: z.string().min(5).optional(),
  /** One plain sentence on seeing one privately, or why people do not. */
  privately: z.string().min(20),
  /** When to call 999 or use NHS 111 instead, where that fits this profession. */
  urgent: z.string().min(20).optional(),
  /** Pages on the NHS website (nhs.uk) that help. */
  nhsPages: z.array(link).default([]),
});

/** A profession's front matter. */
export const profession = z.strictObject({
  /** Plural name, used as the page heading (for example "Physiotherapists"). */
  title: z.string().min(3),
  /** Singular name (for example "Physiotherapist"). */
  singular: z.string().min(3),
  /** One line on what they do, for the A to Z list. */
  summary: z.string().min(20).max(200),
  /** Other names and everyday needs people type into search (chiropodist, foot pain...). */
  searchTerms: z.array(z.string()).min(1),
  /** The statutory regulator: hcpc or gosc. */
  regulator,
  /** Titles only a registered professional may use. */
  protectedTitles: z.array(z.string()).min(1),
  /** The professional body. */
  professionalBody: z.strictObject({
    /** Its name. */
    name: z.string().min(3),
    /** Its website. */
    url: httpsUrl.optional(),
  }),
  /** Typical places they work, short phrases. */
  settings: z.array(z.string()).min(3),
  /** Who they help, short phrases. */
  helps: z.array(z.string()).min(2),
  /** Professions that often work alongside this one. */
  related: z.array(professionSlug).default([]),
  /** How people get to see one in England. */
  access,
  /** Pay: the usual starting band, or a note saying why there is none. */
  pay,
  /** The school subjects its courses usually ask for, with their sources. */
  entrySubjects,
  /** Every fact on the page traces back to one of these. */
  sources,
  ...reviewDates,
});
