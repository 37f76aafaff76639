/**
 * Utility strings that several components share, so a button, a panel or a note looks the same
 * everywhere and changes in one place. Everything else is written as utilities where it is used.
 */

/** The page column: header, main and footer line up. */
export const wrap = 'mx-auto max-w-5xl px-4';

/** The main action of a form or a link that acts as one. */
export const btn =
  'inline-block max-w-full cursor-pointer border-2 border-transparent bg-brand px-4 py-1.75 font-semibold text-brand-ink no-underline';
/** Any other action. */
export const btnSecondary =
  'inline-block max-w-full cursor-pointer border-2 border-line bg-panel px-4 py-1.75 font-semibold text-ink no-underline';
/** A row of buttons. */
export const actions = 'mb-4 flex flex-wrap gap-2';

/** A note set apart from the text around it. */
export const panel = 'my-6 border-l-6 border-brand bg-panel px-5 py-4';
/** The sentence under a page's heading (`lede` is a hook for tests). */
export const lede = 'lede text-lg text-muted';
/** Dates, sources, counts: secondary details. */
export const meta = 'text-sm text-muted';

/** A grid of boxes that wraps to one column on a phone, and its items and their titles. */
export const cards = 'grid list-none grid-cols-[repeat(auto-fill,minmax(min(100%,16rem),1fr))] gap-4 p-0';
export const card = 'm-0 border-t-4 border-brand bg-panel p-4';
export const cardTitle = 'mt-0 mb-2 text-lg leading-tight';

/** A description list of facts, each term in bold above its value. */
export const glance = '[&>dt]:mt-3 [&>dt]:font-bold';

/** A form field's wrapper (its label bold on a line of its own), its hint and its error message. */
export const field = 'mb-4 [&>label]:block [&>label]:font-bold';
export const hint = 'm-0 text-muted';
export const fieldError = 'm-0 font-bold text-warn empty:hidden';
/** A message that something went wrong. */
export const error = 'font-bold text-warn';

/** A row of radio buttons or checkboxes, and one of them with its label: a 44 px target. */
export const choices = 'flex flex-wrap gap-x-5 gap-y-1';
// A printed checklist shows only the chosen answer: src/features/checklists/client.ts marks the tool .enhanced once it can save.
export const choice =
  'inline-flex min-h-11 items-center gap-1.5 [&>input]:size-5 [&>input]:accent-brand print:in-[.enhanced]:has-[input:not(:checked)]:hidden';

/** The route finder's answers (FinderRoute.astro), each under a rule. */
export const finderRoutes = 'list-none p-0 [&>li]:mt-6 [&>li]:border-t-4 [&>li]:border-brand';

/** A grid of links to choose from, each a box with a coloured edge. */
export const choiceLinks =
  'grid list-none grid-cols-[repeat(auto-fill,minmax(min(100%,17rem),1fr))] gap-2 p-0 *:mt-0 [&_a]:block [&_a]:h-full [&_a]:border-2 [&_a]:border-l-6 [&_a]:border-line [&_a]:border-l-brand [&_a]:px-3 [&_a]:py-2.5 [&_a]:font-semibold';
