/**
 * The glossary plugin as the build registers it (astro.config.mjs), with its terms read from the
 * YAML files in a folder. It runs outside Astro's content layer, so it reads the files itself;
 * marking the terms is src/features/glossary/rehype-glossary.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossaryPlugin, glossaryTermOf, type GlossaryTerm } from './rehype-glossary.ts';

/** A glossary file's data; undefined when it cannot be read. */
function dataOf(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Reads every glossary file in a folder; a missing folder means an empty glossary. A file that
 * cannot be read or is empty gives no term here: the build's content rules (astro.config.mjs,
 * src/lib/content-rules.ts) stop the build on it, naming the file and the line, where throwing
 * here, while Astro loads its config, would name neither.
 */
export function loadGlossary(dir: string): GlossaryTerm[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => glossaryTermOf(file.slice(0, -'.yaml'.length), dataOf(join(dir, file))) ?? []);
}

/** The plugin with the glossary read from a folder of YAML files (content/glossary). */
export default function rehypeGlossary(options: { dir: string }) {
  return glossaryPlugin(loadGlossary(options.dir));
}
