/**
 * check-site names the source file of each finding as well as the built page: an MDX page's broken
 * link and broken #anchor, and a glossary term's seeAlso to a page that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const ROOT = process.cwd();
const html = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Page</title>\n</head>\n<body>\n<main id="main">\n${body}\n</main>\n</body>\n</html>\n`;

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

describe('check-site', () => {
  it('names the source file of a broken link, a broken #anchor and a glossary seeAlso to a missing page', () => {
    const dir = tempDir('check-site');
    write(dir, {
      'content/careers/cpd.mdx': '---\ntitle: CPD\n---\n',
      'content/glossary/hcpc.yaml': 'term: HCPC\n',
      'src/pages/glossary.astro': '---\n---\n',
      'dist/careers/cpd/index.html': html(
        '<h1 id="cpd">CPD</h1>\n<p><a href="/careers/nope/">Pay</a> and <a href="#salary">salary</a></p>',
      ),
      'dist/glossary/index.html': html(
        '<h1>Glossary</h1>\n<dl><dt id="hcpc">HCPC</dt><dd><p>See also: <a href="/careers/registration/">registration</a></p></dd></dl>',
      ),
    });
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-site.ts')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, DIST_DIR: join(dir, 'dist') },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/careers/cpd/ (content/careers/cpd.mdx): broken link to /careers/nope/');
    expect(run.stderr).toContain('/careers/cpd/ (content/careers/cpd.mdx): link to #salary names an anchor that does not exist');
    expect(run.stderr).toContain('/glossary/ (content/glossary/hcpc.yaml): broken link to /careers/registration/');
  });
});
