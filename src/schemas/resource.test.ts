/** A resource links to its document or says why it cannot, and a superseded one names its successor; the messages are pinned. */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../data/content-files';
import { problemsIn } from '../../tests/helpers/schema';
import { VALID_RESOURCE } from '../../tests/helpers/entries';
import { PROFESSIONS } from '../lib/vocabulary';
import { resource } from './resource';

const resourceWith = (change: (text: string) => string) => problemsIn(resource, change(VALID_RESOURCE));

describe('resource links and status', () => {
  it('accepts a resource with a link, and every resource in content/', async () => {
    expect(await resourceWith((t) => t)).toEqual([]);
    for (const [file, text] of readContentFiles(process.cwd(), 'content/resources'))
      expect(await problemsIn(resource, text), file).toEqual([]);
  });

  const NO_LINK = 'noLinkReason: "It was never published online; ask NHS England for a copy."\n';
  const NEXT_STEP =
    'nextStep:\n  kind: programme\n  title: Workforce deployment systems\n  url: https://www.england.nhs.uk/workforce-deployment-systems/\n';
  const withoutLink = (t: string, extra: string) => t.replace('url: https://www.england.nhs.uk/\nlistedIn', `${extra}listedIn`);

  it('accepts a resource without a link that says why and offers a next step', async () => {
    expect(await resourceWith((t) => withoutLink(t, NO_LINK + NEXT_STEP))).toEqual([]);
  });

  it('fails a resource with neither a document link nor a next step', async () => {
    expect(await resourceWith((t) => withoutLink(t, NO_LINK))).toEqual([
      'nextStep: This resource has no document link, so it needs a next step a reader can act on: add nextStep with kind (programme, successor, archive, team or research), title and url.',
    ]);
  });

  it('fails a next step on a rejected host, naming the field and the reason', async () => {
    const out = await resourceWith((t) =>
      withoutLink(
        t,
        NO_LINK + NEXT_STEP.replace('https://www.england.nhs.uk/workforce-deployment-systems/', 'https://en.wikipedia.org/wiki/NHS'),
      ),
    );
    expect(out).toEqual([
      'nextStep.url: en.wikipedia.org is Wikipedia: cite the publisher it cites instead. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    ]);
  });

  it('fails a time-bound resource still marked current after the years it covers, and an ended one with no end', async () => {
    const past = (await resourceWith((t) => t.replace('listedIn', 'until: 2019\nlistedIn'))).join('\n');
    expect(past).toMatch(/status: This document covered the years up to 2019, which have passed, so it cannot be current\./);
    const noEnd = (await resourceWith((t) => t.replace('listedIn', 'status: ended\nlistedIn'))).join('\n');
    expect(noEnd).toMatch(/status: An ended resource must say the last year it covered: add until/);
  });

  it('fails a resource with neither a url nor a noLinkReason', async () => {
    expect(await resourceWith((t) => t.replace('url: https://www.england.nhs.uk/\nlistedIn', NEXT_STEP + 'listedIn'))).toEqual([
      'url: This resource needs a link or a reason. Add url: the publisher’s https:// address for it, or, if there is none, noLinkReason: why there is no link and what a reader can do instead.',
    ]);
  });

  it('fails a resource with both a url and a noLinkReason', async () => {
    expect(
      await resourceWith((t) => t.replace('listedIn', 'noLinkReason: "It was never published online; ask for a copy."\nlistedIn')),
    ).toEqual(['noLinkReason: This resource has a url, so readers never see noLinkReason: remove it.']);
  });

  it('fails a resource whose own link is a job advert on a beta host', async () => {
    expect(
      await resourceWith((t) =>
        t.replace(
          'url: https://www.england.nhs.uk/\nlistedIn',
          'url: https://beta.jobs.nhs.uk/candidate/jobadvert/C9377-SURG2211\nlistedIn',
        ),
      ),
    ).toEqual([
      'url: beta.jobs.nhs.uk is a trial (beta) version of a service, not its public address. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    ]);
  });

  it('fails a superseded resource that does not say what replaced it', async () => {
    expect(await resourceWith((t) => t.replace('listedIn', 'status: superseded\nlistedIn'))).toEqual([
      'supersededBy: A superseded resource must say what replaced it: add supersededBy with its title, and its url where a source gives it.',
    ]);
  });

  it('fails a resource that names its successor but is not marked superseded', async () => {
    expect(await resourceWith((t) => t.replace('listedIn', 'supersededBy:\n  title: A newer guide\nlistedIn'))).toEqual([
      'status: This resource names what replaced it (supersededBy), so write status: superseded.',
    ]);
  });

  it('says an unknown profession in the list is not a known profession', async () => {
    expect(await resourceWith((t) => t.replace('professions: all', 'professions: [dietitians, physios]'))).toEqual([
      `professions.1: "physios" is not a known profession. Use one of: ${PROFESSIONS.join(', ')}.`,
    ]);
  });

  it('fails a summary outside 40 to 120 words', async () => {
    expect(await resourceWith((t) => t.replace(/summary: ".*"/, 'summary: "Too short."'))).toEqual([
      'summary: The summary must be 40 to 120 words long.',
    ]);
  });
});
