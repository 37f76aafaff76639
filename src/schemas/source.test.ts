/** A source names where a fact came from, on a host a reader can trust; the messages are pinned. */
import { describe, expect, it } from 'vitest';
import { problemsIn, problemsOf } from '../../tests/helpers/schema';
import { VALID_GLOSSARY, VALID_PROFESSION } from '../../tests/helpers/entries';
import { glossaryTerm } from './glossary';
import { profession } from './profession';
import { source, sources } from './source';

describe('a source', () => {
  it('rejects a web address that is not https', async () => {
    expect(await problemsIn(profession, VALID_PROFESSION.replace('https://www.hcpc-uk.org/', 'http://www.hcpc-uk.org/'))).toEqual([
      'sources.0.url: "http://www.hcpc-uk.org/" is not a secure web address. Use a full address starting https://, for example https://www.hcpc-uk.org/.',
    ]);
  });

  it('rejects a source on a rejected host (a document-sharing copy)', async () => {
    const text = VALID_PROFESSION.replace('https://www.hcpc-uk.org/', 'https://docplayer.net/amp/18560205-a-career.html');
    expect(await problemsIn(profession, text)).toEqual([
      'sources.0.url: docplayer.net is a document-sharing site. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    ]);
  });

  it('rejects a source on a site’s hosting copy (prod.hcpc-uk.org) and on the Welsh section of its public site, naming each field', async () => {
    const text = VALID_PROFESSION.replace(
      '    url: https://www.hcpc-uk.org/\n',
      '    url: https://prod.hcpc-uk.org/registration/your-registration/why-your-registration-matters/\n  - title: Second source\n    url: https://www.hcpc-uk.org/cy-gb/cofrestru/returning-to-practice/\n',
    );
    expect(await problemsIn(profession, text)).toEqual([
      'sources.0.url: prod.hcpc-uk.org is a copy of a site on its hosting or editing system, not its public address. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
      'sources.1.url: www.hcpc-uk.org/cy-gb/ is the Welsh-language section of the HCPC’s site: cite the English page on www.hcpc-uk.org. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    ]);
  });

  it('rejects a rejected host in any address a file gives, not only in sources: a citation index in a glossary entry, a magazine host as a profession’s NHS page', async () => {
    expect(
      await problemsIn(glossaryTerm, VALID_GLOSSARY.replace('https://www.hcpc-uk.org/', 'https://ouci.dntb.gov.ua/en/works/7BAPBg69')),
    ).toEqual([
      'sources.0.url: ouci.dntb.gov.ua is a citation index, not the journal: cite the article’s DOI (https://doi.org/...) or the journal’s page. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    ]);
    const nhsPage = VALID_PROFESSION.replace(
      '  privately: Most people see an orthoptist through the NHS.\n',
      '  privately: Most people see an orthoptist through the NHS.\n  nhsPages:\n    - title: A magazine article\n      url: https://issuu.com/ihmpublish/docs/regional_hub_magazine_issue_4\n',
    );
    expect(await problemsIn(profession, nhsPage)).toEqual([
      'access.nhsPages.0.url: issuu.com is a magazine and document-sharing site, not the publisher’s own page. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    ]);
  });

  it('rejects Wikipedia and its copies as a source in YAML data too', async () => {
    const text = VALID_GLOSSARY.replace('https://www.hcpc-uk.org/', 'https://en.m.wikipedia.org/wiki/HCPC');
    expect(await problemsIn(glossaryTerm, text)).toEqual([
      'sources.0.url: en.m.wikipedia.org is Wikipedia: cite the publisher it cites instead. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    ]);
  });

  it('rejects a source with neither a url nor a seed', async () => {
    const text = VALID_PROFESSION.replace('    url: https://www.hcpc-uk.org/\n', '    publisher: HCPC\n');
    expect(await problemsIn(profession, text)).toEqual([
      'sources.0.url: This source has no url and no seed. Add the publisher’s web address; or printOnly: true for a document published only on paper; or noSafeLink: true when it is online only as copies on sites we never cite or at an http address.',
    ]);
  });

  it('accepts a source with neither a url nor a seed when it is marked print-only', async () => {
    const text = VALID_PROFESSION.replace('    url: https://www.hcpc-uk.org/\n', '    publisher: HCPC\n    printOnly: true\n');
    expect(await problemsIn(profession, text)).toEqual([]);
  });

  it('accepts a source that is a commissioning document, or has no safe link, without a url', async () => {
    expect(await problemsOf(sources, [{ title: 'AHPs Deliver', seed: '001' }])).toEqual([]);
    expect(await problemsOf(sources, [{ title: 'A withdrawn leaflet', noSafeLink: true }])).toEqual([]);
  });

  it('refuses a field it does not know, suggesting the one meant', async () => {
    expect(await problemsOf(source, { title: 'HCPC', url: 'https://www.hcpc-uk.org/', publsher: 'HCPC' })).toEqual([
      ': Unknown field(s): publsher. Did you mean publisher (not publsher)? Check the spelling against CONTRIBUTING.md.',
    ]);
  });

  it('needs at least one source, each with a title', async () => {
    expect(await problemsOf(sources, [])).toEqual([': This list needs at least 1 item(s), one "- item" per line.']);
    expect(await problemsOf(sources, [{ url: 'https://www.hcpc-uk.org/' }])).toEqual([
      '0.title: This field is required: add some text in quotes, for example title: "Return to practice".',
    ]);
  });
});
