import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { join } from 'node:path';
import rehypeGlossary, { formPattern, loadGlossary, markGlossaryTerms, type GlossaryTerm } from './rehype-glossary';

const TERMS: GlossaryTerm[] = [
  { id: 'hcpc', term: 'Health and Care Professions Council', abbreviation: 'HCPC', aliases: ['HCPC'] },
  { id: 'ahp', term: 'Allied health professional', abbreviation: 'AHP', aliases: ['allied health professionals', 'AHPs'] },
  { id: 'preceptorship', term: 'Preceptorship', aliases: ['preceptorship programme'] },
  { id: 'net-zero', term: 'Net zero', aliases: ['net-zero'] },
  { id: 'nhs-long-term-plan', term: 'NHS Long Term Plan', aliases: ['Long Term Plan'] },
];

const mark = (html: string, terms: GlossaryTerm[] = TERMS) => {
  const tree = fromHtml(html, { fragment: true });
  markGlossaryTerms(tree, terms);
  return toHtml(tree);
};

describe('formPattern', () => {
  it('matches whole words only', () => {
    expect(formPattern('AHP').test('AHP')).toBe(true);
    expect(formPattern('AHP').test('AHPs')).toBe(false);
    expect(formPattern('AHP').test('the AHP-led clinic')).toBe(true);
    expect(formPattern('net zero').test('netzero')).toBe(false);
    expect(formPattern('CPD').test('CPD2')).toBe(false);
  });

  it('matches short forms and names in their exact case only', () => {
    expect(formPattern('HCPC').test('the hcpc')).toBe(false);
    expect(formPattern('AfC').test('AFC')).toBe(false);
    expect(formPattern('NHS Long Term Plan').test('the nhs long term plan')).toBe(false);
  });

  it('matches ordinary words in any case, across line breaks', () => {
    expect(formPattern('Preceptorship').test('a preceptorship')).toBe(true);
    expect(formPattern('net zero').test('Net\n  zero by 2040')).toBe(true);
  });
});

describe('markGlossaryTerms', () => {
  it('links the first use of a term only', () => {
    expect(mark('<p>Your preceptorship starts now. Preceptorship lasts a year.</p>')).toBe(
      '<p>Your <a href="/glossary/#preceptorship" class="term">preceptorship</a> starts now. Preceptorship lasts a year.</p>',
    );
  });

  it('counts any form of a term as its first use, across paragraphs', () => {
    expect(mark('<p>Ask the HCPC.</p><p>The Health and Care Professions Council keeps a register.</p>')).toBe(
      '<p>Ask the <a href="/glossary/#hcpc" class="term"><abbr title="Health and Care Professions Council">HCPC</abbr></a>.</p>' +
        '<p>The Health and Care Professions Council keeps a register.</p>',
    );
  });

  it('wraps only the exact short form in <abbr>, with the full term as its title', () => {
    expect(mark('<p>Most AHPs are registered.</p>')).toBe('<p>Most <a href="/glossary/#ahp" class="term">AHPs</a> are registered.</p>');
  });

  it('prefers the longest form that starts at the same place', () => {
    expect(mark('<p>The NHS Long Term Plan asked for it.</p>')).toBe(
      '<p>The <a href="/glossary/#nhs-long-term-plan" class="term">NHS Long Term Plan</a> asked for it.</p>',
    );
  });

  it('marks several terms in one text node, each once', () => {
    expect(mark('<p>Net zero needs every AHP. Net zero again, AHP again.</p>')).toBe(
      '<p><a href="/glossary/#net-zero" class="term">Net zero</a> needs every <a href="/glossary/#ahp" class="term"><abbr title="Allied health professional">AHP</abbr></a>. Net zero again, AHP again.</p>',
    );
  });

  it('skips headings, links, existing abbreviations, code and italics, and marks the next use instead', () => {
    const html =
      '<h2>The HCPC</h2><p><a href="/x/">HCPC register</a> <abbr title="x">HCPC</abbr> <code>HCPC</code> <em>HCPC</em></p><p>Then the HCPC.</p>';
    expect(mark(html)).toBe(
      '<h2>The HCPC</h2><p><a href="/x/">HCPC register</a> <abbr title="x">HCPC</abbr> <code>HCPC</code> <em>HCPC</em></p>' +
        '<p>Then the <a href="/glossary/#hcpc" class="term"><abbr title="Health and Care Professions Council">HCPC</abbr></a>.</p>',
    );
  });

  it('marks terms inside list items and strong text', () => {
    expect(mark('<ul><li><strong>Preceptorship</strong> helps.</li></ul>')).toBe(
      '<ul><li><strong><a href="/glossary/#preceptorship" class="term">Preceptorship</a></strong> helps.</li></ul>',
    );
  });

  it('leaves a page with no terms unchanged', () => {
    expect(mark('<p>Nothing to see.</p>')).toBe('<p>Nothing to see.</p>');
    expect(mark('<p>The HCPC.</p>', [])).toBe('<p>The HCPC.</p>');
  });
});

describe('the glossary files', () => {
  const terms = loadGlossary(join(process.cwd(), 'content', 'glossary'));

  it('are read from content/glossary with their file names as ids', () => {
    const hcpc = terms.find((t) => t.id === 'hcpc');
    expect(hcpc).toMatchObject({ term: 'Health and Care Professions Council', abbreviation: 'HCPC' });
    expect(terms.length).toBeGreaterThanOrEqual(25);
  });

  it('mean an empty glossary when the folder is missing', () => {
    expect(loadGlossary(join(process.cwd(), 'no-such-folder'))).toEqual([]);
  });

  it('drive the plugin as the build registers it', () => {
    const tree = fromHtml('<p>Register with the HCPC.</p>', { fragment: true });
    rehypeGlossary({ dir: join(process.cwd(), 'content', 'glossary') })(tree);
    expect(toHtml(tree)).toContain('<a href="/glossary/#hcpc" class="term"><abbr title="Health and Care Professions Council">HCPC</abbr></a>');
  });
});
