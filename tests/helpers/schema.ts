/**
 * Checks content against a schema in process, as the build does but without starting Astro: the
 * file's data read as the content layer reads it (YAML 1.1, so a date becomes a Date), then the
 * schema wrapped in `friendly` as src/content.config.ts wraps it. The build adds the file's name
 * before each message; tests/unit/content-validation.test.ts proves that once per kind of file.
 */
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { friendly } from '../../src/lib/schema-errors';
import { splitFrontmatter } from '../../src/lib/frontmatter';

/** The data of an MDX file's front matter, or of a YAML file, as the content layer reads it. */
function dataOf(text: string): unknown {
  const yaml = text.startsWith('---') ? splitFrontmatter(text)?.yaml : text;
  return parse(yaml ?? '', { version: '1.1' });
}

/** Every problem with one entry's data, as "field: message" lines the build would print after the file's name; [] when it is valid. */
export async function problemsOf(schema: z.ZodType, data: unknown): Promise<string[]> {
  const result = await friendly(schema).safeParseAsync(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** Every problem with one content file's text (MDX or YAML), as problemsOf gives them. */
export const problemsIn = (schema: z.ZodType, text: string): Promise<string[]> => problemsOf(schema, dataOf(text));
