import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, impossibleDates, isCalendarDate, isOverdue, isoDay } from './dates';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('isOverdue', () => {
  it('is false on the review day itself and true from the day after', () => {
    expect(isOverdue(day('2026-11-22'), new Date('2026-11-22T23:59:00Z'))).toBe(false);
    expect(isOverdue(day('2026-11-22'), new Date('2026-11-23T00:00:01Z'))).toBe(true);
    expect(isOverdue(day('2027-11-22'), day('2026-11-22'))).toBe(false);
  });
});

describe('daysUntil', () => {
  it('counts whole days, ignoring the time of day', () => {
    expect(daysUntil(day('2026-12-22'), new Date('2026-11-22T18:30:00Z'))).toBe(30);
    expect(daysUntil(day('2026-11-22'), new Date('2026-11-22T18:30:00Z'))).toBe(0);
    expect(daysUntil(day('2026-11-20'), day('2026-11-22'))).toBe(-2);
  });

  it('counts across a leap day', () => {
    expect(daysUntil(day('2028-03-01'), day('2028-02-28'))).toBe(2);
  });
});

describe('formatting', () => {
  it('writes dates the way UK public services do, and as ISO for <time>', () => {
    expect(formatDate(day('2026-11-22'))).toBe('22 November 2026');
    expect(isoDay(day('2026-11-22'))).toBe('2026-11-22');
  });
});

describe('dates that are not on the calendar', () => {
  it('knows month lengths and leap years', () => {
    expect(['2026-06-30', '2028-02-29', '2000-02-29', '2026-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2026-06-31', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-05'].some(isCalendarDate)).toBe(
      false,
    );
  });

  it('names the field of each impossible date, however deep, and ignores other text', () => {
    const data = {
      lastReviewed: '2026-11-22',
      nextReview: '2027-06-31',
      sources: [{ title: 'A page', accessed: '2026-02-30' }],
      summary: 'Seen on 2026-06-31 in a sentence.',
      count: 20260631,
    };
    expect(impossibleDates(data)).toEqual([
      'nextReview: 2027-06-31 is not a real date. Check the day and the month, and write dates as YYYY-MM-DD.',
      'sources.0.accessed: 2026-02-30 is not a real date. Check the day and the month, and write dates as YYYY-MM-DD.',
    ]);
    expect(impossibleDates({ lastReviewed: '2026-11-22' })).toEqual([]);
  });
});
