import { describe, expect, it } from 'vitest';
import { parsePage } from './html';
import { cspProblems, idsOf, linkProblems } from './site-checks';

const page = (body: string) => parsePage(`<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`);
const site = new Map([
  ['/', new Set(['main'])],
  ['/careers/', new Set(['pay', 'main'])],
]);
const files = new Set(['/resources.json']);
const links = (body: string, from = '/') => linkProblems(page(body), from, site, (p) => files.has(p));

describe('linkProblems', () => {
  it('finds a link out to a rejected host, wherever on the page it is, and says why', () => {
    expect(links('<p>See <a href="https://prod.hcpc-uk.org/registration/">the HCPC page</a>.</p>')).toEqual([
      'link to https://prod.hcpc-uk.org/registration/: prod.hcpc-uk.org is a copy of a site on its hosting or editing system, not its public address. Cite the publisher’s own page (see CONTRIBUTING.md, "Sources").',
    ]);
    expect(
      links('<a href="https://issuu.com/x/docs/y">A magazine</a> <a href="http://nationalcareersservice.direct.gov.uk/a">Job profile</a>'),
    ).toHaveLength(2);
    expect(links('<a href="https://www.hcpc-uk.org/cy-gb/cofrestru/">HCPC in Welsh</a>')).toHaveLength(1);
  });

  it('passes links that lead somewhere, with text that says where', () => {
    expect(
      links('<a href="/careers/">Careers</a> <a href="/careers/#pay">Pay</a> <a href="#main">Skip</a> <a href="/resources.json">Data</a>'),
    ).toEqual([]);
    expect(links('<a href="https://www.hcpc-uk.org/">HCPC</a> <a href="../">Home</a>', '/careers/')).toEqual([]);
  });

  it('finds a broken page, a missing anchor and a missing file', () => {
    expect(links('<a href="/nowhere/">Nowhere</a>')).toEqual(['broken link to /nowhere/']);
    expect(links('<a href="/careers/#salary">Salary</a>')).toEqual(['link to /careers/#salary names an anchor that does not exist']);
    expect(links('<a href="/data.csv">Data</a>')).toEqual(['broken link to /data.csv']);
  });

  it('finds vague and empty link text, however it is marked up', () => {
    expect(links('<a href="/careers/"><span>Click</span> here</a>')).toEqual([
      'vague link text "Click here" for /careers/: say where the link goes',
    ]);
    expect(links('<a href="/careers/" aria-label="Read more"><span>Careers</span></a>')).toEqual([
      'vague link text "Read more" for /careers/: say where the link goes',
    ]);
    expect(links('<a href="/careers/"></a>')).toEqual(['a link to /careers/ has no text']);
    expect(links('<a href="/careers/"><img src="/x.webp" alt="Careers"></a>')).toEqual([]);
  });
});

describe('cspProblems', () => {
  it('finds inline scripts, style elements and style attributes', () => {
    expect(cspProblems(page('<script>alert(1)</script>'))).toEqual(['has an inline script, which the Content-Security-Policy blocks']);
    expect(cspProblems(page('<style>p{}</style>'))).toEqual(['has an inline <style> element, which the Content-Security-Policy blocks']);
    expect(cspProblems(page('<p style="color:red">x</p>'))).toEqual([
      'has an inline style attribute on <p>, which the Content-Security-Policy blocks',
    ]);
  });

  it('allows external scripts and JSON data blocks, which are not run', () => {
    expect(
      cspProblems(page('<script type="module" src="/_astro/x.js"></script><script type="application/json" id="d">{"a":1}</script>')),
    ).toEqual([]);
  });
});

describe('idsOf', () => {
  it('collects every id, including those in nested elements', () => {
    expect([...idsOf(page('<main id="main"><h2 id="pay">Pay</h2><div><p id="x">x</p></div></main>'))].sort()).toEqual(['main', 'pay', 'x']);
  });
});
