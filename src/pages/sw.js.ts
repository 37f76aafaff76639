/**
 * /sw.js, the offline service worker (src/features/offline/service-worker.js), minified, with its shell listed at
 * build time: the stylesheet's name carries a hash that only the build knows. A new build with
 * a different shell or worker gets a new VERSION, so browsers install it and drop the old shell.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { outDir } from 'astro:config/server';
import source from '../features/offline/service-worker.js?raw';
import { minify } from 'vite';

/** The stylesheets of this build, which the client build has written by the time this file is generated. */
function builtStylesheets(): string[] {
  // `astro dev` serves styles from source, so there is nothing to list; a build must have them.
  if (import.meta.env.DEV) return [];
  const dir = new URL('_astro/', outDir);
  const found = readdirSync(dir)
    .filter((file) => file.endsWith('.css'))
    .map((file) => `/_astro/${file}`);
  if (found.length === 0) throw new Error(`sw.js: no stylesheet in ${dir.pathname} to cache for offline use`);
  return found;
}

export async function GET(): Promise<Response> {
  const shell = ['/', '/offline/', ...builtStylesheets(), '/favicon.svg'];
  const version = createHash('sha256').update(JSON.stringify(shell)).update(source).digest('hex').slice(0, 12);
  // SEARCH_BUILD (this build's search) and IMPORTS (the module graph) are filled in by the search integration once the index is written.
  // Minified as /sw-register.js is; the four lines the build writes stay as they are, for the search integration to find.
  const { code } = await minify('sw.js', source, {});
  const body = `const SHELL = ${JSON.stringify(shell)};\nconst VERSION = '${version}';\nconst SEARCH_BUILD = null;\nconst IMPORTS = {};\n${code}`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
