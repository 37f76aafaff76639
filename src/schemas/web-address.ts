/** Web addresses and links to other websites. */
import { z } from 'astro/zod';

/** A web address; only secure (https) addresses are accepted. */
export const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

/** A page on another website, named as its publisher names it. */
export const link = z.strictObject({
  /** The page's title. */
  title: z.string().min(3),
  /** Its web address. */
  url: httpsUrl,
});
