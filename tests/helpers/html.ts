/**
 * Checks on a page's served HTML, for tests whose subject is what the page says and links to
 * rather than how a browser runs it: fetching and parsing a page takes milliseconds, where opening
 * it in a browser page takes a second or more on a busy machine. The parsing is scripts/lib/html.ts,
 * the one parser the build's own checks use.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import { attr, byTag, elementsOf, parsePage, textOf, type Element, type Root } from '../../scripts/lib/html';

export { attr, byTag, textOf, type Element, type Root };

/** Fetches a page as a browser would ask for it and parses it; the page must answer 200. */
export async function fetchPage(request: APIRequestContext, path: string): Promise<Root> {
  const response = await request.get(path);
  expect(response.status(), `${path}: status`).toBe(200);
  return parsePage(await response.text());
}

/** Every element inside this one (or the page), in document order. */
export const descendants = (tree: Root | Element): Element[] => [...elementsOf(tree)].map(({ el }) => el);

/** The element with this id, if any. */
export const byId = (tree: Root | Element, id: string): Element | undefined => descendants(tree).find((el) => attr(el, 'id') === id);

/** Whether the element's class list has this class. */
export const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

/** The element's accessible name when it is given by aria-label or aria-labelledby (landmarks and regions). */
function labelOf(tree: Root, el: Element): string | undefined {
  const label = attr(el, 'aria-label');
  if (label !== undefined) return label.trim();
  const ids = attr(el, 'aria-labelledby');
  if (ids === undefined) return undefined;
  return ids
    .split(/\s+/)
    .map((id) => {
      const labelling = byId(tree, id);
      return labelling ? textOf(labelling) : '';
    })
    .join(' ')
    .trim();
}

/** The landmark elements for the ARIA roles these tests name (a section is a region only when it has a name). */
const ROLE_TAGS = { region: ['section'], complementary: ['aside'], navigation: ['nav'] } as const;

/** Every element of this role whose accessible name is exactly `name`, as getByRole(role, { name, exact: true }) finds them. */
export const landmarks = (tree: Root, role: keyof typeof ROLE_TAGS, name: string): Element[] =>
  byTag(tree, ...ROLE_TAGS[role]).filter((el) => labelOf(tree, el) === name);

/** The one element of this role with this name: fails the test, naming the page, when there is none or more than one. */
export function landmark(tree: Root, role: keyof typeof ROLE_TAGS, name: string, page: string): Element {
  const found = landmarks(tree, role, name);
  expect(found, `${page}: one ${role} named "${name}"`).toHaveLength(1);
  return found[0]!;
}

/** The href of every link inside the element, in order. */
export const hrefsIn = (el: Root | Element): (string | undefined)[] => byTag(el, 'a').map((a) => attr(a, 'href'));

/**
 * The elements matched by `match`, each with whether the HTML itself hides it: inside a template
 * or noscript, or inside an element with the hidden attribute, aria-hidden="true" or Tailwind's
 * `hidden` (shown on screen by no variant) or `sr-only` class. A browser test's toBeVisible also
 * sees CSS; on screen the site hides content from everyone only in these ways (a variant such as
 * `print:hidden` or `max-sm:hidden` leaves it shown somewhere), so a link the HTML shows is one a
 * reader sees.
 */
export function shownIn(tree: Root | Element, match: (el: Element) => boolean): { el: Element; shown: boolean }[] {
  const found: { el: Element; shown: boolean }[] = [];
  const walk = (node: Root | Element, hidden: boolean): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const hides =
        hidden ||
        ['template', 'noscript'].includes(child.tagName) ||
        attr(child, 'hidden') !== undefined ||
        attr(child, 'aria-hidden') === 'true' ||
        hasClass(child, 'hidden') ||
        hasClass(child, 'sr-only');
      if (match(child)) found.push({ el: child, shown: !hides });
      walk(child, hides);
    }
  };
  walk(tree, false);
  return found;
}
