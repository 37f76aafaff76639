/**
 * Pagefind's excerpts are the page's plain text with <mark> tags around the matched words.
 * That text is not escaped (a page that mentions "<img>" keeps those characters), so an
 * excerpt must never be used as HTML. It is split here into plain-text parts, each marked
 * or not, for the page to build with text nodes and <mark> elements only.
 */

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += piece;
      else parts.push({ text: piece, marked });
    }
  }
  return parts;
}
