import { describe, expect, it } from 'vitest';
import { bestSection, type SubResult } from './sections';

const sub = (title: string, url: string, locations: number[], anchored = true): SubResult => ({
  title,
  url,
  excerpt: `${title} excerpt`,
  locations,
  ...(anchored ? { anchor: { id: url.split('#')[1] ?? '' } } : {}),
});

describe('bestSection', () => {
  it('opens at the section with the most matched words', () => {
    const page = '/professions/physiotherapists/';
    const found = bestSection(page, [
      sub('Physiotherapists', page, [3], false),
      sub('What they do', `${page}#what`, [40]),
      sub('How to see a physiotherapist', `${page}#how-to-see`, [90, 95, 99]),
    ]);
    expect(found?.title).toBe('How to see a physiotherapist');
    expect(found?.url).toBe('/professions/physiotherapists/#how-to-see');
  });

  it('opens at the top when the best match is before the first heading, or there are no sections', () => {
    const page = '/who-can-help/';
    expect(bestSection(page, [sub('Who can help', page, [1, 2, 3], false), sub('Falls', `${page}#falls`, [50])])).toBeUndefined();
    expect(bestSection(page, [])).toBeUndefined();
  });

  it('gives a tie to the earlier section', () => {
    const page = '/who-can-help/';
    expect(bestSection(page, [sub('Falls', `${page}#falls`, [50]), sub('Feet', `${page}#feet`, [80])])?.title).toBe('Falls');
  });

  it('never opens another page', () => {
    expect(bestSection('/a/', [sub('Elsewhere', '/b/#x', [1, 2])])).toBeUndefined();
  });
});
