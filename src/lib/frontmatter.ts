/**
 * The one reader of content files' front matter, for the scripts, the build's checks and the
 * tests (the content layer reads it for pages). YAML is parsed with YAML 1.2's core schema, so a
 * date stays the text the editor wrote.
 */
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** An MDX file split into its front matter (YAML text, starting on line 2) and its body; undefined without one. */
export function splitFrontmatter(mdx: string): { yaml: string; firstLine: number; body: string } | undefined {
  const match = FRONTMATTER.exec(mdx);
  return match ? { yaml: match[1]!, firstLine: 2, body: mdx.slice(match[0].length) } : undefined;
}

/**
 * The data of one content file: an MDX file's front matter or a YAML file's whole text. Undefined
 * when there is none or it does not parse (the content layer reports broken YAML with file and line).
 */
export function contentDataOf(file: string, text: string): unknown {
  const yaml = file.endsWith('.mdx') ? splitFrontmatter(text)?.yaml : text;
  if (yaml === undefined) return undefined;
  try {
    return parse(yaml);
  } catch {
    return undefined;
  }
}
