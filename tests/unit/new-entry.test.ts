/**
 * `npm run new` must create entries that pass their schemas, for every type, and never
 * overwrite a file. Like content-validation.test.ts, it works in a temporary copy of the
 * project and builds the content layer there with astro sync.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const ROOT = process.cwd();
// Astro's own command line, run by this Node: through npx each run took seconds longer.
const ASTRO_CLI = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const TYPES = [
  'resource',
  'profession',
  'glossary',
  'quote',
  'checklist',
  'about',
  'greener',
  'careers',
  'strategy',
  'health-inequalities',
];

function tempProject(): string {
  const dir = tempDir('new');
  for (const name of ['src', 'node_modules', 'public']) symlinkSync(join(ROOT, name), join(dir, name));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'language-rules.yaml'])
    cpSync(join(ROOT, name), join(dir, name));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'figures.yaml'), readFileSync(join(ROOT, 'content', 'figures.yaml')));
  return dir;
}

const newEntry = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'new-entry.ts'), ...args], { cwd: dir, encoding: 'utf8' });

describe('npm run new', () => {
  it('creates a valid entry of every type, which npm test then holds back until its placeholders are replaced', () => {
    const dir = tempProject();
    const created: string[] = [];
    for (const type of TYPES) {
      const title = type === 'profession' ? 'Orthoptists' : `A new ${type} entry`;
      const run = newEntry(dir, type, title);
      expect(run.status, run.stderr).toBe(0);
      const file = run.stdout.trim();
      expect(existsSync(join(dir, file))).toBe(true);
      created.push(file);
    }
    expect(created).toContain('content/resources/a-new-resource-entry.mdx');
    expect(created).toContain('content/professions/orthoptists.mdx');
    expect(created).toContain('content/about/a-new-about-entry.mdx');

    // Every template passes its schema: the content layer builds.
    execFileSync(process.execPath, [ASTRO_CLI, 'sync', '--root', dir], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });

    // ...and the language check names each file that still has template text.
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-language.ts')], { cwd: dir, encoding: 'utf8' });
    expect(check.status).toBe(1);
    for (const file of created) expect(check.stderr).toContain(`${file}:`);
    expect(check.stderr).not.toMatch(/\[(retext|ahp-hub\/(?!placeholder))/);
  }, 240_000);

  it('refuses to overwrite an existing file', () => {
    const dir = tempProject();
    expect(newEntry(dir, 'glossary', 'Preceptorship').status).toBe(0);
    const file = join(dir, 'content', 'glossary', 'preceptorship.yaml');
    writeFileSync(file, 'term: Edited by hand\n');
    const again = newEntry(dir, 'glossary', 'Preceptorship');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/glossary/preceptorship.yaml already exists');
    expect(readFileSync(file, 'utf8')).toBe('term: Edited by hand\n');
  });

  it('explains what it needs when a type or profession is unknown', () => {
    const dir = tempProject();
    const unknownType = newEntry(dir, 'poem', 'Ode');
    expect(unknownType.status).toBe(1);
    expect(unknownType.stderr).toContain('Types: resource, profession, glossary, quote, checklist, about');
    const unknownProfession = newEntry(dir, 'profession', 'Foot doctors');
    expect(unknownProfession.status).toBe(1);
    expect(unknownProfession.stderr).toContain('"foot-doctors" is not one of the 14 professions');
  });
});
