/**
 * The build's scripts and what they import, read from the bundler's output (minified ES modules
 * under /_astro/). Two uses: the service worker keeps every chunk a kept script imports (all
 * imports), and each page names its scripts' static imports as modulepreload links, so a browser
 * fetches a script and the chunks it cannot run without at once, not one after the other.
 */

/** A site path under /_astro/ for a specifier the bundler wrote ("./x.js" or "/_astro/x.js"). */
const sitePath = (spec: string) => (spec.startsWith('/') ? spec : `/_astro/${spec.replace(/^\.\//, '')}`);

/**
 * Static imports of other scripts of the build (`import{a}from"./x.js"`, `import"./x.js"` and
 * `export*from"./x.js"`): what the browser fetches with a script. Not `import("./x.js")`.
 */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(
    /\b(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*|\{[^}]*\})\s*from\s*)["'](\.{1,2}\/[^"']+|\/_astro\/[^"']+)["']/g,
  ))
    found.add(sitePath(m[1]!));
  return [...found].sort();
}

/** Static and dynamic imports of other scripts of the build, with Vite's preload lists, as site paths under /_astro/. */
export function scriptImports(js: string): string[] {
  const found = new Set<string>(staticImports(js));
  for (const m of js.matchAll(/\bimport\s*\(\s*["'](\.{1,2}\/[^"']+|\/_astro\/[^"']+)["']/g)) found.add(sitePath(m[1]!));
  // Vite lists the chunks a dynamic import needs (its preload list) as plain strings.
  for (const m of js.matchAll(/["'](_astro\/[\w.-]+\.js)["']/g)) found.add(`/${m[1]}`);
  return [...found].sort();
}

/** Every script a page's entry script needs before it runs: its static imports, theirs, and so on. */
export function staticClosure(entry: string, imports: Readonly<Record<string, readonly string[]>>): string[] {
  const seen = new Set<string>();
  const visit = (script: string) => {
    for (const next of imports[script] ?? []) {
      if (next === entry || seen.has(next)) continue;
      seen.add(next);
      visit(next);
    }
  };
  visit(entry);
  return [...seen].sort();
}

const MODULE_SCRIPT = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g;

/**
 * The page with a modulepreload link for each chunk its module scripts import statically, written
 * just before the first of those scripts; links already there are not repeated.
 */
export function withModulePreloads(html: string, imports: Readonly<Record<string, readonly string[]>>): string {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  if (entries.length === 0) return html;
  const needed = new Set(entries.flatMap((entry) => staticClosure(entry, imports)));
  for (const entry of entries) needed.delete(entry);
  const links = [...needed]
    .filter((href) => !html.includes(`<link rel="modulepreload" href="${href}"`))
    .map((href) => `<link rel="modulepreload" href="${href}">`)
    .join('');
  if (links === '') return html;
  const first = html.search(MODULE_SCRIPT);
  return `${html.slice(0, first)}${links}${html.slice(first)}`;
}
