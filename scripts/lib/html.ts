/**
 * The one HTML parser for the checks over the built site (links, budgets, readability): each page
 * is parsed once into a hast tree, as a browser would parse it, and read with these helpers
 * instead of regular expressions.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

export type { Element, Root };

/** Parses a whole page. */
export const parsePage = (html: string): Root => fromHtml(html);

/** Every element in document order, with whether it sits inside <main>. */
export function* elementsOf(tree: Root | Element, insideMain = false): Generator<{ el: Element; inMain: boolean }> {
  for (const child of tree.children as RootContent[]) {
    if (child.type !== 'element') continue;
    const inMain = insideMain || child.tagName === 'main';
    yield { el: child, inMain };
    yield* elementsOf(child.tagName === 'template' && child.content ? (child.content as unknown as Element) : child, inMain);
  }
}

/** The elements with one of these tag names, in document order. */
export const byTag = (tree: Root | Element, ...tags: string[]): Element[] =>
  [...elementsOf(tree)].map(({ el }) => el).filter((el) => tags.includes(el.tagName));

/** An attribute as the page wrote it (class lists joined by spaces), or undefined when absent. */
export function attr(el: Element, name: string): string | undefined {
  const value = el.properties[name === 'class' ? 'className' : toProperty(name)];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * hast's property name for an HTML attribute: aria-label -> ariaLabel, data-tool -> dataTool.
 * The ARIA attributes that name other elements by id are spelt with a second capital.
 */
const toProperty = (name: string): string => IRREGULAR_PROPERTIES[name] ?? name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const IRREGULAR_PROPERTIES: Record<string, string> = {
  'aria-labelledby': 'ariaLabelledBy',
  'aria-describedby': 'ariaDescribedBy',
};

/** The text a reader sees in an element, whitespace collapsed. */
export function textOf(node: Root | Element): string {
  const parts: string[] = [];
  const walk = (n: Root | Element | RootContent): void => {
    if (n.type === 'text') parts.push(n.value);
    else if ('children' in n) for (const c of n.children) walk(c as RootContent);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
