import { describe, expect, it } from 'vitest';
import { NON_PUBLIC_PREFIXES, REJECTED_HOSTS, REJECTED_PATHS, rejectedHostReason } from './rejected-hosts';

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

  it('refuses a site’s hosting or editing copy (prod., production., mrs.), not its public address', () => {
    for (const url of [
      'https://prod.hcpc-uk.org/registration/your-registration/why-your-registration-matters/',
      'https://mrs.hcpc-uk.org/news-and-events/news/2017/hcpc-secures-successful-protection-of-title-prosecution',
      'https://prod.healthregulation.org/news-and-events/news/2021/x',
      'https://production.networks.sustainablehealthcare.org.uk/resources/x',
      'https://preprod.example.org.uk/',
    ])
      expect(rejectedHostReason(url)).toMatch(
        /^[a-z.-]+ is a copy of a site on its hosting or editing system, not its public address\. Cite the publisher’s own page/,
      );
  });

  it('refuses a trial (beta) version of a service, such as a job advert on beta.jobs.nhs.uk', () => {
    expect(rejectedHostReason('https://beta.jobs.nhs.uk/candidate/jobadvert/C9377-SURG2211')).toBe(
      'beta.jobs.nhs.uk is a trial (beta) version of a service, not its public address. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    );
    expect(rejectedHostReason('https://alpha.example.gov.uk/')).toMatch(/trial \(beta\) version/);
  });

  it('refuses magazine and document-sharing hosts', () => {
    expect(rejectedHostReason('https://issuu.com/ihmpublish/docs/regional_hub_magazine_issue_4/s/17058308')).toMatch(
      /^issuu\.com is a magazine and document-sharing site, not the publisher’s own page\./,
    );
    expect(rejectedHostReason('https://content.yudu.com/web/1u0jl/0A1up6l/CSJ-January-2022/html/34.html')).toMatch(
      /^content\.yudu\.com is a magazine and document-sharing site/,
    );
    expect(rejectedHostReason('https://fr.scribd.com/document/59231525/x')).toMatch(/^fr\.scribd\.com is a document-sharing site/);
    expect(rejectedHostReason('https://www.yumpu.com/en/document/view/1/x')).toMatch(/document-sharing site/);
  });

  it('refuses citation indexes and points to the article’s DOI', () => {
    expect(rejectedHostReason('https://ouci.dntb.gov.ua/en/works/7BAPBg69')).toMatch(
      /^ouci\.dntb\.gov\.ua is a citation index, not the journal: cite the article’s DOI/,
    );
    expect(rejectedHostReason('https://www.semanticscholar.org/paper/x')).toMatch(/citation index/);
    expect(rejectedHostReason('https://doi.org/10.1016/j.puhip.2022.100269')).toBeUndefined();
  });

  it('refuses retired and alias addresses, naming the current one', () => {
    expect(rejectedHostReason('https://nationalcareersservice.direct.gov.uk/advice/planning/jobprofiles/Pages/x.aspx')).toMatch(
      /^nationalcareersservice\.direct\.gov\.uk is the National Careers Service’s retired address: cite its current site, nationalcareers\.service\.gov\.uk\./,
    );
    expect(rejectedHostReason('https://www.hpc-uk.org/aboutregistration/')).toMatch(
      /old address of the HCPC’s site: cite www\.hcpc-uk\.org/,
    );
    expect(rejectedHostReason('https://www.hcpc-uk.co.uk/x/')).toMatch(/alias of the HCPC’s site/);
  });

  it('refuses the Welsh-language section of the HCPC’s site, but not its English pages', () => {
    expect(rejectedHostReason('https://www.hcpc-uk.org/cy-gb/cofrestru/returning-to-practice/x/')).toBe(
      'www.hcpc-uk.org/cy-gb/ is the Welsh-language section of the HCPC’s site: cite the English page on www.hcpc-uk.org. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    );
    expect(rejectedHostReason('https://www.hcpc-uk.org/CY-GB/x')).toBeDefined();
    expect(rejectedHostReason('https://www.hcpc-uk.org/concerns/what-we-investigate/registered-professionals/')).toBeUndefined();
    expect(rejectedHostReason('https://www.example.org/cy-gb/')).toBeUndefined();
  });

  it('accepts publishers, including hosts that only end with a rejected name', () => {
    expect(rejectedHostReason('https://www.hcpc-uk.org/standards/')).toBeUndefined();
    expect(rejectedHostReason('https://www.gov.uk/national-minimum-wage-rates')).toBeUndefined();
    expect(rejectedHostReason('https://notwikipedia.org/')).toBeUndefined();
    expect(rejectedHostReason('https://www.devon.gov.uk/')).toBeUndefined();
    expect(rejectedHostReason('https://testingtimes.example.org/')).toBeUndefined();
    expect(rejectedHostReason('not a url')).toBeUndefined();
    // Names that merely begin with a refused prefix, without the dot or hyphen after it.
    expect(rejectedHostReason('https://production-music.example.org/')).toMatch(/hosting or editing/);
    expect(rejectedHostReason('https://products.example.org/')).toBeUndefined();
    expect(rejectedHostReason('https://betamax.example.org/')).toBeUndefined();
    expect(rejectedHostReason('https://mrsmith.example.org/')).toBeUndefined();
    expect(rejectedHostReason('https://www.jobs.nhs.uk/candidate/search')).toBeUndefined();
    expect(rejectedHostReason('https://nationalcareers.service.gov.uk/job-profiles/x')).toBeUndefined();
    expect(rejectedHostReason('https://networks.sustainablehealthcare.org.uk/resources/x')).toBeUndefined();
  });

  it('explains every entry', () => {
    for (const h of [...REJECTED_HOSTS, ...REJECTED_PATHS]) {
      expect(h.pattern).toMatch(/^(\*\.)?[a-z0-9.-]+$/);
      expect(h.why.length).toBeGreaterThan(5);
    }
    for (const p of NON_PUBLIC_PREFIXES) expect(p.why.length).toBeGreaterThan(5);
  });
});
