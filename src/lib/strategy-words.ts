/**
 * The strategy's own words: where a quotation of AHPs Deliver is printed, in words a reader can
 * cite, and the strategy's contents page read as headings and the pages they start on.
 */

export interface Placed {
  /** The section as the contents page names it, for example "Section 4. AHPs Deliver: Areas of focus". */
  section: string;
  /** The heading the words sit under, as the contents page lists it. */
  heading: string;
  /** The page that heading starts on. */
  page: number;
  /** The last page under that heading, where it runs over more than one. */
  lastPage?: number | undefined;
}

/** “AHPs Deliver, section 4, ‘Focus 1: People first’, pages 22 to 23”: where a quotation is printed. */
export function whereInStrategy(w: Placed): string {
  const number = /^Section (\d+)/.exec(w.section)?.[1];
  const pages = w.lastPage !== undefined && w.lastPage > w.page ? `pages ${w.page} to ${w.lastPage}` : `page ${w.page}`;
  return `AHPs Deliver (NHS England, June 2022), section ${number}, “${w.heading}”, ${pages}`;
}

export interface ContentsLine {
  title: string;
  page: number;
}

/** The lines of a contents page written “heading<tab>page”, in order; other lines are skipped. */
export function contentsLines(text: string): ContentsLine[] {
  return text
    .split('\n')
    .map((line) => /^(.+?)\t+(\d+)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
}
