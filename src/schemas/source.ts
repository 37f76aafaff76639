/** Where a fact came from: every page, figure and quotation lists its sources. */
import { z } from 'astro/zod';
import { httpsUrl } from './web-address';

/** One source: a commissioning document (seed) or a public web page. */
export const source = z
  .strictObject({
    /** Title of the document or page. */
    title: z.string().min(3),
    /** Its web address, where one was found. */
    url: httpsUrl.optional(),
    /** The commissioning document, by its number in shared/seeds (000 to 004). */
    seed: z.enum(['000', '001', '002', '003', '004']).optional(),
    /** Who published it. */
    publisher: z.string().optional(),
    /** True for a document published on paper only, so it can have no web address. */
    printOnly: z.literal(true).optional(),
    /** True where no safe link exists: gone from the publisher or its public address not found, and only on hosts we never cite (src/lib/rejected-hosts.ts) or at an http address. */
    noSafeLink: z.literal(true).optional(),
  })
  .superRefine((s, ctx) => {
    // A reader must be able to find the source at all (its url is checked by httpsUrl).
    if (!s.url && !s.seed && !s.printOnly && !s.noSafeLink)
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message:
          'This source has no url and no seed. Add the publisher’s web address; or printOnly: true for a document published only on paper; or noSafeLink: true when it is online only as copies on sites we never cite or at an http address.',
      });
  });

/** An entry's sources: at least one; every fact it states traces back to one of them. */
export const sources = z.array(source).min(1);
