// ESLint for the hub's TypeScript, scripts and .astro components, their <script> blocks included
// (npm test runs it with zero warnings allowed). Content is checked by the schemas and the language lint.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';

/**
 * What makes a module a reader rather than pure logic: it belongs in src/data/ or in a feature's
 * read*.ts, not in src/lib/ or a feature's logic.
 */
const READERS = {
  paths: [
    {
      name: 'astro:content',
      message: "Pure logic: read collections in a reader (src/data/, a feature's read*.ts) and pass the entries in.",
      // Types are erased: a pure function may still say it takes a collection's entries.
      allowTypeImports: true,
    },
    { name: 'fs', message: "Pure logic: read files in a reader (src/data/, a feature's read*.ts) and pass the text in." },
    { name: 'node:fs', message: "Pure logic: read files in a reader (src/data/, a feature's read*.ts) and pass the text in." },
    { name: 'fs/promises', message: "Pure logic: read files in a reader (src/data/, a feature's read*.ts) and pass the text in." },
    { name: 'node:fs/promises', message: "Pure logic: read files in a reader (src/data/, a feature's read*.ts) and pass the text in." },
  ],
  patterns: [
    {
      group: ['**/data/*', '**/content.config', '**/content.config.ts'],
      // Types are erased: pure logic may still name a reader's types.
      allowTypeImports: true,
      message: 'Pure logic: a reader (src/data/, the collections) may import it, not the reverse.',
    },
  ],
};

/** The page's globals: only a feature's browser entry (client.ts, and its parts client-*.ts) and src/lib/browser/ touch the page. */
const DOM = ['document', 'window', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history'];
const PAGE_ONLY = "Pure logic: only a feature's client.ts (and its parts, client-*.ts) and src/lib/browser/ read or change the page.";

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
    // Pure logic: src/lib (what several features share) and every module of a feature folder but
    // its browser entry (client.ts, split into client-*.ts where it grows), its readers (read*.ts)
    // and its build step (split-index.ts).
    files: ['src/lib/**/*.ts', 'src/features/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      'src/lib/browser/**',
      'src/features/*/client.ts',
      'src/features/*/client-*.ts',
      'src/features/*/read*.ts',
      'src/features/search/split-index.ts',
      // Until the resource schema leaves content.config.ts (which reads collections) for its own module.
      'src/features/resources/open-data.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', READERS],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.type='MetaProperty'][property.name=/^glob/]",
          message: "Pure logic: import.meta.glob reads files; do it in a reader (src/data/ or a feature's read*.ts).",
        },
      ],
      'no-restricted-globals': ['error', ...DOM.map((name) => ({ name, message: PAGE_ONLY }))],
    },
  },
);
