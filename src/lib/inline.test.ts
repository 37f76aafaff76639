import { describe, expect, it } from 'vitest';
import { citation, joined } from './inline';

describe('joined', () => {
  it('joins items as a sentence does', () => {
    expect(joined(['a'])).toEqual(['a']);
    expect(joined(['a', 'b'])).toEqual(['a', ' and ', 'b']);
    expect(joined(['a', { text: 'b', href: '/b/' }, 'c'])).toEqual(['a', ', ', { text: 'b', href: '/b/' }, ' and ', 'c']);
    expect(joined([])).toEqual([]);
  });

  it('joins runs of parts, such as citations', () => {
    expect(
      joined([citation({ title: 'A', publisher: 'P' }), citation({ title: 'B', url: 'https://example.org/b' })], { last: '; ' }),
    ).toEqual([{ text: 'A', cite: true }, ', P', '; ', { text: 'B', href: 'https://example.org/b' }]);
  });

  it('takes other joiners', () => {
    expect(joined(['a', 'b', 'c'], { separator: '; ', last: '; ' })).toEqual(['a', '; ', 'b', '; ', 'c']);
  });
});

describe('citation', () => {
  it('links a title with an address and names its publisher after a comma', () => {
    expect(citation({ title: 'Aphasia', url: 'https://www.nhs.uk/conditions/aphasia/', publisher: 'NHS website' })).toEqual([
      { text: 'Aphasia', href: 'https://www.nhs.uk/conditions/aphasia/' },
      ', NHS website',
    ]);
  });

  it('cites a title with no address', () => {
    expect(citation({ title: 'AHPs Deliver' })).toEqual([{ text: 'AHPs Deliver', cite: true }]);
  });
});
