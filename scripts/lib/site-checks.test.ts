import { describe, expect, it } from 'vitest';
import { parsePage } from './html';
import { copyProblems, cspProblems, idsOf, linkFindings, linkProblems, sameNameProblems } from './site-checks';

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

describe('linkFindings', () => {
  it('give each problem the id nearest before its link, so a page made from many files can name the one', () => {
    const tree = page(
      '<a href="/nowhere/">Top</a><dl><dt id="hcpc">HCPC</dt><dd><p>See also: <a href="/careers/#salary">pay</a></p></dd></dl>',
    );
    expect(linkFindings(tree, '/glossary/', site, () => false)).toEqual([
      { problem: 'broken link to /nowhere/' },
      { problem: 'link to /careers/#salary names an anchor that does not exist', near: 'hcpc' },
    ]);
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

describe('sameNameProblems', () => {
  const same = (body: string, from = '/careers/') => sameNameProblems(page(body), from);

  it('finds links with the same name that go to different places, whatever their case and spacing', () => {
    expect(
      same('<a href="/glossary/#preceptorship">Preceptorship</a> <a href="/careers/growing-your-career/#preceptorship">preceptorship</a>'),
    ).toEqual([
      'links named "Preceptorship" go to 2 different places: /glossary/#preceptorship, /careers/growing-your-career/#preceptorship',
    ]);
    expect(same('<a href="/strategy/">Strategy</a><a href="https://example.org/strategy"> Strategy </a>')).toHaveLength(1);
  });

  it('passes links with the same name to the same place, written relatively or not', () => {
    expect(same('<a href="/careers/pay/">Pay</a> <a href="pay/">Pay</a> <a href="/careers/pay/">pay</a>')).toEqual([]);
  });

  it('counts visually hidden text and labels in the name, so a glossary link differs from a page link', () => {
    expect(
      same(
        '<a href="/glossary/#degree-apprenticeship">degree apprenticeship<span class="sr-only"> (glossary)</span></a> ' +
          '<a href="/careers/degree-apprenticeship/">degree apprenticeship</a>',
      ),
    ).toEqual([]);
    expect(same('<a href="/a/" aria-label="Route A">Route</a> <a href="/b/" aria-label="Route B">Route</a>')).toEqual([]);
    expect(same('<a href="/a/"><img src="/a.svg" alt="Map"></a> <a href="/b/"><img src="/b.svg" alt="Map"></a>')).toHaveLength(1);
  });
});

describe('copyProblems', () => {
  it('finds a space before a comma, full stop, colon, semicolon or closing bracket', () => {
    expect(copyProblems('Swallowing problems (dysphagia) , Symptoms of a stroke .')).toEqual([
      'a space before "," in "wallowing problems (dysphagia) , Symptoms"',
      'a space before "." in "phagia) , Symptoms of a stroke ."',
    ]);
    expect(copyProblems('(Guide, NHS England , 2022 )')).toHaveLength(2);
    expect(copyProblems('Dietitians : 3 or 4 years')).toEqual(['a space before ":" in "Dietitians : 3 or 4 ye"']);
    expect(copyProblems('one ; two')).toHaveLength(1);
  });

  it('finds a full stop alone on a line, and a line that starts with a comma or colon', () => {
    expect(copyProblems('See the NHS website\n.\nThen')).toEqual(['a full stop alone on a line after "See the NHS website"']);
    expect(copyProblems('Physiotherapy\n, Skills for Health')).toEqual(['a line starts with "," in "Physiotherapy , Skills for Health"']);
  });

  it('passes clean text, an ellipsis, a file name and a line that starts with a number', () => {
    expect(copyProblems('Pay (band 5), from April: £31,049. Then…\nDownload resources .json or .NET\n1. First step')).toEqual([]);
    expect(copyProblems('Wait ... then go')).toEqual([]);
  });
});
