// ESLint for the hub's TypeScript, scripts and .astro components, their <script> blocks included
// (npm test runs it with zero warnings allowed). Content is checked by the schemas and the language lint.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';

/** What makes a module a reader rather than pure logic: it belongs in src/data/, not src/lib/. */
const READERS = {
  paths: [
    {
      name: 'astro:content',
      message: 'src/lib holds pure logic: read collections in src/data/ and pass the entries in.',
      // Types are erased: a pure function may still say it takes a collection's entries.
      allowTypeImports: true,
    },
    { name: 'fs', message: 'src/lib holds pure logic: read files in src/data/ and pass the text in.' },
    { name: 'node:fs', message: 'src/lib holds pure logic: read files in src/data/ and pass the text in.' },
    { name: 'fs/promises', message: 'src/lib holds pure logic: read files in src/data/ and pass the text in.' },
    { name: 'node:fs/promises', message: 'src/lib holds pure logic: read files in src/data/ and pass the text in.' },
  ],
  patterns: [
    {
      group: ['**/data/*', '**/content.config', '**/content.config.ts'],
      message: 'src/lib holds pure logic: a reader (src/data/, the collections) may import src/lib, not the reverse.',
    },
  ],
};

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'bench/out/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Astro's recommended rules, and the accessibility rules of jsx-a11y applied to Astro templates.
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // A table wider than the screen scrolls inside this region, so the region must take focus for
    // keyboard users to scroll it (WCAG 2.1.1; axe's scrollable-region-focusable), though it is no control.
    files: ['src/components/TableScroll.astro'],
    rules: { 'astro/jsx-a11y/no-noninteractive-tabindex': 'off' },
  },
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', READERS],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.type='MetaProperty'][property.name=/^glob/]",
          message: 'src/lib holds pure logic: import.meta.glob reads files; do it in src/data/.',
        },
      ],
    },
  },
);
