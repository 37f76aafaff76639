import { describe, expect, it } from 'vitest';
import { contentsOf } from './contents';

describe('contentsOf', () => {
  it('lists the level-2 headings of the prose, then those the template adds, as in-page links', () => {
    const prose = [
      { depth: 2, slug: 'what-they-do', text: 'What they do' },
      { depth: 3, slug: 'in-hospital', text: 'In hospital' },
      { depth: 2, slug: 'where-they-work', text: ' Where they work ' },
    ];
    expect(contentsOf(prose, [{ depth: 2, slug: 'routes', text: 'How to become one' }])).toEqual([
      { href: '#what-they-do', text: 'What they do' },
      { href: '#where-they-work', text: 'Where they work' },
      { href: '#routes', text: 'How to become one' },
    ]);
  });

  it('lists a heading once and skips headings without an id', () => {
    const h = { depth: 2, slug: 'sources', text: 'Sources' };
    expect(contentsOf([h, { depth: 2, slug: '', text: 'No id' }], [h])).toEqual([{ href: '#sources', text: 'Sources' }]);
  });

  it('is empty for a page without level-2 headings', () => {
    expect(contentsOf([{ depth: 1, slug: 'title', text: 'Title' }])).toEqual([]);
  });
});
