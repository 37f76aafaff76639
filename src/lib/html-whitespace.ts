/**
 * The indentation of built HTML, which no reader sees: a browser shows a run of white space
 * between words as one space, and a line break alone is such a run. So every run that holds a
 * line break becomes that one line break, and nothing else changes: words never join, and the
 * space between two elements stays. The content of <pre>, <textarea>, <script> and <style> is
 * kept as it is. Run on the built pages after Pagefind has indexed them (the search integration,
 * src/features/search/integration.ts); astro.config.mjs leaves compressHTML off, as Pagefind
 * needs white space between elements to tell their words apart.
 */
const KEPT = /<(pre|textarea|script|style)\b[\s\S]*?<\/\1\s*>/gi;

const squeeze = (text: string): string => text.replace(/[ \t]*\n[ \t\r\n]*/g, '\n');

export function collapseWhitespace(html: string): string {
  let out = '';
  let last = 0;
  for (const m of html.matchAll(KEPT)) {
    out += squeeze(html.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + squeeze(html.slice(last));
}
