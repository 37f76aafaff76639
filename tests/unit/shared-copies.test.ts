/**
 * The repository's copies of the agreed search queries and everyday sentences must match the files in ../shared,
 * which the commissioners maintain (see scripts/lib/shared.ts for when this runs).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath, skipSharedChecks } from '../../scripts/lib/shared.ts';

describe('copies of the shared documents', () => {
  it.skipIf(skipSharedChecks)('tests/fixtures/search-queries.json matches ../shared/search-queries.json', () => {
    const copy = JSON.parse(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'search-queries.json'), 'utf8'));
    const shared = JSON.parse(readFileSync(sharedPath('search-queries.json'), 'utf8'));
    expect(copy).toEqual(shared);
  });

  it.skipIf(skipSharedChecks)('tests/fixtures/search-sentences.json matches ../shared/search-sentences.json', () => {
    const copy = JSON.parse(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'search-sentences.json'), 'utf8'));
    const shared = JSON.parse(readFileSync(sharedPath('search-sentences.json'), 'utf8'));
    expect(copy).toEqual(shared);
  });
});
