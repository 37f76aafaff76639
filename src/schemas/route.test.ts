/** A profession's routes in; the messages are pinned (review dates: review-dates.test.ts). */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../data/content-files';
import { ROUTES } from '../lib/vocabulary';
import { problemsIn } from '../../tests/helpers/schema';
import { VALID_ROUTES } from '../../tests/helpers/entries';
import { routes } from './route';

describe('routes', () => {
  it('accept a valid entry, and every routes file in content/', async () => {
    expect(await problemsIn(routes, VALID_ROUTES)).toEqual([]);
    for (const [file, text] of readContentFiles(process.cwd(), 'content/routes')) expect(await problemsIn(routes, text), file).toEqual([]);
  });

  it('name an unknown route and list the known ones', async () => {
    expect(await problemsIn(routes, VALID_ROUTES.replace('route: undergraduate-degree', 'route: night-school'))).toEqual([
      `routes.0.route: "night-school" is not an allowed value. Use one of: ${Object.keys(ROUTES).join(', ')}.`,
    ]);
  });

  it('need to say whether a route is available', async () => {
    expect(await problemsIn(routes, VALID_ROUTES.replace('    available: true\n', ''))).toEqual([
      'routes.0.available: This field is required: add true or false, for example available: true.',
    ]);
  });
});
