// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import rehypeGlossary from './src/features/glossary/read.ts';
import { readContentFiles } from './src/data/content-files.ts';
import { contentProblems } from './src/lib/content-rules.ts';
import { readReviewEntries } from './src/data/read-review.ts';
import { describeEntry, reviewReport } from './src/lib/review.ts';
import { checkSiteUrl } from './src/lib/site-url.ts';
import { checkContact } from './src/lib/contact.ts';
import { figureDates } from './src/data/read-figures.ts';
import { searchIndex } from './src/features/search/integration.ts';
import { writeModulePreloads } from './src/data/built-site.ts';

// The public address the site is deployed at; canonical links, the sitemap and the feed are built from it.
const { site } = checkSiteUrl(process.env, 'build');
// DIST_DIR lets several builds run side by side (each with its own cache); the default is dist/.
const outDir = process.env.DIST_DIR ?? 'dist';
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Stops a CI build that has no SITE_URL (or a malformed one) and warns on a person's machine,
 * so a deployed site never points its canonical links, sitemap and feed at localhost.
 * @type {import('astro').AstroIntegration}
 */
const siteAddress = {
  name: 'ahp-site-address',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      const { problem } = checkSiteUrl(process.env, command);
      if (problem?.level === 'error') throw new Error(problem.message);
      if (problem) logger.warn(problem.message);
    },
  },
};

/**
 * Warns when a build has no CONTACT_URL (the accessibility statement and the footer then offer no
 * way to report a problem) and stops one whose CONTACT_URL is neither an email nor an https address.
 * @type {import('astro').AstroIntegration}
 */
const contactAddress = {
  name: 'ahp-contact-address',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      const { problem } = checkContact(process.env, command);
      if (problem?.level === 'error') throw new Error(problem.message);
      if (problem) logger.warn(problem.message);
    },
  },
};

/**
 * Warns in the build output about every page whose review date has passed (npm run review lists them too).
 * @type {import('astro').AstroIntegration}
 */
const reviewDates = {
  name: 'ahp-review-dates',
  hooks: {
    'astro:build:done': ({ logger }) => {
      const today = new Date();
      const { overdue } = reviewReport(readReviewEntries(root), today);
      for (const entry of overdue) logger.warn(`Overdue for review: ${describeEntry(entry, today)}`);
    },
  },
};

/**
 * Stops the build (and `astro sync`) on content mistakes no single entry's schema can see, naming
 * the file and the field (src/lib/content-rules.ts): a file that cannot be read or is empty, names
 * that differ only in capitals, a figure id or glossary word used twice, a date not on the calendar.
 * It runs before the content layer, which would crash on some of these or quietly drop an entry.
 * @type {import('astro').AstroIntegration}
 */
const contentRules = {
  name: 'ahp-content-rules',
  hooks: {
    'astro:config:setup': () => {
      const problems = contentProblems(readContentFiles(root));
      if (problems.length > 0) throw new Error(`Some content needs fixing before the site can be built:\n${problems.join('\n')}`);
    },
  },
};

/**
 * Names each page's script chunks as modulepreload links, so a tool or search page fetches its script
 * and the chunks it imports at once instead of discovering them one round trip later (Astro writes
 * none for a page's own scripts). Runs last, after the search index is written.
 * @type {import('astro').AstroIntegration}
 */
const modulePreloads = {
  name: 'ahp-module-preloads',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      logger.info(`Module preloads written on ${writeModulePreloads(fileURLToPath(dir))} pages.`);
    },
  },
};

export default defineConfig({
  site,
  outDir,
  ...(process.env.DIST_DIR ? { cacheDir: `${outDir}-cache` } : {}),
  trailingSlash: 'always',
  // Where readers report a problem (src/lib/contact.ts reads it; src/components/ContactLink.astro shows it): set by the deployer, never invented.
  env: { schema: { CONTACT_URL: envField.string({ context: 'server', access: 'public', optional: true }) } },
  // Keep the whitespace between elements: Pagefind reads text across tags without it, so a table
  // cell or list item ran into the next one and was indexed as one long word ("typeframeworkpublisher").
  // Brotli makes the extra whitespace nearly free on the wire.
  compressHTML: false,
  // Astro's own Markdown processor (Sätteri), which MDX uses too, with one hast plugin: the first
  // use of each glossary term on a page links to its definition (src/features/glossary/rehype-glossary.ts, its terms read by src/features/glossary/read.ts).
  markdown: {
    processor: satteri({ hastPlugins: [rehypeGlossary({ dir: fileURLToPath(new URL('./content/glossary/', import.meta.url)) })] }),
  },
  integrations: [
    mdx(),
    siteAddress,
    contentRules,
    contactAddress,
    // Stops the build when a figure in content/figures.yaml is past its checkBy date.
    figureDates(root),
    reviewDates,
    // The 404 and offline pages are not pages to land on from a search engine.
    sitemap({ filter: (page) => !page.includes('/404') && !page.endsWith('/offline/') }),
    // Indexes the built site with Pagefind, so `astro build` alone gives the site with its search (src/features/search/integration.ts).
    searchIndex(),
    modulePreloads,
  ],
  build: { inlineStylesheets: 'never', format: 'directory' },
  // Scripts stay external files: the Content-Security-Policy allows no inline script.
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own MDX output starts with the directive "use astro:head-inject", which the bundler
        // reports once per page as possibly lost; Astro reads it before bundling, so the warning is
        // noise that would bury a real one. Every other warning still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
