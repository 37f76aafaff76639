/**
 * The commissioning documents (seeds) and the agreed search queries live beside the repository, in
 * ../shared, as CI checks them out; AHP_SHARED_DIR points elsewhere. The repository carries its
 * own copies of what the site and its tests need (tests/fixtures), so a fresh clone anywhere
 * builds and tests. The checks that those copies still match ../shared run wherever it exists, and
 * in CI a missing ../shared is an error, not a skip.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const SHARED_DIR = process.env.AHP_SHARED_DIR ?? join(process.cwd(), '..', 'shared');

/** A file in the shared folder, such as sharedPath('seeds', '000_b64a19f1b9dc009d.txt'). */
export const sharedPath = (...parts: string[]): string => join(SHARED_DIR, ...parts);

/** True when checks against the shared folder should be skipped: it is absent and this is not CI. */
export const skipSharedChecks = !existsSync(SHARED_DIR) && !process.env.CI;
