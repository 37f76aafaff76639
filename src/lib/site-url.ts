/**
 * The public address a production build is made for. Canonical links, the sitemap and the feed
 * are built from it, so a build without SITE_URL would silently point them all at localhost.
 */

/** Used when SITE_URL is not set: right for `astro dev` and local test builds only. */
export const LOCAL_SITE = 'http://localhost:4321';

export interface SiteUrlCheck {
  /** The address to build for. */
  site: string;
  /** What to tell the person building, if anything: an error stops the build, a warning does not. */
  problem?: { level: 'error' | 'warning'; message: string };
}

/**
 * Checks SITE_URL for a build. In CI a missing or malformed address stops the build, since what
 * CI builds may be deployed; on a person's machine a missing one only warns.
 */
export function checkSiteUrl(env: Record<string, string | undefined>, command: string): SiteUrlCheck {
  const value = env.SITE_URL?.trim();
  if (command !== 'build') return { site: value || LOCAL_SITE };
  if (!value) {
    const message = `SITE_URL is not set, so canonical links, the sitemap and the feed will point at ${LOCAL_SITE}. Build with SITE_URL=https://your.domain npm run build.`;
    return { site: LOCAL_SITE, problem: { level: env.CI ? 'error' : 'warning', message } };
  }
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
    return {
      site: LOCAL_SITE,
      problem: {
        level: 'error',
        message: `SITE_URL "${value}" is not a web address. Write it in full, for example https://ahp-hub.example.org.`,
      },
    };
  return { site: value };
}
