/** Calendar dates, and the review dates every page-like entry carries. */
import { z } from 'astro/zod';

/** A calendar date written as YYYY-MM-DD (YAML may already have read it as a date). */
export const isoDate = z
  .preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  )
  // Only a date in the right form is checked against the calendar: the form's own message is enough otherwise.
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || (!Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s)), {
    message: 'That date does not exist. Write dates as YYYY-MM-DD, for example 2026-11-22.',
  })
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** When a page was last checked and must next be checked; spread into a page's schema. */
export const reviewDates = {
  /** When an editor last checked the page (YYYY-MM-DD). */
  lastReviewed: isoDate,
  /** When the page must next be checked (YYYY-MM-DD). */
  nextReview: isoDate,
};
