/** Small page helpers shared by the job planning client's modules (client-engine.ts and its client-*.ts parts). */

/** An element with its text and attributes. */
export function el(tag: string, text = '', attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** A share (0 to 1) as the calculator shows it: a percentage to one decimal place. */
export const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/** The one element a selector finds inside root (the calculator's markup always has it). */
export const within =
  (root: ParentNode) =>
  <T extends HTMLElement = HTMLElement>(sel: string): T =>
    root.querySelector<T>(sel)!;
