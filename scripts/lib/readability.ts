/**
 * How hard a page is to read: the Flesch-Kincaid grade of its main text and the length of
 * its sentences. The formula (flesch-kincaid), syllable counts (syllable) and sentence and
 * word splitting (retext-english) come from maintained libraries of the words/ and retext
 * families; this file only decides which text on a page counts.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { toString as nlcstToString } from 'nlcst-to-string';

/**
 * Elements whose text is not running prose: navigation, figures, tables, code, headings and
 * the terms of definition lists (labels, not sentences), form controls and anything hidden.
 */
const SKIPPED_TAGS = new Set([
  'nav',
  'figure',
  'table',
  'pre',
  'code',
  'kbd',
  'samp',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'button',
  'select',
  'textarea',
  'input',
  'label',
]);

/** Elements that start a new block of text: a sentence never runs from one into the next. */
const BLOCK_TAGS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'blockquote',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'ul',
  'ol',
  'dl',
  'fieldset',
  'legend',
  'details',
  'summary',
  'figcaption',
  'main',
  'br',
]);

const classes = (el: Element): string[] => {
  const c = el.properties['className'];
  return Array.isArray(c) ? c.map(String) : [];
};

const textOf = (node: Root | RootContent | ElementContent): string => {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
};

/** Text of an element leaving out its .meta parts (a resource's type and publisher, for example). */
const textWithoutMeta = (node: ElementContent): string => {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || classes(node).includes('meta')) return '';
  return node.children.map(textWithoutMeta).join('');
};
const linkText = (node: ElementContent): string => {
  if (node.type !== 'element') return '';
  return node.tagName === 'a' ? textOf(node) : node.children.map(linkText).join('');
};
/** A list item that is only a link: a list of links is navigation, not sentences. */
const isLinkOnly = (li: Element): boolean => {
  const links = li.children.map(linkText).join('').trim();
  return links !== '' && links === li.children.map(textWithoutMeta).join('').trim();
};

function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.tagName === 'li' && isLinkOnly(el)) return true;
  if (el.properties['hidden'] !== undefined && el.properties['hidden'] !== false) return true;
  // What is not the page's own words (sources, review dates, lists of other pages) says so on the
  // component itself with data-pagefind-ignore, which search honours too.
  return el.properties['dataPagefindIgnore'] !== undefined;
}

/** The blocks of prose in a page's <main> element, each as plain text with tags stripped. */
export function mainTextBlocks(html: string): string[] {
  const tree = fromHtml(html);
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Root | RootContent | ElementContent): void => {
    if (node.type === 'text') current += node.value;
    if (node.type !== 'element') return;
    if (isSkipped(node)) return;
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) flush();
    node.children.forEach(walk);
    if (block) flush();
  };
  const main = findMain(tree);
  if (main) walk(main);
  flush();
  return blocks;
}

function findMain(node: Root | RootContent): Element | undefined {
  if (node.type === 'element' && node.tagName === 'main') return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level: roughly the US school grade that can read the text (reading age is grade + 5). */
  grade: number;
  /** The median number of words in a sentence. */
  medianSentenceWords: number;
  /** The longest sentences, longest first, so an editor can find them. */
  longest: { words: number; text: string }[];
}

const parser = unified().use(retextEnglish);

/** Every sentence in a block of text, as retext-english splits it. */
function sentencesOf(block: string): Sentence[] {
  const tree = parser.parse(block) as NlcstRoot;
  const found: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const s of paragraph.children) if (s.type === 'SentenceNode') found.push(s);
  }
  return found;
}

const wordsOf = (sentence: Sentence): string[] => sentence.children.filter((n) => n.type === 'WordNode').map((n) => nlcstToString(n));

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Scores blocks of prose. Each block is split into sentences on its own. */
export function readability(blocks: readonly string[]): Readability {
  const lengths: { words: number; text: string }[] = [];
  let words = 0;
  let syllables = 0;
  for (const block of blocks) {
    for (const sentence of sentencesOf(block)) {
      const w = wordsOf(sentence);
      if (w.length === 0) continue;
      words += w.length;
      syllables += w.reduce((sum, word) => sum + syllable(word), 0);
      lengths.push({ words: w.length, text: nlcstToString(sentence) });
    }
  }
  const sentences = lengths.length;
  const grade = sentences ? fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) : 0;
  return {
    words,
    sentences,
    syllables,
    grade,
    medianSentenceWords: median(lengths.map((l) => l.words)),
    longest: [...lengths].sort((a, b) => b.words - a.words).slice(0, 3),
  };
}

/** The limits `npm test` enforces (issue 9; the style guide explains them to editors). */
export const LIMITS = { publicMedianGrade: 8, publicMaxGrade: 10, medianSentenceWords: 25 } as const;
/** Below this many sentences a page is a list or a tool, and a grade would mean little. */
export const MIN_SENTENCES = 5;

/** Pages for the public and students: home, the professions, the careers section and the strategy overview. */
export function isPublicPage(path: string, professions: readonly string[]): boolean {
  return (
    path === '/' ||
    path === '/professions/' ||
    professions.some((slug) => path === `/professions/${slug}/`) ||
    path.startsWith('/careers/') ||
    path === '/strategy/'
  );
}

export interface PageScore extends Readability {
  path: string;
}
export interface ReadabilityProblem {
  /** The page at fault, or undefined for the median of all public pages. */
  page?: PageScore | undefined;
  reason: string;
}

const one = (n: number) => n.toFixed(1);

/** Every way the pages break the limits, each with a reason an editor can act on. */
export function readabilityProblems(pages: readonly PageScore[], professions: readonly string[]): ReadabilityProblem[] {
  const problems: ReadabilityProblem[] = [];
  const publicPages = pages.filter((p) => p.sentences >= MIN_SENTENCES && isPublicPage(p.path, professions));
  for (const page of publicPages)
    if (page.grade > LIMITS.publicMaxGrade)
      problems.push({
        page,
        reason: `grade ${one(page.grade)} is above ${LIMITS.publicMaxGrade}: use shorter sentences and simpler words`,
      });
  const publicMedian = median(publicPages.map((p) => p.grade));
  if (publicMedian > LIMITS.publicMedianGrade)
    problems.push({
      reason: `the median page for the public and students is at grade ${one(publicMedian)}, above ${LIMITS.publicMedianGrade}`,
    });
  for (const page of pages)
    if (page.medianSentenceWords > LIMITS.medianSentenceWords)
      problems.push({
        page,
        reason: `its median sentence has ${one(page.medianSentenceWords)} words, more than ${LIMITS.medianSentenceWords}`,
      });
  return problems;
}
