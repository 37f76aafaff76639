import { describe, expect, it } from 'vitest';
import { REJECTED_HOSTS, rejectedHostReason } from './rejected-hosts';

describe('rejected source hosts', () => {
  it('refuses each kind of host the hub has been caught citing, and says why', () => {
    expect(rejectedHostReason('https://hep-ucascom.ucasenvironments.com/x')).toMatch(
      /^hep-ucascom\.ucasenvironments\.com is a UCAS test environment/,
    );
    expect(rejectedHostReason('https://ifate-web-dev.azurewebsites.net/a')).toMatch(/development or test deployment/);
    expect(rejectedHostReason('https://scp-public-test.aptsolutions.net/')).toMatch(/test site/);
    expect(rejectedHostReason('https://docplayer.net/amp/1.html')).toMatch(/document-sharing/);
    expect(rejectedHostReason('https://www.paperzz.com/doc')).toMatch(/document-sharing/);
    expect(rejectedHostReason('https://ccg-alert.blogspot.com/2020/')).toMatch(/personal blog/);
    expect(rejectedHostReason('https://hcpcdefencebarristers.co.uk/protected-titles/')).toMatch(/law firm/);
    expect(rejectedHostReason('https://en.m.wikipedia.org/wiki/X')).toMatch(/^en\.m\.wikipedia\.org is Wikipedia/);
    expect(rejectedHostReason('https://www.wikiwand.com/en/X')).toMatch(/copy of Wikipedia/);
    expect(rejectedHostReason('https://iiab.me/kiwix/content/x')).toMatch(/offline copy of Wikipedia/);
    expect(rejectedHostReason('https://DOCPLAYER.NET/x')).toBeDefined();
    expect(rejectedHostReason('https://dev.networks.sustainablehealthcare.org.uk/resources/x')).toMatch(/development or test copy/);
    expect(rejectedHostReason('https://staging-www.example.org.uk/')).toMatch(/development or test copy/);
  });

  it('accepts publishers, including hosts that only end with a rejected name', () => {
    expect(rejectedHostReason('https://www.hcpc-uk.org/standards/')).toBeUndefined();
    expect(rejectedHostReason('https://www.gov.uk/national-minimum-wage-rates')).toBeUndefined();
    expect(rejectedHostReason('https://notwikipedia.org/')).toBeUndefined();
    expect(rejectedHostReason('https://www.devon.gov.uk/')).toBeUndefined();
    expect(rejectedHostReason('https://testingtimes.example.org/')).toBeUndefined();
    expect(rejectedHostReason('not a url')).toBeUndefined();
  });

  it('explains every entry', () => {
    for (const h of REJECTED_HOSTS) {
      expect(h.pattern).toMatch(/^(\*\.)?[a-z0-9.-]+$/);
      expect(h.why.length).toBeGreaterThan(5);
    }
  });
});
