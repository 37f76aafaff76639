import { describe, expect, it } from 'vitest';
import { describeEntry, reviewEntryOf, reviewReport, type ReviewEntry } from './review';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const entry = (file: string, next: string): ReviewEntry => ({ file, title: file, nextReview: day(next) });
const TODAY = day('2026-11-22');

describe('reviewReport', () => {
  const entries = [
    entry('due-in-31-days', '2026-12-23'),
    entry('due-in-30-days', '2026-12-22'),
    entry('due-today', '2026-11-22'),
    entry('overdue-by-a-year', '2025-11-22'),
    entry('overdue-by-a-day', '2026-11-21'),
  ];

  it('lists overdue entries, oldest first', () => {
    expect(reviewReport(entries, TODAY).overdue.map((e) => e.file)).toEqual(['overdue-by-a-year', 'overdue-by-a-day']);
  });

  it('lists entries due within 30 days, including today, soonest first', () => {
    expect(reviewReport(entries, TODAY).dueSoon.map((e) => e.file)).toEqual(['due-today', 'due-in-30-days']);
  });

  it('takes another window', () => {
    expect(reviewReport(entries, TODAY, 31).dueSoon.map((e) => e.file)).toContain('due-in-31-days');
    expect(reviewReport(entries, TODAY, 0).dueSoon.map((e) => e.file)).toEqual(['due-today']);
  });
});

describe('describeEntry', () => {
  it('says when the review was or is due, in words', () => {
    expect(describeEntry({ file: 'content/careers/cpd.mdx', title: 'CPD', nextReview: day('2026-11-19') }, TODAY)).toBe(
      'content/careers/cpd.mdx: CPD, due 19 November 2026 (3 days ago)',
    );
    expect(describeEntry(entry('a', '2026-11-23'), TODAY)).toBe('a: a, due 23 November 2026 (in 1 day)');
    expect(describeEntry(entry('a', '2026-11-22'), TODAY)).toBe('a: a, due 22 November 2026 (today)');
  });
});

describe('reading review dates from content files', () => {
  it('reads nextReview from MDX frontmatter and from YAML', () => {
    expect(reviewEntryOf('content/x.mdx', '---\ntitle: "X page"\nnextReview: 2027-01-31\n---\nBody')).toEqual({
      file: 'content/x.mdx',
      title: 'X page',
      nextReview: day('2027-01-31'),
    });
    expect(reviewEntryOf('content/y.yaml', 'nextReview: 2027-01-31\n')?.title).toBe('content/y.yaml');
  });

  it('skips files without a review date or with broken YAML', () => {
    expect(reviewEntryOf('content/quotes/q.yaml', 'text: "Words"\n')).toBeUndefined();
    expect(reviewEntryOf('content/x.mdx', '---\ntitle: [unclosed\n---\n')).toBeUndefined();
    expect(reviewEntryOf('content/x.mdx', 'No frontmatter')).toBeUndefined();
  });
});
