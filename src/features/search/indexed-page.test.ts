import { describe, expect, it } from 'vitest';
import { ALL_MARKER, markAllProfessions, professionValues } from './filter-marker';

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
