/** Scratch folders for unit tests, so a run leaves nothing behind in the system's temp folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A new empty folder for the current test, removed when the test ends, passed or failed.
 * Symbolic links inside it (to src/ or node_modules/) are removed, never followed.
 */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ahp-${name}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
