import { describe, expect, it } from 'vitest';
import { ALL_MARKER, markAllProfessions, professionValues, withoutIndexingInstructions } from './indexed-page';

const tag = (v: string) => `<meta name="ahp:profession" content="${v}" data-pagefind-filter="profession[content]">\n`;
const every = new Set(['Dietitians', 'Orthoptists', 'Paramedics']);

describe('markAllProfessions', () => {
  it('replaces the tags of a page for every profession with one marker', () => {
    const html = `<head>\n${tag('Dietitians')}${tag('Orthoptists')}${tag('Paramedics')}<meta name="ahp:topic" content="x">\n</head>`;
    const marked = markAllProfessions(html, every);
    expect(marked).toBe(`<head>\n${ALL_MARKER}\n<meta name="ahp:topic" content="x">\n</head>`);
    expect(professionValues(marked)).toEqual([]);
  });

  it('leaves a page for some professions, or none, as it is', () => {
    const some = `<head>\n${tag('Dietitians')}${tag('Paramedics')}</head>`;
    expect(markAllProfessions(some, every)).toBe(some);
    expect(markAllProfessions('<head></head>', every)).toBe('<head></head>');
  });

  it('reads the values a page names', () => {
    expect(professionValues(`${tag('Dietitians')}${tag('Paramedics')}`)).toEqual(['Dietitians', 'Paramedics']);
  });
});

describe('withoutIndexingInstructions', () => {
  it("drops Pagefind's meta and filter attributes and keeps the tags, the body and the ignore marks", () => {
    const html =
      '<meta name="description" content="A page." data-pagefind-meta="summary[content]">\n' +
      '<meta name="ahp:section" content="Careers" data-pagefind-filter="section[content]">\n' +
      '<main data-pagefind-body><h1 data-pagefind-meta="title">Title</h1><section data-pagefind-ignore>x</section></main>';
    expect(withoutIndexingInstructions(html)).toBe(
      '<meta name="description" content="A page.">\n<meta name="ahp:section" content="Careers">\n' +
        '<main data-pagefind-body><h1>Title</h1><section data-pagefind-ignore>x</section></main>',
    );
  });
});
