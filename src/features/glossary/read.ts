/**
 * The glossary plugin as the build registers it (astro.config.mjs), with its terms read from the
 * YAML files in a folder. It runs outside Astro's content layer, so it reads the files itself;
 * marking the terms is src/features/glossary/rehype-glossary.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossaryPlugin, glossaryTermOf, type GlossaryTerm } from './rehype-glossary.ts';

/** Reads every glossary file in a folder; a missing folder means an empty glossary. */
export function loadGlossary(dir: string): GlossaryTerm[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => glossaryTermOf(file.slice(0, -'.yaml'.length), parse(readFileSync(join(dir, file), 'utf8'))) ?? []);
}

/** The plugin with the glossary read from a folder of YAML files (content/glossary). */
export default function rehypeGlossary(options: { dir: string }) {
  return glossaryPlugin(loadGlossary(options.dir));
}
