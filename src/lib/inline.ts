/**
 * A run of inline text and links, as data, for src/components/Inline.astro to print as one line
 * of markup. Astro keeps the white space between tags, and a formatter that breaks a run across
 * lines prints a space before the comma or full stop that follows a link ("Aphasia , Symptoms of
 * a stroke ."). Building the run here, punctuation and all, leaves no line break to print.
 */

/** Plain text, or text that is a link (href), a cited title (cite) or styled (class). */
export type Part = string | { text: string; href?: string | undefined; cite?: boolean; class?: string | undefined };

/**
 * Items joined as in a sentence: "a", "a and b", "a, b and c" (or with `last` as the final
 * joiner). An item may itself be a run of parts, such as a citation.
 */
export function joined(
  items: readonly (Part | Part[])[],
  { separator = ', ', last = ' and ' }: { separator?: string; last?: string } = {},
): Part[] {
  return items.flatMap((item, i) => [
    ...(i === 0 ? [] : [i === items.length - 1 ? last : separator]),
    ...(Array.isArray(item) ? item : [item]),
  ]);
}

/** A source as it is cited: its title (a link when it has an address) and its publisher after a comma. */
export function citation(s: { title: string; url?: string | undefined; publisher?: string | undefined }): Part[] {
  const title: Part = s.url ? { text: s.title, href: s.url } : { text: s.title, cite: true };
  return s.publisher ? [title, `, ${s.publisher}`] : [title];
}
