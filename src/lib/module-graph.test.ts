import { describe, expect, it } from 'vitest';
import { scriptImports, staticClosure, staticImports, withModulePreloads } from './module-graph';

const js =
  'import{r as a}from"./read-page-data.Bk2.js";import "/_astro/side.Ab.js";const e=()=>import("./engine.Zy.js");const d=["_astro/shared.Q1.js"];import("/pagefind/pagefind.js")';

describe('the module graph the service worker is given', () => {
  it('finds static and dynamic imports of the build’s own scripts, and Vite’s preload lists', () => {
    expect(scriptImports(js)).toEqual([
      '/_astro/engine.Zy.js',
      '/_astro/read-page-data.Bk2.js',
      '/_astro/shared.Q1.js',
      '/_astro/side.Ab.js',
    ]);
  });
});

describe('modulepreload links', () => {
  it('name only the static imports: a script loaded on demand stays on demand', () => {
    expect(staticImports(js)).toEqual(['/_astro/read-page-data.Bk2.js', '/_astro/side.Ab.js']);
  });

  it('count a re-export as a static import, and a template string as none', () => {
    expect(staticImports('export*from"./re.js";export{a as b}from"/_astro/named.js";f(`import ${x}`)')).toEqual([
      '/_astro/named.js',
      '/_astro/re.js',
    ]);
  });

  it('follow static imports through chunks, once each, even round a cycle', () => {
    const graph = { '/_astro/a.js': ['/_astro/b.js'], '/_astro/b.js': ['/_astro/c.js', '/_astro/a.js'], '/_astro/c.js': ['/_astro/b.js'] };
    expect(staticClosure('/_astro/a.js', graph)).toEqual(['/_astro/b.js', '/_astro/c.js']);
    expect(staticClosure('/_astro/lone.js', graph)).toEqual([]);
  });

  it('are written before the page’s first module script, not repeated, and a page without one is unchanged', () => {
    const graph = { '/_astro/entry.js': ['/_astro/shared.js'], '/_astro/other.js': ['/_astro/shared.js', '/_astro/more.js'] };
    const html =
      '<head><script src="/sw-register.js" defer></script></head><body><script type="module" src="/_astro/entry.js"></script><script type="module" src="/_astro/other.js"></script></body>';
    const out = withModulePreloads(html, graph);
    expect(out).toBe(
      '<head><script src="/sw-register.js" defer></script></head><body><link rel="modulepreload" href="/_astro/shared.js"><link rel="modulepreload" href="/_astro/more.js"><script type="module" src="/_astro/entry.js"></script><script type="module" src="/_astro/other.js"></script></body>',
    );
    expect(withModulePreloads(out, graph)).toBe(out);
    expect(withModulePreloads('<p>No scripts</p>', graph)).toBe('<p>No scripts</p>');
  });
});
