/** An everyday need on /who-can-help/ (content/needs/*.yaml), pointing to the professions that help with it. */
import { z } from 'astro/zod';
import { reviewDates } from './review-dates';
import { sources } from './source';
import { professionSlug } from './vocabulary';
import { link } from './web-address';

/** A need's file. */
export const need = z.strictObject({
  /** The need in a few everyday words, used as its heading (for example "Swallowing"). */
  title: z.string().min(3),
  /** One or two plain sentences: what the need looks like. */
  summary: z.string().min(20).max(300),
  /** Position on the page (lower first). */
  order: z.number().int().default(100),
  /** The professions that help, each with what they do for this need. */
  professions: z
    .array(
      z.strictObject({
        /** The profession. */
        profession: professionSlug,
        /** What they do for this need, as a short phrase that follows the profession's name. */
        role: z.string().min(10),
      }),
    )
    .min(1),
  /** How to get seen for this need, in one or two plain sentences: who can refer you, and whether you can refer yourself. */
  howToGetSeen: z.string().min(30).max(400),
  /** When to get urgent help instead: call 999 or use NHS 111, as an nhs.uk page in `nhsPages` says. */
  urgent: z.string().min(20).optional(),
  /** Pages on the NHS website (nhs.uk) that say more. */
  nhsPages: z.array(link).default([]),
  /** Every fact in the entry traces back to one of these. */
  sources,
  ...reviewDates,
});
