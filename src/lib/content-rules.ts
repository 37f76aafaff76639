/**
 * Rules over the content files as editors wrote them, checked before the content layer reads
 * them (astro.config.mjs runs them on every build and `astro sync`): each problem is one line,
 * "file: field: what is wrong". The per-entry rules are the schemas in src/schemas/.
 */
import { impossibleDates } from './dates';
import { contentDataOf } from './frontmatter';

/** A content file: its path from the project's root and its text. */
export type ContentFile = readonly [file: string, text: string];

/**
 * Dates that do not exist (2026-06-31): the content layer's YAML reader would quietly turn one
 * into 1 July before the schema sees it, so this reads the editors' own text.
 */
export function impossibleDateProblems(files: readonly ContentFile[]): string[] {
  return files.flatMap(([file, text]) => impossibleDates(contentDataOf(file, text)).map((problem) => `${file}: ${problem}`));
}
