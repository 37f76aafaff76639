#!/usr/bin/env node
/**
 * `npm test`: every check the hub has, in order, stopping at the first failure.
 * Each step prints its own output; the summary at the end lists what ran and how long it took.
 */
import { spawnSync } from 'node:child_process';
import { TEST_CONTACT_URL } from '../src/lib/contact.ts';

/** A step's name (as `npm test -- <words>` matches it), the command, its arguments and extra environment. */
type Step = [name: string, command: string, args: string[], env?: Record<string, string>];

/** The tested build is served at localhost, so that is its address (a build without one stops in CI). */
const TEST_SITE_URL = process.env.SITE_URL ?? `http://localhost:${process.env.TEST_PORT ?? 4399}`;
/** What the tested build is given: that address, and a contact address no one reads (src/lib/contact.ts). */
const TEST_BUILD_ENV = { SITE_URL: TEST_SITE_URL, CONTACT_URL: process.env.CONTACT_URL ?? TEST_CONTACT_URL };

const STEPS: Step[] = [
  // Code style, checked not fixed: `npm run format` fixes it. .astro files too (prettier-plugin-astro); content is left to editors.
  ['Formatting (Prettier)', 'npx', ['prettier', '--check', '**/*.{ts,mjs,js,css,json,yaml,yml,astro}']],
  ['Lint (ESLint, no warnings allowed)', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['Style lint (stylelint, no warnings allowed)', 'npm', ['run', 'lint:css']],
  // Unused files, dependencies and exports, and dependencies used but not listed (knip.json).
  // It loads astro.config.mjs, so it is given the tested addresses as the build is.
  ['Dependencies and dead code (knip)', 'npx', ['knip', '--no-progress'], TEST_BUILD_ENV],
  ['Type check (astro check)', 'npx', ['astro', 'check', '--minimumSeverity', 'hint']],
  // The service worker has its own types, which clash with the page's, so it is checked on its own.
  ['Type check of the service worker (tsc)', 'npx', ['tsc', '-p', 'tsconfig.worker.json']],
  ['Unit tests (vitest)', 'npx', ['vitest', 'run']],
  ['Inclusive language in content (language-rules.yaml)', process.execPath, ['scripts/check-language.ts']],
  // Its contact address is a reserved example domain (RFC 2606), which can never reach anyone.
  ['Build with search index', 'npm', ['run', 'build'], TEST_BUILD_ENV],
  ['Plain English: reading grade and sentence length', process.execPath, ['scripts/check-readability.ts']],
  ['Built HTML: validity, links, inline code', process.execPath, ['scripts/check-site.ts']],
  ['Byte budgets (brotli, every page)', process.execPath, ['scripts/check-budgets.ts']],
  ['Browser tests (Playwright in Chromium)', 'npx', ['playwright', 'test']],
];

const only = process.argv.slice(2);
const summary = [];
for (const [name, cmd, args, env = {}] of STEPS) {
  if (only.length && !only.some((o) => name.toLowerCase().includes(o.toLowerCase()))) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  summary.push(`${result.status === 0 ? 'passed' : 'FAILED'}  ${name} (${seconds} s)`);
  if (result.status !== 0) {
    console.log(`\n${summary.join('\n')}`);
    console.error(`\n${name} failed.`);
    process.exit(1);
  }
}
console.log(`\n${summary.join('\n')}\n\nAll checks passed.`);
