/** The synthetic content of the scale benchmark (scripts/bench-scale.ts). */

/**
 * A copy of a content entry's source with "(copy n)" added to its title. It leaves out the
 * fields that must stay unique across entries: the place in a series and the career route.
 */
export function copyEntry(source: string, n: number): string {
  return source
    .replace(/^title:[ \t]*(["']?)(.*?)\1[ \t]*$/m, (_, quote: string, title: string) => `title: ${quote}${title} (copy ${n})${quote}`)
    .replace(/^series:[ \t]*\r?\n(?:[ \t]+.*\r?\n)*/m, '')
    .replace(/^route:.*\r?\n/m, '');
}
