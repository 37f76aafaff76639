/**
 * Reads the built site once the build is done: its pages (every HTML file outside /_astro/ and
 * /pagefind/), and its scripts (dist/_astro/*.js) as a module graph. Writes each page's modulepreload
 * links (src/lib/module-graph.ts decides what they are). Used by the search integration (the pages
 * it shrinks once indexed, the service worker's list of imports) and by `modulePreloads` in
 * astro.config.mjs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptImports, staticImports, withModulePreloads } from '../lib/module-graph.ts';

type Graph = Record<string, string[]>;

/** Each script under /_astro/ that imports others, with those it imports (`read` picks which imports). */
function readGraph(site: string, read: (js: string) => string[]): Graph {
  const dir = join(site, '_astro');
  const graph: Graph = {};
  if (!existsSync(dir)) return graph;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const imports = read(readFileSync(join(dir, file), 'utf8')).filter((p) => p !== `/_astro/${file}`);
    if (imports.length > 0) graph[`/_astro/${file}`] = imports;
  }
  return graph;
}

/** The build's module graph, static and dynamic imports both: what a kept script may need. */
export const readModuleGraph = (site: string): Graph => readGraph(site, scriptImports);

/** Every built page: the HTML files of the site, outside the scripts' and the search index's folders. */
export function builtPages(site: string): string[] {
  const pages: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir !== site || (entry.name !== '_astro' && entry.name !== 'pagefind')) visit(path);
      } else if (entry.name.endsWith('.html')) pages.push(path);
    }
  };
  visit(site);
  return pages;
}

/** Adds the modulepreload links to every built page with a module script; returns how many pages changed. */
export function writeModulePreloads(site: string): number {
  const graph = readGraph(site, staticImports);
  let changed = 0;
  for (const path of builtPages(site)) {
    const html = readFileSync(path, 'utf8');
    const preloaded = withModulePreloads(html, graph);
    if (preloaded !== html) {
      writeFileSync(path, preloaded);
      changed++;
    }
  }
  return changed;
}
