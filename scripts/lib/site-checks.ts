/**
 * The checks scripts/check-site.ts runs on every built page, as pure functions of its parsed
 * HTML, so tests can prove each one finds what it is for.
 */
import { attr, byTag, elementsOf, textOf, type Element, type Root } from './html.ts';
import { rejectedHostReason } from '../../src/lib/rejected-hosts.ts';

/** Link text that says nothing about where it goes when read on its own (in a screen reader's list of links). */
const VAGUE = /^(click here|read more|more|here|link|this link|learn more|find out more|more info(rmation)?|this page)$/i;

/** Every element id on a page. */
export const idsOf = (tree: Root): Set<string> =>
  new Set([...elementsOf(tree)].map(({ el }) => attr(el, 'id')).filter((id): id is string => id !== undefined));

/** Inline scripts and styles, which the Content-Security-Policy blocks (JSON data blocks are not run, so they pass). */
export function cspProblems(tree: Root): string[] {
  const problems: string[] = [];
  for (const { el } of elementsOf(tree)) {
    if (
      el.tagName === 'script' &&
      attr(el, 'src') === undefined &&
      !/^application\/(ld\+)?json$/i.test(attr(el, 'type') ?? '') &&
      textOf(el)
    )
      problems.push('has an inline script, which the Content-Security-Policy blocks');
    if (el.tagName === 'style') problems.push('has an inline <style> element, which the Content-Security-Policy blocks');
    if (attr(el, 'style') !== undefined)
      problems.push(`has an inline style attribute on <${el.tagName}>, which the Content-Security-Policy blocks`);
  }
  return [...new Set(problems)];
}

/** A problem with one link, and the id of the last element with an id before it (where on the page it is). */
export interface LinkFinding {
  problem: string;
  near?: string;
}

/**
 * Links with vague or no text, links out to a rejected host (src/lib/rejected-hosts.ts: the schema
 * refuses them in fields, this catches any that reach a page another way, such as a link in the
 * body of an MDX page), and internal links or #anchors that lead nowhere. `page` is the
 * page's own path; `pages` maps every built page's path to its ids; `fileExists` answers for
 * other built files (stylesheets, feeds, downloads).
 */
export function linkProblems(tree: Root, page: string, pages: Map<string, Set<string>>, fileExists: (path: string) => boolean): string[] {
  return linkFindings(tree, page, pages, fileExists).map((f) => f.problem);
}

/** linkProblems, each with the id nearest before its link, so a page built from many files can name the one it came from. */
export function linkFindings(
  tree: Root,
  page: string,
  pages: Map<string, Set<string>>,
  fileExists: (path: string) => boolean,
): LinkFinding[] {
  const findings: LinkFinding[] = [];
  let near: string | undefined;
  for (const { el } of elementsOf(tree)) {
    near = attr(el, 'id') ?? near;
    if (el.tagName === 'a')
      for (const problem of problemsOfLink(el, page, pages, fileExists)) findings.push(near ? { problem, near } : { problem });
  }
  return findings;
}

/** What is wrong with one link: its text, and where it leads. */
function problemsOfLink(a: Element, page: string, pages: Map<string, Set<string>>, fileExists: (path: string) => boolean): string[] {
  const href = attr(a, 'href');
  if (href === undefined) return [];
  const problems: string[] = [];
  const text =
    textOf(a) ||
    byTag(a, 'img')
      .map((img) => attr(img, 'alt') ?? '')
      .join(' ')
      .trim();
  const label = attr(a, 'aria-label');
  if (VAGUE.test(label ?? text)) problems.push(`vague link text "${label ?? text}" for ${href}: say where the link goes`);
  if (!text && !label) problems.push(`a link to ${href} has no text`);
  if (/^https?:/.test(href)) {
    const refused = rejectedHostReason(href);
    return refused ? [...problems, `link to ${href}: ${refused}`] : problems;
  }
  if (/^(mailto:|tel:)/.test(href)) return problems;
  const url = new URL(href, `http://site${page}`);
  if (url.host !== 'site') return problems;
  const target = decodeURIComponent(url.pathname);
  if (/\.[a-z0-9]+$/i.test(target)) return fileExists(target) ? problems : [...problems, `broken link to ${href}`];
  const ids = pages.get(target);
  if (!ids) return [...problems, `broken link to ${href}`];
  const hash = decodeURIComponent(url.hash.slice(1));
  if (hash && !ids.has(hash)) problems.push(`link to ${href} names an anchor that does not exist`);
  return problems;
}

/**
 * Spacing faults in a page's text as a reader sees it (a browser's innerText, which keeps the
 * layout's whitespace): a space before , . : ; or ), a line that starts with one of , : ; ), and a full stop alone
 * on a line. Both come
 * from markup split across lines, not from the words. An ellipsis and a file extension or
 * dotted name (".json", ".NET") are not faults. Each fault is quoted with a little context.
 */
export function copyProblems(text: string): string[] {
  const problems: string[] = [];
  const quote = (index: number, length: number) =>
    text
      .slice(Math.max(0, index - 30), index + length + 10)
      .replace(/\s+/g, ' ')
      .trim();
  for (const m of text.matchAll(/(?<=\S)[^\S\n]+([,:;)]|\.(?![.\p{L}\p{N}]))/gu))
    problems.push(`a space before "${m[1]}" in "${quote(m.index, m[0].length)}"`);
  for (const m of text.matchAll(/(?<=^|\n)[^\S\n]*([,:;)])/g)) problems.push(`a line starts with "${m[1]}" in "${quote(m.index, 10)}"`);
  for (const m of text.matchAll(/(?:^|\n)[^\S\n]*\.[^\S\n]*(?=\n|$)/g))
    problems.push(
      `a full stop alone on a line after "${text
        .slice(Math.max(0, m.index - 30), m.index)
        .replace(/\s+/g, ' ')
        .trim()}"`,
    );
  return problems;
}

/**
 * Links on one page with the same name (what a screen reader's list of links shows) that go to
 * different places: a reader cannot tell them apart (WCAG 2.4.4 and 3.2.4). The name is the
 * aria-label or the text, including visually hidden text such as a glossary link's "(glossary)",
 * compared without regard to case or spacing; the place is the address with its #anchor,
 * resolved against the page's own path.
 */
export function sameNameProblems(tree: Root, page: string): string[] {
  const places = new Map<string, { name: string; targets: Set<string> }>();
  for (const a of byTag(tree, 'a')) {
    const href = attr(a, 'href');
    if (href === undefined) continue;
    const name =
      attr(a, 'aria-label')?.trim() ||
      textOf(a) ||
      byTag(a, 'img')
        .map((img) => attr(img, 'alt') ?? '')
        .join(' ')
        .trim();
    if (!name) continue;
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    const url = new URL(href, `http://site${page}`);
    const target = url.host === 'site' ? url.pathname + url.hash : url.href;
    const entry = places.get(key) ?? { name, targets: new Set<string>() };
    entry.targets.add(target);
    places.set(key, entry);
  }
  return [...places.values()]
    .filter(({ targets }) => targets.size > 1)
    .map(({ name, targets }) => `links named "${name}" go to ${targets.size} different places: ${[...targets].join(', ')}`);
}
