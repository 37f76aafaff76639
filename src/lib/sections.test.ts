import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_COLLECTIONS,
  entryHref,
  HAND_WRITTEN,
  PAGE_COLLECTIONS,
  PRIMARY_NAV,
  SECTION_INFO,
  sectionOf,
  sectionPath,
} from './sections';

describe('the section registry', () => {
  it('names every collection of pages after its folder in content/', () => {
    const folders = readdirSync(new URL('../../content/', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    for (const collection of PAGE_COLLECTIONS) expect(folders, collection).toContain(collection);
  });

  it('gives each collection one section, whose address is named after it', () => {
    for (const collection of PAGE_COLLECTIONS) expect(sectionPath(sectionOf(collection))).toBe(`/${collection}/`);
    for (const collection of ARTICLE_COLLECTIONS) expect(PAGE_COLLECTIONS).toContain(collection);
  });

  it('builds addresses: index is the landing page, other entries sit under it', () => {
    expect(entryHref('health-inequalities', 'index')).toBe('/health-inequalities/');
    expect(entryHref('about', 'privacy')).toBe('/about/privacy/');
    expect(entryHref('professions', 'dietitians')).toBe('/professions/dietitians/');
  });

  it('puts the sections with a place in the header in order, then search', () => {
    expect(PRIMARY_NAV.map((n) => n.href)).toEqual([
      '/professions/',
      '/careers/',
      '/resources/',
      '/greener/',
      '/health-inequalities/',
      '/strategy/',
      '/search/',
    ]);
  });

  it('files every hand-written page under a known section, at a distinct address', () => {
    const hrefs = Object.values(HAND_WRITTEN).map((p) => p.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const page of Object.values(HAND_WRITTEN)) if ('section' in page) expect(Object.keys(SECTION_INFO)).toContain(page.section);
  });
});
