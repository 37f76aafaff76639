/**
 * Invalid content must stop the real build with a message naming the file and the field. The
 * schemas' rules and messages are tested in process beside them (src/schemas/*.test.ts), and so
 * are the rules across files (src/lib/content-rules.test.ts); these smoke tests prove the build
 * wires them up: each builds the content layer (astro sync) over a
 * tiny copy of the content folder holding broken entries, using src/content.config.ts itself.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { tempDir } from '../helpers/temp-dir';
import { VALID_GLOSSARY, VALID_PROFESSION, VALID_ROUTES } from '../helpers/entries';

const ROOT = process.cwd();
// Astro's own command line, run by this Node: through npx each run took seconds longer.
const ASTRO_CLI = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Runs astro sync over content/figures.yaml and the given files; its output, or SYNC SUCCEEDED. */
function syncWith(files: Record<string, string>): string {
  const dir = tempDir('content');
  for (const name of ['src', 'node_modules', 'public']) symlinkSync(join(ROOT, name), join(dir, name));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(dir, name));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'figures.yaml'), readFileSync(join(ROOT, 'content', 'figures.yaml')));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'content', file)), { recursive: true });
    writeFileSync(join(dir, 'content', file), text);
  }
  try {
    // No colour codes: CI=true makes Astro's logger colour its output even into a pipe.
    execFileSync(process.execPath, [ASTRO_CLI, 'sync', '--root', dir], {
      cwd: dir,
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return 'SYNC SUCCEEDED';
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return stripVTControlCharacters(`${e.stdout}\n${e.stderr}`);
  }
}

describe('content validation in the real build', () => {
  it('names the file and the field of a broken MDX entry', () => {
    const out = syncWith({ 'professions/orthoptists.mdx': VALID_PROFESSION.replace('title: Orthoptists\n', '') });
    expect(out).toContain('content/professions/orthoptists.mdx');
    expect(out).toMatch(/title: This field is required/);
  });

  it('names the file and the fields of a broken YAML entry', () => {
    const out = syncWith({ 'routes/orthoptists.yaml': VALID_ROUTES.replace('lastReviewed: 2026-11-22\nnextReview: 2027-11-22\n', '') });
    expect(out).toContain('content/routes/orthoptists.yaml');
    expect(out).toMatch(/lastReviewed: This field is required/);
    expect(out).toMatch(/nextReview: This field is required/);
  });

  it('names a file the content rules refuse: a glossary file indented with a tab, which the glossary reader meets first', () => {
    const out = syncWith({ 'glossary/hcpc.yaml': VALID_GLOSSARY.replace('abbreviation', '\tabbreviation') });
    expect(out).toContain('content/glossary/hcpc.yaml: line 2, column 1: this YAML cannot be read (Tabs are not allowed as indentation).');
  });
});
