// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// The public address the site is deployed at; sitemap and feed links are built from it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// DIST_DIR lets several builds run side by side (each with its own cache); the default is dist/.
const outDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  site,
  outDir,
  cacheDir: process.env.DIST_DIR ? `${outDir}-cache` : undefined,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
  build: { inlineStylesheets: 'never', format: 'directory' },
  // Scripts stay external files: the Content-Security-Policy allows no inline script.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
