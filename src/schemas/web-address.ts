/** Web addresses and links to other websites. */
import { z } from 'astro/zod';
import { rejectedHostReason } from '../lib/rejected-hosts';

/**
 * A web address; only secure (https) addresses are accepted, and never one on a rejected host (a
 * mirror, a test, hosting or beta copy, a document-sharing site, a citation index or a retired
 * address: src/lib/rejected-hosts.ts), wherever content gives an address.
 */
export const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain }).superRefine((url, ctx) => {
  // A reader must be able to trust where a link goes: never a mirror, test host or copy.
  const refused = rejectedHostReason(url);
  if (refused) ctx.addIssue({ code: 'custom', message: refused });
});

/** A page on another website, named as its publisher names it. */
export const link = z.strictObject({
  /** The page's title. */
  title: z.string().min(3),
  /** Its web address. */
  url: httpsUrl,
});
