/**
 * A dated figure the site states (pay, wages, fees, funding, workforce and register counts...), each
 * stated once in content/figures.yaml. Pages show them through the Figure, PayTable and FigureGrid
 * components; the build stops once a figure's checkBy date has passed (src/lib/figures.ts).
 */
import { z } from 'astro/zod';
import { isoDate } from './review-dates';
import { sources } from './source';
import { slugId } from './vocabulary';

/** One figure in content/figures.yaml. */
export const figure = z.strictObject({
  /** The figure's id, used by pages that show it. Pay points are afc-band-<band>-<years in band>. */
  id: slugId,
  /** The number itself. */
  value: z.number(),
  /** How it is shown, for example "£8.00 an hour" or "21,000+". */
  display: z.string().min(1),
  /** What it is, in a few words. */
  label: z.string().min(3),
  /** The date it applies from (a rate) or describes (a count) (YYYY-MM-DD). */
  appliesFrom: isoDate,
  /** For a figure about a past period: the period in words, shown instead of "from <month year>". */
  period: z.string().min(4).optional(),
  /** The date by which an editor must check it again (YYYY-MM-DD); the build fails after it. */
  checkBy: isoDate,
  /** Where it is published. */
  sources,
});
