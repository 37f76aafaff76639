/**
 * Reflow and copy checks that run inside the browser on the page as laid out (WCAG 1.4.4 and
 * 1.4.10), shared by the sitemap pass (tests/site.spec.ts) and the layout tests. The text rules
 * themselves are pure functions in scripts/lib/site-checks.ts, with unit tests.
 */
import type { Page } from '@playwright/test';
import { copyProblems } from '../../scripts/lib/site-checks';

/** Text at 200% as WCAG 1.4.4 asks: the root font size, set through the CSSOM (the CSP forbids a <style> element). */
export const doubleText = (page: Page) => page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));

/** How far the page scrolls sideways, and the elements that stick out of it (not those inside a scrolling region). */
export const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    const inScroller = (e: Element) => e.parentElement?.closest('.table-scroll') !== null;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5 && !inScroller(e))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).replace(/ /g, '.')}` : ''}`);
    return { excess: root.scrollWidth - root.clientWidth, culprits };
  });

/** The narrowest a control may be (WCAG 2.5.5's 44 CSS pixels, which 2.5.8's 24 px minimum sits under). */
const MIN_CONTROL = 44;
/** The narrowest a text field may be, in its own font's em: room for a few characters, not a sliver. */
const MIN_FIELD_EM = 5;

/**
 * What breaks reflow on the page as it is laid out now: sideways scrolling (with the elements
 * that stick out), visible controls narrower than MIN_CONTROL (text fields narrower than
 * MIN_FIELD_EM), stacked tables wider than their container, and table cells whose text is cut
 * off or spills out (their content is wider than the cell). A table inside a scrolling region
 * (.table-scroll) may be wider than the screen; its cells must still show their text.
 */
export const reflowProblems = (page: Page) =>
  page.evaluate(
    ({ minControl, minFieldEm }) => {
      const problems: string[] = [];
      const name = (e: Element) => {
        const text = (e.getAttribute('aria-label') ?? (e as HTMLElement).innerText ?? '').trim().replace(/\s+/g, ' ');
        const label = e.id ? document.querySelector(`label[for="${CSS.escape(e.id)}"]`)?.textContent?.trim() : undefined;
        return `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}>${(label ?? text).slice(0, 40)}`;
      };
      const visible = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      };
      // Visually hidden on purpose (.sr-only, a stacked table's header row): clipped to a 1 px box.
      const hiddenOnPurpose = (e: Element) => {
        for (let a: Element | null = e; a; a = a.parentElement)
          if (getComputedStyle(a).clipPath !== 'none' && a.getBoundingClientRect().width <= 1) return true;
        return false;
      };
      const root = document.scrollingElement!;
      const excess = root.scrollWidth - root.clientWidth;
      if (excess > 0) {
        const inScroller = (e: Element) => e.parentElement?.closest('.table-scroll') !== null;
        const culprits = [...document.body.querySelectorAll('*')]
          .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5 && !inScroller(e))
          .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > root.clientWidth + 0.5))
          .slice(0, 3)
          .map(name);
        problems.push(`scrolls sideways by ${excess} px: ${culprits.join(', ')}`);
      }
      const fields = 'input:not([type=checkbox],[type=radio],[type=hidden],[type=submit],[type=button],[type=reset]), select, textarea';
      for (const control of document.querySelectorAll(`button, ${fields}, input[type=submit], input[type=button], input[type=reset]`)) {
        if (!visible(control) || hiddenOnPurpose(control)) continue;
        const width = control.getBoundingClientRect().width;
        const em = parseFloat(getComputedStyle(control).fontSize);
        const least = control.matches(fields) ? Math.max(minControl, minFieldEm * em) : minControl;
        if (width < least - 0.5) problems.push(`${name(control)} is ${Math.round(width)} px wide (needs ${Math.round(least)})`);
      }
      // A stacked table (each row a block, .stack-table) has no reason to be wider than its container: reading it would mean scrolling every line.
      for (const table of document.querySelectorAll('main table')) {
        const row = table.querySelector('tr');
        if (!visible(table) || !row || getComputedStyle(row).display !== 'block') continue;
        const excess = table.getBoundingClientRect().width - table.parentElement!.clientWidth;
        if (excess > 1)
          problems.push(
            `stacked table ${name(table.querySelector('caption') ?? table)} is ${Math.round(excess)} px wider than its container, so its text is cut off`,
          );
      }
      for (const cell of document.querySelectorAll('main td, main th')) {
        if (!visible(cell) || hiddenOnPurpose(cell)) continue;
        if (cell.scrollWidth > cell.clientWidth + 1)
          problems.push(`table cell ${name(cell)} is cut off: ${cell.scrollWidth - cell.clientWidth} px of it do not fit`);
      }
      return problems;
    },
    { minControl: MIN_CONTROL, minFieldEm: MIN_FIELD_EM },
  );

/**
 * Spacing faults in the text as the browser lays it out for the eye: innerText keeps the
 * whitespace a reader sees. Visually hidden text (.sr-only) is set aside while it is read, as it
 * is absolutely positioned, so innerText would put it on a line of its own.
 */
export const pageCopyProblems = async (page: Page) =>
  copyProblems(
    await page.evaluate(() => {
      const srOnly = [...document.querySelectorAll<HTMLElement>('.sr-only')].filter((e) => !e.hidden);
      for (const e of srOnly) e.hidden = true;
      const text = document.body.innerText;
      for (const e of srOnly) e.hidden = false;
      return text;
    }),
  );
