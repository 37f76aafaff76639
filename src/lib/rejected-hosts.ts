/**
 * Web hosts a source may never point to. Each was found cited in this hub: a mirror, test or
 * development copy, a document-sharing site, or a page that is not the publisher's. A reader
 * who follows such a link cannot trust that it shows what the publisher said, or that it will
 * last. Cite the publisher's own page, the UK Government Web Archive's copy of it
 * (webarchive.nationalarchives.gov.uk), or the title and publisher alone (see CONTRIBUTING.md,
 * "Sources"). The content schema (src/content.config.ts) refuses a source on any of these hosts.
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
];

/** Whether `host` is `pattern` or, for a "*." pattern, the name itself or any host under it. */
function matches(host: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const name = pattern.slice(2);
  return host === name || host.endsWith(`.${name}`);
}

/** A host named as a development, test or staging copy of a site (dev.networks.example.org.uk). */
const NOT_LIVE = /^(dev|develop|development|test|testing|staging|stage|uat|preview)[.-]/;

/** Why a web address is refused as a source, or undefined when its host is not rejected. */
export function rejectedHostReason(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined; // Not an address at all: the schema's own URL rule reports that.
  }
  if (NOT_LIVE.test(host))
    return `${host} is a development or test copy of a site, not the live one. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").`;
  const hit = REJECTED_HOSTS.find((h) => matches(host, h.pattern));
  return hit ? `${host} is ${hit.why}. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").` : undefined;
}
