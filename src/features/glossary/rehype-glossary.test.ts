import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { formPattern, GLOSSARY_HINT, glossaryPlugin, glossaryTermOf, type GlossaryTerm } from './rehype-glossary';

/** What follows a term's words inside its link, for screen readers. */
const HINT = `<span class="sr-only" data-pagefind-ignore>${GLOSSARY_HINT}</span>`;

const TERMS: GlossaryTerm[] = [
  { id: 'hcpc', term: 'Health and Care Professions Council', abbreviation: 'HCPC', aliases: ['HCPC'] },
  { id: 'ahp', term: 'Allied health professional', abbreviation: 'AHP', aliases: ['allied health professionals', 'AHPs'] },
  { id: 'preceptorship', term: 'Preceptorship', aliases: ['preceptorship programme'] },
  { id: 'net-zero', term: 'Net zero', aliases: ['net-zero'] },
  { id: 'nhs-long-term-plan', term: 'NHS Long Term Plan', aliases: ['Long Term Plan'] },
];

/** Renders Markdown with the plugin, as Astro does, and returns the HTML on one line. */
const mark = async (markdown: string, terms: GlossaryTerm[] = TERMS) =>
  (await markdownToHtml(markdown, { hastPlugins: [glossaryPlugin(terms)] })).html.replace(/\n/g, '');

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

describe('the glossary plugin', () => {
  it('links the first use of a term only', async () => {
    expect(await mark('Your preceptorship starts now. Preceptorship lasts a year.')).toBe(
      `<p>Your <a href="/glossary/#preceptorship" class="term">preceptorship${HINT}</a> starts now. Preceptorship lasts a year.</p>`,
    );
  });

  it('counts any form of a term as its first use, across paragraphs', async () => {
    expect(await mark('Ask the HCPC.\n\nThe Health and Care Professions Council keeps a register.')).toBe(
      `<p>Ask the <a href="/glossary/#hcpc" class="term"><abbr title="Health and Care Professions Council">HCPC</abbr>${HINT}</a>.</p>` +
        '<p>The Health and Care Professions Council keeps a register.</p>',
    );
  });

  it('wraps only the exact short form in <abbr>, with the full term as its title', async () => {
    expect(await mark('Most AHPs are registered.')).toBe(
      `<p>Most <a href="/glossary/#ahp" class="term">AHPs${HINT}</a> are registered.</p>`,
    );
  });

  it('prefers the longest form that starts at the same place', async () => {
    expect(await mark('The NHS Long Term Plan asked for it.')).toBe(
      `<p>The <a href="/glossary/#nhs-long-term-plan" class="term">NHS Long Term Plan${HINT}</a> asked for it.</p>`,
    );
  });

  it('marks several terms in one text node, each once', async () => {
    expect(await mark('Net zero needs every AHP. Net zero again, AHP again.')).toBe(
      `<p><a href="/glossary/#net-zero" class="term">Net zero${HINT}</a> needs every <a href="/glossary/#ahp" class="term"><abbr title="Allied health professional">AHP</abbr>${HINT}</a>. Net zero again, AHP again.</p>`,
    );
  });

  it('skips headings, links, existing abbreviations, code and italics, and marks the next use instead', async () => {
    const markdown = '## The HCPC\n\n[HCPC register](/x/) `HCPC` *HCPC*\n\nThen the HCPC.';
    expect(await mark(markdown)).toBe(
      '<h2>The HCPC</h2><p><a href="/x/">HCPC register</a> <code>HCPC</code> <em>HCPC</em></p>' +
        `<p>Then the <a href="/glossary/#hcpc" class="term"><abbr title="Health and Care Professions Council">HCPC</abbr>${HINT}</a>.</p>`,
    );
  });

  it('skips an abbreviation written as HTML, in Markdown and in MDX', async () => {
    expect(await mark('An <abbr title="x">HCPC</abbr> here.\n\nThen the HCPC.')).toContain('<p>Then the <a href="/glossary/#hcpc"');
    const { code } = await mdxToJs('An <abbr title="x">HCPC</abbr> here.\n\nThen the HCPC.', { hastPlugins: [glossaryPlugin(TERMS)] });
    expect(code.match(/glossary\/#hcpc/g)).toHaveLength(1);
    expect(code).toMatch(/"Then the ",\s*_jsxs?\(_components\.a/);
  });

  it("skips what is marked as not the page's own words (data-pagefind-ignore), in MDX", async () => {
    const { code } = await mdxToJs('<div data-pagefind-ignore>The HCPC list.</div>\n\nThen the HCPC.', {
      hastPlugins: [glossaryPlugin(TERMS)],
    });
    expect(code.match(/glossary\/#hcpc/g)).toHaveLength(1);
    expect(code).toMatch(/"Then the ",\s*_jsxs?\(_components\.a/);
  });

  it('marks terms inside list items and strong text', async () => {
    expect(await mark('- **Preceptorship** helps.')).toBe(
      `<ul><li><strong><a href="/glossary/#preceptorship" class="term">Preceptorship${HINT}</a></strong> helps.</li></ul>`,
    );
  });

  it('leaves a page with no terms unchanged', async () => {
    expect(await mark('Nothing to see.')).toBe('<p>Nothing to see.</p>');
    expect(await mark('The HCPC.', [])).toBe('<p>The HCPC.</p>');
  });
});

describe('a glossary entry', () => {
  it('becomes a term with its file name as id', () => {
    expect(
      glossaryTermOf('hcpc', { term: 'Health and Care Professions Council', abbreviation: 'HCPC', aliases: ['the council', 3] }),
    ).toEqual({
      id: 'hcpc',
      term: 'Health and Care Professions Council',
      abbreviation: 'HCPC',
      aliases: ['the council'],
    });
  });

  it('is skipped without a term, which the content layer reports', () => {
    expect(glossaryTermOf('x', { definition: 'No term' })).toBeUndefined();
    expect(glossaryTermOf('x', 'text')).toBeUndefined();
    expect(glossaryTermOf('x', null)).toBeUndefined();
  });
});

describe('the glossary plugin across pages', () => {
  it('start afresh on every page', async () => {
    const plugin = glossaryPlugin(TERMS);
    const first = (await markdownToHtml('The HCPC.', { hastPlugins: [plugin] })).html;
    const second = (await markdownToHtml('The HCPC.', { hastPlugins: [plugin] })).html;
    expect(second).toBe(first);
    expect(second).toContain('/glossary/#hcpc');
  });
});
