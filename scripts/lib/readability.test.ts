import { describe, expect, it } from 'vitest';
import { isPublicPage, mainTextBlocks, median, readability, readabilityProblems, type PageScore } from './readability';

const page = (main: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><nav><p>Site menu text.</p></nav><main>${main}</main><footer><p>Footer text.</p></footer></body></html>`;

describe('mainTextBlocks', () => {
  it('keeps the prose of <main>, one block per paragraph or list item, with tags stripped', () => {
    expect(
      mainTextBlocks(
        page(
          '<p>One <a href="/x/">linked</a> <strong>word</strong>.</p><ul><li>First point, with words</li><li>Second point here.</li></ul>',
        ),
      ),
    ).toEqual(['One linked word.', 'First point, with words', 'Second point here.']);
  });

  it('leaves out headings, navigation, figures, tables, code, review dates and sources', () => {
    const html = page(`
      <h1>Title</h1><h2>Heading</h2>
      <nav><ul><li>In-page menu</li></ul></nav>
      <figure><p>Figure text</p><figcaption>Caption</figcaption></figure>
      <table><tr><td>Cell</td></tr></table>
      <pre><code>code()</code></pre><p>Use <code>npm test</code> now.</p>
      <dl class="meta" data-pagefind-ignore><div><dt>Page last reviewed:</dt> <dd>22 November 2026</dd></div></dl>
      <section data-pagefind-ignore><h2>Sources</h2><ul><li>A source</li></ul></section>
      <dl class="glance"><dt>Regulator</dt><dd>Health and Care Professions Council</dd></dl>
      <div hidden><p>Hidden text</p></div>
      <form><label>Search</label><button>Go</button></form>`);
    expect(mainTextBlocks(html)).toEqual(['Use now.', 'Health and Care Professions Council']);
  });

  it('leaves out list items that are only a link, such as lists of related pages', () => {
    const html = page(
      '<ul><li><a href="/a/">Dietitians</a></li><li><a href="/r/">A guide</a> <span class="meta">(Guide, NHS England)</span></li><li><a href="/b/">Podiatrists</a> look after feet.</li></ul>',
    );
    expect(mainTextBlocks(html)).toEqual(['Podiatrists look after feet.']);
  });
});

describe('readability', () => {
  it('gives short, plain sentences a low grade', () => {
    const r = readability(['The cat sat on the mat. It was a warm day. We had tea in the sun.']);
    expect(r.sentences).toBe(3);
    expect(r.words).toBe(17);
    expect(r.medianSentenceWords).toBe(6);
    expect(r.grade).toBeLessThan(2);
  });

  it('gives long sentences of long words a high grade, and lists the longest sentences', () => {
    const hard =
      'Interprofessional collaboration necessitates comprehensive organisational infrastructure, facilitating multidisciplinary accountability mechanisms throughout integrated commissioning arrangements nationally.';
    const r = readability([hard, 'Short one.']);
    expect(r.grade).toBeGreaterThan(15);
    expect(r.longest[0]?.words).toBe(15);
    expect(r.longest[0]?.text).toBe(hard);
  });

  it('never runs a sentence from one block into the next', () => {
    expect(readability(['A heading without a full stop', 'Next paragraph here.']).sentences).toBe(2);
  });

  it('scores nothing as zero', () => {
    expect(readability([])).toMatchObject({ words: 0, sentences: 0, grade: 0, medianSentenceWords: 0 });
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('the limits', () => {
  const score = (path: string, grade: number, medianSentenceWords = 12, sentences = 20): PageScore => ({
    path,
    grade,
    medianSentenceWords,
    sentences,
    words: sentences * medianSentenceWords,
    syllables: 0,
    longest: [],
  });
  const PROFS = ['dietitians'];

  it('count the home page, professions, careers and the strategy overview as public pages, and nothing else', () => {
    expect(
      ['/', '/professions/', '/professions/dietitians/', '/careers/', '/careers/cpd/', '/strategy/'].every((p) => isPublicPage(p, PROFS)),
    ).toBe(true);
    expect(['/professions/compare/', '/strategy/research/', '/resources/', '/greener/'].some((p) => isPublicPage(p, PROFS))).toBe(false);
  });

  it('pass pages within the limits', () => {
    expect(
      readabilityProblems([score('/', 7), score('/careers/', 9.9), score('/strategy/', 6), score('/resources/x/', 14, 25)], PROFS),
    ).toEqual([]);
  });

  it('fail a public page above grade 10, but not a page for AHPs', () => {
    const problems = readabilityProblems(
      [score('/', 5), score('/careers/cpd/', 10.2), score('/strategy/', 5), score('/strategy/research/', 12)],
      PROFS,
    );
    expect(problems.map((p) => [p.page?.path, p.reason])).toEqual([
      ['/careers/cpd/', 'grade 10.2 is above 10: use shorter sentences and simpler words'],
    ]);
  });

  it('fail when the median public page is above grade 8', () => {
    const problems = readabilityProblems([score('/', 8.5), score('/careers/', 8.2), score('/strategy/', 7)], PROFS);
    expect(problems.map((p) => p.reason)).toEqual(['the median page for the public and students is at grade 8.2, above 8']);
  });

  it('fail any page whose median sentence runs past 25 words', () => {
    const problems = readabilityProblems([score('/resources/x/', 12, 25.5)], PROFS);
    expect(problems.map((p) => [p.page?.path, p.reason])).toEqual([['/resources/x/', 'its median sentence has 25.5 words, more than 25']]);
  });

  it('ignore pages with too few sentences to grade', () => {
    expect(readabilityProblems([score('/careers/route-finder/', 14, 10, 3)], PROFS)).toEqual([]);
  });
});
