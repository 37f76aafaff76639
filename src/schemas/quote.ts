/** A quotation from the strategy (content/quotes/*.yaml), shown beside the parts it speaks to. */
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
