/**
 * Web hosts a source may never point to. Each was found cited in this hub: a mirror, test or
 * development copy, a site's hosting or editing copy, a trial (beta) service, a document-sharing
 * or magazine-hosting site, a citation index, a retired address, or a page that is not the
 * publisher's. A reader who follows such a link cannot trust that it shows what the publisher
 * said, or that it will last. Cite the publisher's own page on its public address, the UK
 * Government Web Archive's copy of it (webarchive.nationalarchives.gov.uk), or the title and
 * publisher alone (see CONTRIBUTING.md, "Sources"). The content schema (src/content.config.ts)
 * refuses any web address in content on one of these hosts.
 *
 * A pattern is a host name; "*." in front also matches every host under it (and the name itself).
 */
export const REJECTED_HOSTS: ReadonlyArray<{ pattern: string; why: string }> = [
  // UCAS's internal test environments, not ucas.com.
  { pattern: '*.ucasenvironments.com', why: 'a UCAS test environment, not ucas.com' },
  // Development builds of sites (the Institute for Apprenticeships' dev site was cited) on Azure's default hosts.
  { pattern: '*.azurewebsites.net', why: 'a development or test deployment, not the publisher’s site' },
  // A web developer's test hosts (the Society of Chiropodists and Podiatrists' test site was cited).
  { pattern: '*.aptsolutions.net', why: 'a developer’s test site, not the publisher’s' },
  // Document-sharing sites: uploads of other people's documents, often out of date or altered.
  { pattern: '*.docplayer.net', why: 'a document-sharing site' },
  { pattern: '*.studylib.net', why: 'a document-sharing site' },
  { pattern: '*.vdocuments.site', why: 'a document-sharing site' },
  { pattern: '*.vdocuments.mx', why: 'a document-sharing site' },
  { pattern: '*.vdocuments.net', why: 'a document-sharing site' },
  { pattern: '*.vdocument.in', why: 'a document-sharing site' },
  { pattern: '*.paperzz.com', why: 'a document-sharing site' },
  { pattern: '*.docsbay.net', why: 'a document-sharing site' },
  { pattern: '*.docslib.org', why: 'a document-sharing site' },
  { pattern: '*.careersdocbox.com', why: 'a document-sharing site' },
  { pattern: '*.readkong.com', why: 'a document-sharing site' },
  // Personal blogs on Blogger, whatever they restate.
  { pattern: '*.blogspot.com', why: 'a personal blog, not the publisher' },
  { pattern: '*.blogspot.co.uk', why: 'a personal blog, not the publisher' },
  // A law firm's marketing page was cited for HCPC rules on protected titles: cite the HCPC.
  { pattern: '*.hcpcdefencebarristers.co.uk', why: 'a law firm’s page: cite the regulator (hcpc-uk.org) for its rules' },
  // Wikipedia and its copies: anyone can edit it, so cite the sources it cites.
  { pattern: '*.wikipedia.org', why: 'Wikipedia: cite the publisher it cites instead' },
  { pattern: '*.wikiwand.com', why: 'a copy of Wikipedia' },
  { pattern: '*.kiwix.org', why: 'an offline copy of Wikipedia' },
  // Unrelated sites holding copies of other publishers' careers pages.
  { pattern: '*.cross-stitch-centre.co.uk', why: 'an unrelated site holding an old copy of the National Careers Service' },
  { pattern: '*.collegelearners.com', why: 'a site that copies other publishers’ pages' },
  // Internet-in-a-Box serves offline Kiwix copies of Wikipedia.
  { pattern: '*.iiab.me', why: 'an offline copy of Wikipedia (Kiwix)' },
  // Magazine and document-hosting sites: a flip-book of a publisher's magazine or report, uploaded
  // by whoever holds it, at an address that changes when the upload does (issuu and yudu were cited).
  { pattern: '*.issuu.com', why: 'a magazine and document-sharing site, not the publisher’s own page' },
  { pattern: '*.yudu.com', why: 'a magazine and document-sharing site, not the publisher’s own page' },
  { pattern: '*.scribd.com', why: 'a document-sharing site' },
  { pattern: '*.yumpu.com', why: 'a document-sharing site' },
  { pattern: '*.calameo.com', why: 'a magazine and document-sharing site, not the publisher’s own page' },
  { pattern: '*.fliphtml5.com', why: 'a magazine and document-sharing site, not the publisher’s own page' },
  { pattern: '*.pdfslide.net', why: 'a document-sharing site' },
  { pattern: '*.pdfslide.us', why: 'a document-sharing site' },
  { pattern: '*.dokumen.tips', why: 'a document-sharing site' },
  { pattern: '*.docest.com', why: 'a document-sharing site' },
  { pattern: '*.moam.info', why: 'a document-sharing site' },
  { pattern: '*.docstoc.com', why: 'a document-sharing site' },
  { pattern: '*.businessdocbox.com', why: 'a document-sharing site' },
  { pattern: '*.healthdocbox.com', why: 'a document-sharing site' },
  { pattern: '*.docshare.tips', why: 'a document-sharing site' },
  { pattern: '*.fdocuments.net', why: 'a document-sharing site' },
  { pattern: '*.fdocuments.us', why: 'a document-sharing site' },
  { pattern: '*.manualzilla.com', why: 'a document-sharing site' },
  { pattern: '*.joomag.com', why: 'a magazine and document-sharing site, not the publisher’s own page' },
  // Citation indexes list an article and its references; the article is the journal's (cite its DOI).
  {
    pattern: 'ouci.dntb.gov.ua',
    why: 'a citation index, not the journal: cite the article’s DOI (https://doi.org/...) or the journal’s page',
  },
  {
    pattern: 'scholar.google.com',
    why: 'a citation index, not the journal: cite the article’s DOI (https://doi.org/...) or the journal’s page',
  },
  {
    pattern: '*.semanticscholar.org',
    why: 'a citation index, not the journal: cite the article’s DOI (https://doi.org/...) or the journal’s page',
  },
  {
    pattern: '*.researchgate.net',
    why: 'an uploaded copy on a social network for researchers, not the journal: cite the article’s DOI or the journal’s page',
  },
  // Retired or alias addresses of publishers the hub cites: cite the current address.
  {
    pattern: 'nationalcareersservice.direct.gov.uk',
    why: 'the National Careers Service’s retired address: cite its current site, nationalcareers.service.gov.uk',
  },
  { pattern: '*.hpc-uk.org', why: 'an old address of the HCPC’s site: cite www.hcpc-uk.org' },
  { pattern: '*.hcpc-uk.co.uk', why: 'an alias of the HCPC’s site, not its public address: cite www.hcpc-uk.org' },
];

/**
 * Parts of a publisher's own site that are not the page to cite: the Welsh-language section of the
 * HCPC's site (/cy-gb/) was cited for English text. Matched on the host (as a pattern above) and
 * the start of the path.
 */
export const REJECTED_PATHS: ReadonlyArray<{ pattern: string; path: string; why: string }> = [
  {
    pattern: '*.hcpc-uk.org',
    path: '/cy-gb/',
    why: 'the Welsh-language section of the HCPC’s site: cite the English page on www.hcpc-uk.org',
  },
];

/** Whether `host` is `pattern` or, for a "*." pattern, the name itself or any host under it. */
function matches(host: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const name = pattern.slice(2);
  return host === name || host.endsWith(`.${name}`);
}

/**
 * Hosts whose first label says they are not a site's public address, each kind with its reason. A
 * publisher's own page lives on its public host (www.hcpc-uk.org), never on these.
 */
export const NON_PUBLIC_PREFIXES: ReadonlyArray<{ prefix: RegExp; why: string }> = [
  // dev.networks.sustainablehealthcare.org.uk, staging-www.example.org.uk
  {
    prefix: /^(dev|develop|development|test|testing|staging|stage|uat|qa|sandbox|preview)[.-]/,
    why: 'a development or test copy of a site, not the live one',
  },
  // prod.hcpc-uk.org, prod.healthregulation.org, production.networks.sustainablehealthcare.org.uk,
  // mrs.hcpc-uk.org: the copy a site is served or edited from, behind its public address.
  {
    prefix: /^(prod|production|preprod|pre-prod|origin|mrs|cms)[.-]/,
    why: 'a copy of a site on its hosting or editing system, not its public address',
  },
  // beta.jobs.nhs.uk: a trial version of a service, whose pages move or go when it goes live.
  { prefix: /^(beta|alpha)[.-]/, why: 'a trial (beta) version of a service, not its public address' },
];

/** Why a web address is refused in content, or undefined when its host (and path) is not rejected. */
export function rejectedHostReason(url: string): string | undefined {
  let host: string;
  let path: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = u.pathname.toLowerCase();
  } catch {
    return undefined; // Not an address at all: the schema's own URL rule reports that.
  }
  const advice = 'Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").';
  const notPublic = NON_PUBLIC_PREFIXES.find((p) => p.prefix.test(host));
  if (notPublic) return `${host} is ${notPublic.why}. ${advice}`;
  const hit = REJECTED_HOSTS.find((h) => matches(host, h.pattern));
  if (hit) return `${host} is ${hit.why}. ${advice}`;
  const section = REJECTED_PATHS.find((p) => matches(host, p.pattern) && path.startsWith(p.path));
  return section ? `${host}${section.path} is ${section.why}. ${advice}` : undefined;
}
