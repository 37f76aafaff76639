import { describe, expect, it } from 'vitest';
import { hasEnded, replacementOf, statusProblem, statusWords } from './status';

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

describe('time-bound documents', () => {
  const dec2024 = new Date('2024-12-31T23:00:00Z');
  const jan2025 = new Date('2025-01-01T00:00:00Z');

  it('a document has ended once the last year it covers is over, not before', () => {
    expect(hasEnded(2024, dec2024)).toBe(false);
    expect(hasEnded(2024, jan2025)).toBe(true);
    expect(hasEnded(undefined, jan2025)).toBe(false);
  });

  it('refuses a current status past the end, and an ended status without one or before it', () => {
    expect(statusProblem({ status: 'current', until: 2024 }, jan2025)).toMatch(/covered the years up to 2024.*cannot be current/);
    expect(statusProblem({ status: 'current', until: 2024 }, dec2024)).toBeUndefined();
    expect(statusProblem({ status: 'ended' }, jan2025)).toMatch(/must say the last year it covered: add until/);
    expect(statusProblem({ status: 'ended', until: 2027 }, jan2025)).toMatch(/have not passed yet/);
    expect(statusProblem({ status: 'ended', until: 2024 }, jan2025)).toBeUndefined();
    expect(statusProblem({ status: 'superseded', until: 2020 }, jan2025)).toBeUndefined();
    expect(statusProblem({ status: 'unavailable' }, jan2025)).toBeUndefined();
  });

  it('says when an ended document ended, and names other statuses plainly', () => {
    expect(statusWords('ended', 2024)).toBe('Ended in 2024');
    expect(statusWords('unavailable')).toBe('Not found online');
    expect(statusWords('current', 2027)).toBe('Current');
  });
});
