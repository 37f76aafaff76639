/** A glossary term (content/glossary/*.yaml): defined on /glossary/ and linked where a page first uses it. */
import { z } from 'astro/zod';
import { reviewDates } from './review-dates';
import { sources } from './source';

/** A term's file. */
export const glossaryTerm = z.strictObject({
  /** The term as readers meet it. */
  term: z.string().min(2),
  /** Its short form, if it has one (for example HCPC). */
  abbreviation: z.string().optional(),
  /** Other spellings that should be marked up as the same term. */
  aliases: z.array(z.string()).default([]),
  /** One or two plain-English sentences in our own words. */
  definition: z.string().min(20).max(400),
  /** A hub page that explains more. */
  seeAlso: z
    .string()
    .regex(/^\/[a-z0-9/-]*$/)
    .optional(),
  /** Every fact in the definition traces back to one of these. */
  sources,
  ...reviewDates,
});
