/**
 * Reads a built site from disk and measures it for the budgets (scripts/check-budgets.ts) and
 * the benchmark (scripts/bench.ts): every page, and every file its first visit loads.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { assetKind, compressedSizes, cssUrls, pageRefs, type Asset, type PageMeasure, type SiteMeasure, type Sizes } from './budget.ts';
import { scriptImports, staticImports } from '../../src/lib/module-graph.ts';

/** Every file under a folder, as site paths ("/_astro/x.css"); Pagefind's search files are measured separately. */
export async function siteFiles(dist: string, skip: readonly string[] = ['pagefind']): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === dist && skip.includes(entry.name))) await walk(full);
      } else out.push('/' + relative(dist, full).split(sep).join('/'));
    }
  };
  await walk(dist);
  return out.sort();
}

/** The URL a built HTML file answers at: "/a/index.html" is "/a/"; "/404.html" stays as it is. */
export const pageUrl = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** Every built HTML page: its file on disk and the URL it answers at (Pagefind's files left out). */
export async function builtPages(dist: string): Promise<{ file: string; path: string }[]> {
  return (await siteFiles(dist)).filter((f) => f.endsWith('.html')).map((f) => ({ file: join(dist, f), path: pageUrl(f) }));
}

export async function measureSite(dist: string): Promise<SiteMeasure> {
  const files = await siteFiles(dist);
  const exists = new Set(files);
  const sizes = new Map<string, Sizes>();
  const texts = new Map<string, string>();
  const read = async (path: string): Promise<Buffer> => readFile(join(dist, ...path.split('/')));
  const sizeOf = async (path: string): Promise<Sizes> => {
    let s = sizes.get(path);
    if (!s) {
      s = compressedSizes(await read(path));
      sizes.set(path, s);
    }
    return s;
  };
  const textOf = async (path: string): Promise<string> => {
    let t = texts.get(path);
    if (t === undefined) {
      t = (await read(path)).toString('utf8');
      texts.set(path, t);
    }
    return t;
  };

  const pages: PageMeasure[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const path = pageUrl(file);
    const html = await textOf(file);
    const refs = pageRefs(html, path);
    const queue = [...refs.stylesheets, ...refs.scripts, ...refs.icons, ...refs.images.map((i) => i.src)];
    const seen = new Set<string>();
    const assets: Asset[] = [];
    const missing: string[] = [];
    // Follow what loaded files load in turn: a module's static imports, a stylesheet's url()s.
    while (queue.length > 0) {
      const ref = queue.shift()!;
      if (seen.has(ref)) continue;
      seen.add(ref);
      if (!exists.has(ref)) {
        missing.push(ref);
        continue;
      }
      const kind = assetKind(ref);
      assets.push({ path: ref, kind, sizes: await sizeOf(ref) });
      if (kind === 'js') queue.push(...staticImports(await textOf(ref)));
      if (kind === 'css') queue.push(...cssUrls(await textOf(ref), ref));
    }
    // Then what those scripts load later, when the page is used: dynamic imports and all they import.
    const later = assets.filter((a) => a.kind === 'js').map((a) => a.path);
    const onUse: Asset[] = [];
    while (later.length > 0) {
      for (const ref of scriptImports(await textOf(later.shift()!))) {
        if (seen.has(ref)) continue;
        seen.add(ref);
        if (!exists.has(ref)) missing.push(ref);
        else {
          onUse.push({ path: ref, kind: 'js', sizes: await sizeOf(ref) });
          later.push(ref);
        }
      }
    }
    pages.push({
      path,
      html: await sizeOf(file),
      assets,
      onUse,
      missing,
      images: refs.images,
      hasTool: refs.hasTool,
      content: refs.indexed,
    });
  }

  const cssFiles: Asset[] = [];
  for (const f of files.filter((f) => assetKind(f) === 'css')) cssFiles.push({ path: f, kind: 'css', sizes: await sizeOf(f) });
  // Index chunks are gzip files already, so their raw size is what a browser downloads.
  const chunkDir = join(dist, 'pagefind', 'index');
  const chunkFiles = await readdir(chunkDir).catch(() => [] as string[]);
  const searchChunks: Asset[] = [];
  for (const f of chunkFiles.sort())
    searchChunks.push({ path: `/pagefind/index/${f}`, kind: assetKind(f), sizes: await sizeOf(`/pagefind/index/${f}`) });
  return { pages, cssFiles, searchChunks };
}
