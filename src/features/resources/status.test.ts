import { describe, expect, it } from 'vitest';
import { replacementOf } from './status';

const repository = [
  {
    id: 'new-framework',
    title: 'Multi-professional framework for advanced practice in England',
    alsoKnownAs: ['Advanced practice framework 2025'],
  },
  { id: 'other', title: 'Something else' },
];

describe('replacementOf', () => {
  it('links to the replacement’s entry in the repository when it has one, by title or other name', () => {
    expect(
      replacementOf({ title: 'Multi-professional Framework for Advanced Practice in England', url: 'https://example.org/x' }, repository),
    ).toEqual({
      title: 'Multi-professional Framework for Advanced Practice in England',
      href: '/resources/new-framework/',
    });
    expect(replacementOf({ title: 'Advanced practice framework 2025' }, repository)?.href).toBe('/resources/new-framework/');
  });

  it('otherwise links to the address given, or to nothing', () => {
    expect(replacementOf({ title: 'A newer guide', url: 'https://www.england.nhs.uk/x/' }, repository)).toEqual({
      title: 'A newer guide',
      href: 'https://www.england.nhs.uk/x/',
    });
    expect(replacementOf({ title: 'A newer guide' }, repository)).toEqual({ title: 'A newer guide', href: undefined });
    expect(replacementOf(undefined, repository)).toBeUndefined();
  });
});
