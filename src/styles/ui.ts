/**
 * The classes of the looks several components share, so a button, a panel or a note looks the
 * same everywhere and changes in one place. Each is a short class whose rules are in
 * src/styles/global.css (@layer components), rather than a string of utilities that every page
 * using it would repeat; a utility added beside one still overrides it. Everything else is written
 * as utilities where it is used.
 */

/** The main action of a form or a link that acts as one. */
export const btn = 'btn';
/** Any other action. */
export const btnSecondary = 'btn btn-2';
/** A row of buttons. */
export const actions = 'actions';

/** A note set apart from the text around it. */
export const panel = 'panel';
/** The sentence under a page's heading (`lede` is also a hook for tests). */
export const lede = 'lede';
/** Dates, sources, counts: secondary details. */
export const meta = 'meta';

/** A grid of boxes that wraps to one column on a phone, and its items and their titles. */
export const cards = 'cards';
export const card = 'card';
export const cardTitle = 'card-title';

/** A description list of facts, each term in bold above its value. */
export const glance = 'glance';

/** A form field's wrapper (its label bold on a line of its own), its hint and its error message. */
export const field = 'field';
export const hint = 'hint';
export const fieldError = 'field-error';
/** A message that something went wrong. */
export const error = 'error';

/** A row of radio buttons or checkboxes, and one of them with its label: a 44 px target. */
export const choices = 'choices';
// A printed checklist shows only the chosen answer: src/features/checklists/client-engine.ts marks the tool .enhanced once it can save.
export const choice = 'choice';

/** The route finder's answers (FinderRoute.astro), each under a rule. */
export const finderRoutes = 'finder-routes';

/** A grid of links to choose from, each a box with a coloured edge. */
export const choiceLinks = 'choice-links';
