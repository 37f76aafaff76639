/**
 * Reading the content folder directly, without the content layer: the review report and the
 * build's date checks (astro.config.mjs) use it, so they work before or without a build.
 * src/lib/frontmatter.ts reads what each file says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every .mdx, .yaml and .astro file under root/content (or root/`folder`), as [path from root, text],
 * in name order. The figure check also reads src/pages, whose .astro pages can show figures.
 */
export function readContentFiles(root: string, folder = 'content'): Array<[file: string, text: string]> {
  const dir = join(root, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.yaml') || f.endsWith('.astro'))
    .sort()
    .map((f) => [relative(root, join(dir, f)).replace(/\\/g, '/'), readFileSync(join(dir, f), 'utf8')]);
}
