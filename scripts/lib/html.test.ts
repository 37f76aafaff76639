import { describe, expect, it } from 'vitest';
import { attr, byTag, parsePage } from './html';

describe('attr', () => {
  const [section] = byTag(
    parsePage('<section aria-labelledby="a b" aria-describedby="c" aria-label="Named" data-figure="x" class="one two"></section>'),
    'section',
  );

  it('reads the ARIA attributes that hast spells with a second capital', () => {
    expect(attr(section!, 'aria-labelledby')).toBe('a b');
    expect(attr(section!, 'aria-describedby')).toBe('c');
  });

  it('reads other attributes by their HTML names', () => {
    expect(attr(section!, 'aria-label')).toBe('Named');
    expect(attr(section!, 'data-figure')).toBe('x');
    expect(attr(section!, 'class')).toBe('one two');
    expect(attr(section!, 'hidden')).toBeUndefined();
  });
});
