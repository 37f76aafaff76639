/**
 * Reads the figures' check-by dates and the files that show them from a project folder, and stops
 * the build on an expired one. What the dates mean, and the messages, are in src/lib/figures.ts.
 */
import type { AstroIntegration } from 'astro';
import { contentDataOf } from '../lib/frontmatter.ts';
import { expiredFiguresError, figureChecksOf, filesShowing, FIGURES_FILE, type FigureCheck } from '../lib/figures.ts';
import { readContentFiles } from './content-files.ts';

/** Every figure in root/content/figures.yaml, with the content files and pages that show it. */
export function readFigureChecks(root: string): FigureCheck[] {
  const files = readContentFiles(root);
  const yaml = files.find(([file]) => file === FIGURES_FILE);
  if (!yaml) return [];
  const pages = [...files, ...readContentFiles(root, 'src/pages')];
  return figureChecksOf(contentDataOf(FIGURES_FILE, yaml[1])).map((f) => ({ ...f, shownOn: filesShowing(f.id, pages) }));
}

/**
 * The build step (astro.config.mjs): stops `astro build` when a figure under `root` is past its
 * checkBy date, naming the figure, the file and the pages that show it, as a dated figure nobody
 * has re-checked must not be published. `astro dev` and `astro sync` only warn, so editors can
 * keep working while they check it.
 */
export function figureDates(root: string, today: () => Date = () => new Date()): AstroIntegration {
  return {
    name: 'ahp-figure-dates',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const error = expiredFiguresError(readFigureChecks(root), today());
        if (!error) return;
        if (command === 'build') throw new Error(error);
        logger.warn(error);
      },
    },
  };
}
