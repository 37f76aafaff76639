/**
 * Data the browser tools need (checklist items, leave figures), written into the page at build time
 * as a JSON block that is never executed, so the scripts need not read labels back out of the DOM.
 */

/** The page's JSON block for a value: safe inside a <script type="application/json"> element. */
export function dataBlock(value: unknown): string {
  // "<" as \u003c means no "</script>" (or "<!--") in any text can end the block early.
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
