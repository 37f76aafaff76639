/**
 * Instant, combinable filtering on /resources/. The static page already lists every resource
 * beside a panel of filter links; this swaps that panel for a form (keywords and one list per
 * facet) that hides what does not match, keeps the choice in the URL and announces the count.
 */
import { FACETS, matches, matchesWords, normalise, parseQuery, toQuery, type Facet, type FilterState } from './filters';

const form = document.querySelector<HTMLFormElement>('#resource-filters');
const links = document.querySelector<HTMLElement>('#filter-links');
const list = document.querySelector<HTMLUListElement>('#resource-list');
const count = document.querySelector<HTMLElement>('#result-count');
const note = document.querySelector<HTMLElement>('#filter-note');

/** How long typing must pause before the new count is announced, so it is read once, not per key. */
const ANNOUNCE_AFTER_MS = 600;

if (form && links && list && count && note) {
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const keywords = form.elements.namedItem('q') as HTMLInputElement;
  const selects = Object.fromEntries(FACETS.map((f) => [f, form.elements.namedItem(f) as HTMLSelectElement])) as Record<
    Facet,
    HTMLSelectElement
  >;
  const known = Object.fromEntries(FACETS.map((f) => [f, new Set([...selects[f].options].map((o) => o.value).filter(Boolean))])) as Record<
    Facet,
    Set<string>
  >;
  const itemFacets = items.map(
    (li) => Object.fromEntries(FACETS.map((f) => [f, (li.dataset[f] ?? '').split(' ').filter(Boolean)])) as Record<Facet, string[]>,
  );
  const itemText = items.map((li) => normalise(li.textContent ?? ''));
  let announcement: ReturnType<typeof setTimeout> | undefined;

  const announce = (shown: number) => {
    const strong = document.createElement('strong');
    strong.textContent = String(shown);
    const rest = ` of ${items.length} resources${shown === 0 ? '. Try fewer words or clear the filters.' : ''}`;
    count.replaceChildren(strong, rest);
  };

  const apply = (state: FilterState, { typing = false } = {}) => {
    let shown = 0;
    items.forEach((li, i) => {
      const visible = matches(itemFacets[i]!, state) && matchesWords(itemText[i]!, state.q ?? '');
      li.hidden = !visible;
      if (visible) shown += 1;
    });
    clearTimeout(announcement);
    if (typing) announcement = setTimeout(() => announce(shown), ANNOUNCE_AFTER_MS);
    else announce(shown);
    history.replaceState(null, '', `${location.pathname}${toQuery(state)}`);
  };

  const readForm = (): FilterState => {
    const state: FilterState = {};
    for (const f of FACETS) if (selects[f].value) state[f] = selects[f].value;
    if (keywords.value.trim()) state.q = keywords.value.trim();
    return state;
  };

  const { state, unknown } = parseQuery(location.search, known);
  for (const f of FACETS) selects[f].value = state[f] ?? '';
  keywords.value = state.q ?? '';
  if (unknown.length > 0) {
    note.textContent = `There is no ${unknown.join(' and no ')} in the repository, so that filter is not applied. Choose from the filters instead.`;
    note.hidden = false;
  }
  links.hidden = true;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(readForm());
  });
  form.addEventListener('change', (event) => {
    if (event.target === keywords) return;
    note.hidden = true;
    apply(readForm());
  });
  keywords.addEventListener('input', () => apply(readForm(), { typing: true }));
  form.addEventListener('reset', () =>
    setTimeout(() => {
      note.hidden = true;
      apply({});
    }, 0),
  );
  apply(state);
}
