/** A profession's page (content/professions/*.mdx): who they are, how to see one, how they are regulated. */
import { z } from 'astro/zod';
import { reviewDates } from './review-dates';
import { sources } from './source';
import { professionSlug, regulator } from './vocabulary';
import { httpsUrl, link } from './web-address';

/** How people in England get to see a profession; shown on its page under "How to see one". */
const access = z.strictObject({
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
  /** Every fact on the page traces back to one of these. */
  sources,
  ...reviewDates,
});
