/**
 * The entry of /resources/'s filter, kept small so a visit that only reads the list does not pay
 * for it: it swaps the panel of filter links for the filter form at once, so nothing moves when
 * the rest arrives, and loads the rest (client-engine.ts) on the form's first use, or at once when
 * the address asks for a filter or keywords (any of the form's fields), so a shared filtered link
 * opens filtered. The form's counts are written into the page when it is built.
 */
import { loadOnUse } from '../../lib/browser/load-on-use';

const form = document.querySelector<HTMLFormElement>('#resource-filters');
const links = document.querySelector<HTMLElement>('#filter-links');

if (form && links) {
  links.hidden = true;
  form.hidden = false;
  const asked = new URLSearchParams(location.search);
  loadOnUse(
    form,
    () => import('./client-engine'),
    [...new FormData(form).keys()].some((name) => asked.get(name)),
  );
}
