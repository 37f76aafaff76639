import { describe, expect, it } from 'vitest';
import { checkSiteUrl, LOCAL_SITE } from './site-url';

describe('checkSiteUrl', () => {
  it('builds for the address given', () => {
    expect(checkSiteUrl({ SITE_URL: 'https://ahp.example.org' }, 'build')).toEqual({ site: 'https://ahp.example.org' });
    expect(checkSiteUrl({ SITE_URL: 'https://ahp.example.org', CI: 'true' }, 'build').problem).toBeUndefined();
  });

  it('stops a CI build that has no address, saying how to give one', () => {
    const { site, problem } = checkSiteUrl({ CI: 'true' }, 'build');
    expect(site).toBe(LOCAL_SITE);
    expect(problem?.level).toBe('error');
    expect(problem?.message).toMatch(/SITE_URL is not set.*SITE_URL=https:\/\/your\.domain npm run build/);
  });

  it('only warns on a person’s machine', () => {
    expect(checkSiteUrl({}, 'build').problem?.level).toBe('warning');
    expect(checkSiteUrl({ SITE_URL: '  ' }, 'build').problem?.level).toBe('warning');
  });

  it('stops any build given something that is not a web address', () => {
    expect(checkSiteUrl({ SITE_URL: 'ahp.example.org' }, 'build').problem).toMatchObject({ level: 'error', message: /not a web address/ });
    expect(checkSiteUrl({ SITE_URL: 'ftp://ahp.example.org' }, 'build').problem?.level).toBe('error');
  });

  it('says nothing outside a build (astro dev, check, sync)', () => {
    expect(checkSiteUrl({ CI: 'true' }, 'dev')).toEqual({ site: LOCAL_SITE });
    expect(checkSiteUrl({ CI: 'true' }, 'sync')).toEqual({ site: LOCAL_SITE });
  });
});
