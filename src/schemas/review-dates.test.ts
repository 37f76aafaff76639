/** Review dates are required, written YYYY-MM-DD and on the calendar; the messages are pinned. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { problemsIn, problemsOf } from '../../tests/helpers/schema';
import { VALID_PROFESSION, VALID_ROUTES } from '../../tests/helpers/entries';
import { profession } from './profession';
import { isoDate, reviewDates } from './review-dates';
import { routes } from './route';

describe('review dates', () => {
  it('reject a malformed date with an example', async () => {
    expect(await problemsIn(profession, VALID_PROFESSION.replace('nextReview: 2027-11-22', 'nextReview: 22/11/2027'))).toEqual([
      'nextReview: "22/11/2027" is not a date. Write dates as YYYY-MM-DD, for example 2026-11-22.',
    ]);
  });

  it('are required on YAML data such as routes', async () => {
    const text = VALID_ROUTES.replace('lastReviewed: 2026-11-22\nnextReview: 2027-11-22\n', '');
    expect(await problemsIn(routes, text)).toEqual([
      'lastReviewed: This field is required: add a date written as YYYY-MM-DD, for example lastReviewed: 2026-11-22.',
      'nextReview: This field is required: add a date written as YYYY-MM-DD, for example nextReview: 2027-11-22.',
    ]);
  });

  it('read a date written as text or already read as a date, and give a Date at midnight UTC', async () => {
    const schema = z.strictObject(reviewDates);
    expect(schema.parse({ lastReviewed: '2026-11-22', nextReview: new Date('2027-11-22T00:00:00Z') })).toEqual({
      lastReviewed: new Date('2026-11-22T00:00:00Z'),
      nextReview: new Date('2027-11-22T00:00:00Z'),
    });
  });

  it('refuse a date written as text that is not on the calendar', async () => {
    expect(await problemsOf(isoDate, '2027-02-30')).toEqual([
      ': That date does not exist. Write dates as YYYY-MM-DD, for example 2026-11-22.',
    ]);
  });
});
