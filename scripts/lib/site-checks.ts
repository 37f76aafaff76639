/**
 * The checks scripts/check-site.ts runs on every built page, as pure functions of its parsed
 * HTML, so tests can prove each one finds what it is for.
 */
import { attr, byTag, elementsOf, textOf, type Root } from './html.ts';
import { rejectedHostReason } from '../../src/lib/rejected-hosts.ts';

/** Link text that says nothing about where it goes when read on its own (in a screen reader's list of links). */
export const VAGUE = /^(click here|read more|more|here|link|this link|learn more|find out more|more info(rmation)?|this page)$/i;

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

/**
 * Links with vague or no text, links out to a rejected host (src/lib/rejected-hosts.ts: the schema
 * refuses them in fields, this catches any that reach a page another way, such as a link in the
 * body of an MDX page), and internal links or #anchors that lead nowhere. `page` is the
 * page's own path; `pages` maps every built page's path to its ids; `fileExists` answers for
 * other built files (stylesheets, feeds, downloads).
 */
export function linkProblems(tree: Root, page: string, pages: Map<string, Set<string>>, fileExists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const a of byTag(tree, 'a')) {
    const href = attr(a, 'href');
    if (href === undefined) continue;
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
      if (refused) problems.push(`link to ${href}: ${refused}`);
      continue;
    }
    if (/^(mailto:|tel:)/.test(href)) continue;
    const url = new URL(href, `http://site${page}`);
    if (url.host !== 'site') continue;
    const target = decodeURIComponent(url.pathname);
    if (/\.[a-z0-9]+$/i.test(target)) {
      if (!fileExists(target)) problems.push(`broken link to ${href}`);
      continue;
    }
    const ids = pages.get(target);
    if (!ids) {
      problems.push(`broken link to ${href}`);
      continue;
    }
    const hash = decodeURIComponent(url.hash.slice(1));
    if (hash && !ids.has(hash)) problems.push(`link to ${href} names an anchor that does not exist`);
  }
  return problems;
}
