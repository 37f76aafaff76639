/** The ways into a profession (content/routes/*.yaml): degree, apprenticeship, postgraduate... */
import { z } from 'astro/zod';
import { reviewDates } from './review-dates';
import { sources } from './source';
import { professionSlug, routeId } from './vocabulary';

/** One way in, for one profession. */
const routeStep = z.strictObject({
  /** Which way in: one of the route ids in src/lib/vocabulary.ts. */
  route: routeId,
  /** Whether this route exists for the profession in England. */
  available: z.boolean(),
  /** Typical length, as the source states it. */
  length: z.string().optional(),
  /** What entry usually needs, as the source states it. */
  entry: z.string().optional(),
  /** Anything else a reader should know. */
  note: z.string().optional(),
});

/** A profession's routes file. */
export const routes = z.strictObject({
  /** The profession these routes are for. */
  profession: professionSlug,
  /** One line per way in. */
  routes: z.array(routeStep).min(1),
  /** Every fact in the entry traces back to one of these. */
  sources,
  ...reviewDates,
});
