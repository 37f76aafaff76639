// Stylelint for the hub's CSS and the <style> blocks of .astro files (npm run lint:css; npm test runs
// it with zero warnings allowed): the standard rules, taught Tailwind 4's at-rules and functions
// (https://tailwindcss.com/docs/functions-and-directives).

/** Tailwind's at-rules; `@layer` and `@import` are CSS's own. */
const TAILWIND_AT_RULES = ['theme', 'apply', 'utility', 'variant', 'custom-variant', 'source', 'reference', 'config', 'plugin'];

/** A value that calls one of Tailwind's functions, which it replaces at build time. */
const TAILWIND_FUNCTION_CALL = '/(^|[^\\w-])(theme|--theme|--value|--modifier|--alpha|--spacing)\\(/';

/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard'],
  overrides: [{ files: ['**/*.astro'], customSyntax: 'postcss-html' }],
  rules: {
    'at-rule-no-unknown': [true, { ignoreAtRules: TAILWIND_AT_RULES }],
    // `@apply rounded px-4` lists utilities, not CSS, so no prelude of Tailwind's is checked as CSS.
    'at-rule-prelude-no-invalid': [true, { ignoreAtRules: TAILWIND_AT_RULES }],
    'at-rule-no-deprecated': [true, { ignoreAtRules: ['apply'] }],
    // Tailwind reads `@import 'tailwindcss'` itself, so a bare string is the right form.
    'import-notation': 'string',
    'function-no-unknown': [true, { ignoreFunctions: ['theme', '--theme', '--value', '--modifier', '--alpha', '--spacing'] }],
    'declaration-property-value-no-unknown': [true, { ignoreProperties: { '/.+/': [TAILWIND_FUNCTION_CALL] } }],
    'media-query-no-invalid': [true, { ignoreFunctions: ['theme'] }],
    // theme(--color-brand) names a variable without var(), as Tailwind means it to. A bare
    // `color: --brand` is still caught, as an unknown value (declaration-property-value-no-unknown).
    'custom-property-no-missing-var-function': null,
    // Kebab-case, plus Tailwind's namespace resets in @theme (`--color-*: initial`, `--*: initial`).
    'custom-property-pattern': [
      '^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(-\\*)?)$',
      { message: (name) => `Expected custom property name "${name}" to be kebab-case` },
    ],
    // Blank lines are layout, and Prettier owns layout (npm run format), so stylelint leaves them alone.
    'at-rule-empty-line-before': null,
    'comment-empty-line-before': null,
    'custom-property-empty-line-before': null,
    'declaration-empty-line-before': null,
    'rule-empty-line-before': null,
    // Font families are names (Roboto, Segoe UI), not keywords; lower-casing them would misspell them.
    'value-keyword-case': ['lower', { ignoreProperties: ['font-family', '/^--font/'] }],
  },
};
