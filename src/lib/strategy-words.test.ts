import { describe, expect, it } from 'vitest';
import { contentsLines, whereInStrategy } from './strategy-words';

describe('whereInStrategy', () => {
  it('names the section by number, the heading and one page', () => {
    expect(
      whereInStrategy({
        section: 'Section 3. AHPs Deliver: Enhanced foundations',
        heading: '3. AHPs research, innovate and evaluate',
        page: 19,
      }),
    ).toBe('AHPs Deliver (NHS England, June 2022), section 3, “3. AHPs research, innovate and evaluate”, page 19');
  });

  it('gives the range when the heading runs over more than one page', () => {
    expect(
      whereInStrategy({ section: 'Section 4. AHPs Deliver: Areas of focus', heading: 'Focus 1: People first', page: 22, lastPage: 23 }),
    ).toMatch(/section 4, “Focus 1: People first”, pages 22 to 23$/);
    expect(whereInStrategy({ section: 'Section 1. X', heading: 'Co-production', page: 12, lastPage: 12 })).toMatch(/page 12$/);
  });
});

describe('contentsLines', () => {
  it('reads “heading, tab, page” lines in order and skips the rest', () => {
    expect(
      contentsLines('Contents\n\nForeword\t4\nSection 1. AHPs Deliver: Overarching principles\t9\nCo-production\t12\nBody text.'),
    ).toEqual([
      { title: 'Foreword', page: 4 },
      { title: 'Section 1. AHPs Deliver: Overarching principles', page: 9 },
      { title: 'Co-production', page: 12 },
    ]);
  });
});
