import { describe, expect, it } from 'vitest';
import { scriptImports } from './integration';

describe('the module graph the service worker is given', () => {
  it('finds static and dynamic imports of the build’s own scripts, and Vite’s preload lists', () => {
    const js =
      'import{r as a}from"./read-page-data.Bk2.js";import "/_astro/side.Ab.js";const e=()=>import("./engine.Zy.js");const d=["_astro/shared.Q1.js"];import("/pagefind/pagefind.js")';
    expect(scriptImports(js)).toEqual([
      '/_astro/engine.Zy.js',
      '/_astro/read-page-data.Bk2.js',
      '/_astro/shared.Q1.js',
      '/_astro/side.Ab.js',
    ]);
  });
});
