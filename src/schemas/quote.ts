/** Quotations: voices from the strategy (content/quotes/*.yaml) and the strategy's own words (content/quotes/strategy/*.yaml). */
import { z } from 'astro/zod';
import { sources } from './source';
import { strategyPart } from './vocabulary';

/** A quotation's file. */
export const quote = z.strictObject({
  /** The words, exactly as the strategy prints them. */
  text: z.string().min(10),
  /** Who said it, when and where, as the strategy attributes it. */
  attribution: z.string().min(3),
  /** Strategy parts the quotation speaks to. */
  strategyParts: z.array(strategyPart).min(1),
  /** Where it is printed. */
  sources,
});

/** A short quotation of AHPs Deliver itself: one sentence, word for word. */
const strategySentence = z
  .string()
  .min(10)
  .max(300)
  .refine((s) => /[.!?]$/.test(s) && !/[.!?]\s+[A-Z]/.test(s), {
    message: 'Quote one whole sentence, ending with its full stop, exactly as the strategy prints it.',
  });

/** For one strategy part, a few of the strategy's own sentences with where they are printed (content/quotes/strategy/*.yaml). */
export const strategyWords = z.strictObject({
  /** The strategy part these words belong to; one file per part. */
  part: strategyPart,
  /** The section of the strategy, as its contents page names it (for example "Section 4. AHPs Deliver: Areas of focus"). */
  section: z.string().regex(/^Section \d\. /),
  /** The heading the sentences sit under, as the contents page lists it. */
  heading: z.string().min(3),
  /** The page that heading starts on, from the contents page. */
  page: z.number().int().min(1).max(40),
  /** The last page under that heading, where it runs over more than one page. */
  lastPage: z.number().int().min(2).max(40).optional(),
  /** Two or three sentences, each quoted exactly, in the order the strategy prints them. */
  quotations: z.array(strategySentence).min(2).max(3),
  /** The strategy: its seed and NHS England's page for it, which the quotations link to. */
  sources,
});
