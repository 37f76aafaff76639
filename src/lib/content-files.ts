/**
 * Reading the content folder directly, without the content layer: the review report and the
 * build's date check (astro.config.mjs) use it, so they work before or without a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * The data of one content file: an MDX file's front matter or a YAML file's whole text, parsed
 * with YAML 1.2's core schema, so dates stay the text the editor wrote. Undefined when there is
 * none or it does not parse (the content layer reports broken YAML with the file and line).
 */
export function contentDataOf(file: string, text: string): unknown {
  const yaml = file.endsWith('.mdx') ? FRONTMATTER.exec(text)?.[1] : text;
  if (yaml === undefined) return undefined;
  try {
    return parse(yaml);
  } catch {
    return undefined;
  }
}

/** Every .mdx and .yaml file under root/content, as [path from root, text], in name order. */
export function readContentFiles(root: string): Array<[file: string, text: string]> {
  const dir = join(root, 'content');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.yaml'))
    .sort()
    .map((f) => [relative(root, join(dir, f)).replace(/\\/g, '/'), readFileSync(join(dir, f), 'utf8')]);
}
