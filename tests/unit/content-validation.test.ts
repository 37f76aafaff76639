/**
 * Invalid content must stop the build with a message naming the file and the field.
 * Each case builds the content layer (astro sync) over a tiny copy of the content folder
 * holding one broken entry, using the real schemas in src/content.config.ts.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { tempDir } from '../helpers/temp-dir';

const ROOT = process.cwd();
// Astro's own command line, run by this Node: through npx each run took seconds longer.
const ASTRO_CLI = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const VALID_PROFESSION = `---
title: Orthoptists
singular: Orthoptist
summary: Diagnose and treat problems with eye movement and how the eyes work together.
searchTerms: [squint]
regulator: hcpc
protectedTitles: [Orthoptist]
professionalBody:
  name: British and Irish Orthoptic Society
settings: [hospital eye clinics, schools, community clinics]
helps: [children with a squint, adults after a stroke]
access:
  inShort: Your GP or optometrist can refer you through the NHS. You cannot usually refer yourself.
  nhs: Your GP or optometrist can refer you to an orthoptist.
  selfReferral: "no"
  privately: Most people see an orthoptist through the NHS.
pay:
  startingBand: "5"
entrySubjects:
  oneOf: [biology]
  summary: Courses usually ask for three A levels, including a science.
  sources:
    - title: Test entry requirements
      url: https://www.healthcareers.nhs.uk/
sources:
  - title: Test source
    url: https://www.hcpc-uk.org/
lastReviewed: 2026-11-22
nextReview: 2027-11-22
---
Body text.
`;

function syncWith(file: string, text: string): string {
  const dir = tempDir('content');
  for (const name of ['src', 'node_modules', 'public']) symlinkSync(join(ROOT, name), join(dir, name));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(dir, name));
  mkdirSync(dirname(join(dir, 'content', file)), { recursive: true });
  writeFileSync(join(dir, 'content', 'figures.yaml'), readFileSync(join(ROOT, 'content', 'figures.yaml')));
  writeFileSync(join(dir, 'content', file), text);
  try {
    // No colour codes: CI=true makes Astro's logger colour its output even into a pipe.
    execFileSync(process.execPath, [ASTRO_CLI, 'sync', '--root', dir], {
      cwd: dir,
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return 'SYNC SUCCEEDED';
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return stripVTControlCharacters(`${e.stdout}\n${e.stderr}`);
  }
}

describe('content validation', () => {
  it('accepts a valid entry', () => {
    expect(syncWith('professions/orthoptists.mdx', VALID_PROFESSION)).toBe('SYNC SUCCEEDED');
  });

  it('names the file and the field when the title is missing', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('title: Orthoptists\n', ''));
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toMatch(/title: This field is required/);
  });

  it('names an unknown regulator and lists the allowed ones', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('regulator: hcpc', 'regulator: gmc'));
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toMatch(/regulator: "gmc" is not an allowed value\. Use one of: hcpc, gosc/);
  });

  it('rejects a malformed date with an example', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('nextReview: 2027-11-22', 'nextReview: 22/11/2027'));
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toMatch(/nextReview: "22\/11\/2027" is not a date\. Write dates as YYYY-MM-DD/);
  });

  it('rejects a date that is not on the calendar, which YAML would otherwise roll into the next month', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('nextReview: 2027-11-22', 'nextReview: 2027-06-31'));
    expect(out).toContain('content/professions/orthoptists.mdx: nextReview: 2027-06-31 is not a real date');
  });

  it('rejects a web address that is not https', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('https://www.hcpc-uk.org/', 'http://www.hcpc-uk.org/'));
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toMatch(/sources\.0\.url: "http:\/\/www\.hcpc-uk\.org\/" is not a secure web address/);
  });

  it('rejects a source on a rejected host (a document-sharing copy), naming the file and the field', () => {
    const out = syncWith(
      'professions/orthoptists.mdx',
      VALID_PROFESSION.replace('https://www.hcpc-uk.org/', 'https://docplayer.net/amp/18560205-a-career.html'),
    );
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toContain(
      'sources.0.url: docplayer.net is a document-sharing site. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    );
  });

  it('rejects a source on a site’s hosting copy (prod.hcpc-uk.org) and on the Welsh section of its public site, naming the file and each field', () => {
    const out = syncWith(
      'professions/orthoptists.mdx',
      VALID_PROFESSION.replace(
        '    url: https://www.hcpc-uk.org/\n',
        '    url: https://prod.hcpc-uk.org/registration/your-registration/why-your-registration-matters/\n  - title: Second source\n    url: https://www.hcpc-uk.org/cy-gb/cofrestru/returning-to-practice/\n',
      ),
    );
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toContain('sources.0.url: prod.hcpc-uk.org is a copy of a site on its hosting or editing system, not its public address.');
    expect(out).toContain(
      'sources.1.url: www.hcpc-uk.org/cy-gb/ is the Welsh-language section of the HCPC’s site: cite the English page on www.hcpc-uk.org.',
    );
  });

  it('rejects a rejected host in any address a file gives, not only in sources: a citation index in a glossary entry, a magazine host as a profession’s NHS page', () => {
    const glossary = syncWith(
      'glossary/hcpc.yaml',
      'term: Health and Care Professions Council\ndefinition: The regulator for most allied health professions in the UK.\nsources:\n  - title: A reference list\n    url: https://ouci.dntb.gov.ua/en/works/7BAPBg69\nlastReviewed: 2026-11-22\nnextReview: 2027-11-22\n',
    );
    expect(glossary).toContain('content/glossary/hcpc.yaml');
    expect(glossary).toContain('sources.0.url: ouci.dntb.gov.ua is a citation index, not the journal: cite the article’s DOI');
    const profession = syncWith(
      'professions/orthoptists.mdx',
      VALID_PROFESSION.replace(
        '  privately: Most people see an orthoptist through the NHS.\n',
        '  privately: Most people see an orthoptist through the NHS.\n  nhsPages:\n    - title: A magazine article\n      url: https://issuu.com/ihmpublish/docs/regional_hub_magazine_issue_4\n',
      ),
    );
    expect(profession).toContain('content/professions/orthoptists.mdx');
    expect(profession).toContain('access.nhsPages.0.url: issuu.com is a magazine and document-sharing site, not the publisher’s own page.');
  });

  it('rejects Wikipedia and its copies as a source in YAML data too', () => {
    const out = syncWith(
      'glossary/hcpc.yaml',
      'term: Health and Care Professions Council\ndefinition: The regulator for most allied health professions in the UK.\nsources:\n  - title: HCPC\n    url: https://en.m.wikipedia.org/wiki/HCPC\nlastReviewed: 2026-11-22\nnextReview: 2027-11-22\n',
    );
    expect(out).toContain('content/glossary/hcpc.yaml');
    expect(out).toContain('sources.0.url: en.m.wikipedia.org is Wikipedia: cite the publisher it cites instead.');
  });

  it('rejects a source with neither a url nor a seed', () => {
    const noAddress = VALID_PROFESSION.replace('    url: https://www.hcpc-uk.org/\n', '    publisher: HCPC\n');
    const out = syncWith('professions/orthoptists.mdx', noAddress);
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toContain(
      'sources.0.url: This source has no url and no seed. Add the publisher’s web address; or printOnly: true for a document published only on paper; or noSafeLink: true when it is online only as copies on sites we never cite or at an http address.',
    );
  });

  it('accepts a source with neither a url nor a seed when it is marked print-only', () => {
    const printOnly = VALID_PROFESSION.replace('    url: https://www.hcpc-uk.org/\n', '    publisher: HCPC\n    printOnly: true\n');
    expect(syncWith('professions/orthoptists.mdx', printOnly)).toBe('SYNC SUCCEEDED');
  });

  it('requires review dates on YAML data such as routes', () => {
    const out = syncWith(
      'routes/orthoptists.yaml',
      'profession: orthoptists\nroutes:\n  - route: undergraduate-degree\n    available: true\nsources:\n  - title: Test source\n    url: https://www.hcpc-uk.org/\n',
    );
    expect(out).toContain('content/routes/orthoptists.yaml');
    expect(out).toMatch(/lastReviewed: This field is required/);
    expect(out).toMatch(/nextReview: This field is required/);
  });
});

const VALID_RESOURCE = `---
title: "AHP job planning: A best practice guide"
publisher: NHS Improvement
type: guide
topics: [job-planning]
professions: all
audience: [leaders]
summary: "${'A guide that helps services plan the work of their allied health professionals. '.repeat(4).trim()}"
url: https://www.england.nhs.uk/
listedIn: appendix-2
sources:
  - title: Test source
    url: https://www.england.nhs.uk/
lastReviewed: 2026-11-22
nextReview: 2027-11-22
---
`;

describe('the public and student fields of a profession and a need', () => {
  it('names access.inShort when the At a glance answer to "how do I see one?" is missing', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace(/ {2}inShort: .*\n/, ''));
    expect(out).toContain('access.inShort');
    expect(out).toContain('orthoptists');
  });

  it('fails pay with neither a starting band nor a note, saying what to give', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('pay:\n  startingBand: "5"\n', 'pay: {}\n'));
    expect(out).toContain('pay');
    expect(out).toContain('startingBand');
  });

  it('accepts pay with a note and no band, as for a profession that mostly works privately', () => {
    const noted = VALID_PROFESSION.replace(
      '  startingBand: "5"\n',
      '  note: Most work in private practice, so pay depends on the practice.\n',
    );
    expect(syncWith('professions/orthoptists.mdx', noted)).toBe('SYNC SUCCEEDED');
  });

  it('rejects a starting band the pay figures do not cover', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('startingBand: "5"', 'startingBand: "9"'));
    expect(out).toContain('pay.startingBand');
  });

  it('names entrySubjects.oneOf for a school subject not in the list, and lists the allowed ones', () => {
    const out = syncWith('professions/orthoptists.mdx', VALID_PROFESSION.replace('oneOf: [biology]', 'oneOf: [astrology]'));
    expect(out).toContain('entrySubjects.oneOf.0');
    expect(out).toContain('biology');
  });

  it('requires sources for the entry subjects', () => {
    const out = syncWith(
      'professions/orthoptists.mdx',
      VALID_PROFESSION.replace('  sources:\n    - title: Test entry requirements\n      url: https://www.healthcareers.nhs.uk/\n', ''),
    );
    expect(out).toContain('entrySubjects.sources');
  });

  it('names howToGetSeen when a need does not say how to get seen', () => {
    const need = `title: Swallowing
summary: Coughing or choking when eating or drinking.
professions:
  - profession: speech-and-language-therapists
    role: check how you swallow
sources:
  - title: Test source
    url: https://www.nhs.uk/
lastReviewed: 2026-11-22
nextReview: 2027-11-22
`;
    const out = syncWith('needs/swallowing.yaml', need);
    expect(out).toContain('howToGetSeen');
    expect(
      syncWith(
        'needs/swallowing.yaml',
        need.replace('sources:', 'howToGetSeen: Ask your GP to refer you to speech and language therapy.\nsources:'),
      ),
    ).toBe('SYNC SUCCEEDED');
  });
});

describe('resource links and status', () => {
  const resource = (change: (text: string) => string) => syncWith('resources/job-planning-guide.mdx', change(VALID_RESOURCE));

  it('accepts a resource with a link', () => {
    expect(resource((t) => t)).toBe('SYNC SUCCEEDED');
  });

  const NO_LINK = 'noLinkReason: "It was never published online; ask NHS England for a copy."\n';
  const NEXT_STEP =
    'nextStep:\n  kind: programme\n  title: Workforce deployment systems\n  url: https://www.england.nhs.uk/workforce-deployment-systems/\n';
  const withoutLink = (t: string, extra: string) => t.replace('url: https://www.england.nhs.uk/\nlistedIn', `${extra}listedIn`);

  it('accepts a resource without a link that says why and offers a next step', () => {
    expect(resource((t) => withoutLink(t, NO_LINK + NEXT_STEP))).toBe('SYNC SUCCEEDED');
  });

  it('fails a resource with neither a document link nor a next step, naming the file and the field', () => {
    const out = resource((t) => withoutLink(t, NO_LINK));
    expect(out).toContain('content/resources/job-planning-guide.mdx');
    expect(out).toMatch(
      /nextStep: This resource has no document link, so it needs a next step a reader can act on: add nextStep with kind/,
    );
  });

  it('fails a next step on a rejected host, naming the field and the reason', () => {
    const out = resource((t) =>
      withoutLink(
        t,
        NO_LINK + NEXT_STEP.replace('https://www.england.nhs.uk/workforce-deployment-systems/', 'https://en.wikipedia.org/wiki/NHS'),
      ),
    );
    expect(out).toContain('content/resources/job-planning-guide.mdx');
    expect(out).toContain('nextStep.url: en.wikipedia.org is Wikipedia: cite the publisher it cites instead.');
  });

  it('fails a time-bound resource still marked current after the years it covers, and an ended one with no end', () => {
    const past = resource((t) => t.replace('listedIn', 'until: 2019\nlistedIn'));
    expect(past).toContain('content/resources/job-planning-guide.mdx');
    expect(past).toMatch(/status: This document covered the years up to 2019, which have passed, so it cannot be current\./);
    const noEnd = resource((t) => t.replace('listedIn', 'status: ended\nlistedIn'));
    expect(noEnd).toMatch(/status: An ended resource must say the last year it covered: add until/);
  });

  it('fails a resource with neither a url nor a noLinkReason, naming the file and the field', () => {
    const out = resource((t) => t.replace('url: https://www.england.nhs.uk/\nlistedIn', 'listedIn'));
    expect(out).toContain('content/resources/job-planning-guide.mdx');
    expect(out).toMatch(/url: This resource needs a link or a reason\. Add url: .+, or, if there is none, noLinkReason: /);
  });

  it('fails a resource whose own link is a job advert on a beta host, naming the file and the field', () => {
    const beta = resource((t) =>
      t.replace('url: https://www.england.nhs.uk/\nlistedIn', 'url: https://beta.jobs.nhs.uk/candidate/jobadvert/C9377-SURG2211\nlistedIn'),
    );
    expect(beta).toContain('content/resources/job-planning-guide.mdx');
    expect(beta).toContain('url: beta.jobs.nhs.uk is a trial (beta) version of a service, not its public address.');
  });

  it('fails a superseded resource that does not say what replaced it', () => {
    const out = resource((t) => t.replace('listedIn', 'status: superseded\nlistedIn'));
    expect(out).toContain('content/resources/job-planning-guide.mdx');
    expect(out).toMatch(/supersededBy: A superseded resource must say what replaced it/);
  });
});
