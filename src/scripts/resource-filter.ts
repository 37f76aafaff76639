/**
 * Instant, combinable filtering on /resources/. The static page already lists every resource
 * and links to one page per filter value; this only adds the form, hides what does not
 * match, keeps the choice in the URL and announces the count.
 */
import { FACETS, matches, parseQuery, toQuery, type Facet, type FilterState } from '../lib/resource-filters';

const form = document.querySelector<HTMLFormElement>('#resource-filters');
const list = document.querySelector<HTMLUListElement>('#resource-list');
const count = document.querySelector<HTMLElement>('#result-count');
const note = document.querySelector<HTMLElement>('#filter-note');

if (form && list && count && note) {
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const selects = Object.fromEntries(FACETS.map((f) => [f, form.elements.namedItem(f) as HTMLSelectElement])) as Record<
    Facet,
    HTMLSelectElement
  >;
  const known = Object.fromEntries(FACETS.map((f) => [f, new Set([...selects[f].options].map((o) => o.value).filter(Boolean))])) as Record<
    Facet,
    Set<string>
  >;
  const facetsOf = (li: HTMLLIElement) =>
    Object.fromEntries(FACETS.map((f) => [f, (li.dataset[f] ?? '').split(' ').filter(Boolean)])) as Record<Facet, string[]>;
  const itemFacets = items.map(facetsOf);

  const apply = (state: FilterState) => {
    let shown = 0;
    items.forEach((li, i) => {
      const visible = matches(itemFacets[i]!, state);
      li.hidden = !visible;
      if (visible) shown += 1;
    });
    count.innerHTML = '';
    const strong = document.createElement('strong');
    strong.textContent = String(shown);
    count.append(strong, ` of ${items.length} resources`);
    history.replaceState(null, '', `${location.pathname}${toQuery(state)}`);
  };

  const readForm = (): FilterState => {
    const state: FilterState = {};
    for (const f of FACETS) if (selects[f].value) state[f] = selects[f].value;
    return state;
  };

  const { state, unknown } = parseQuery(location.search, known);
  for (const f of FACETS) selects[f].value = state[f] ?? '';
  if (unknown.length > 0) {
    note.textContent = `We could not use the filter ${unknown.join(' and ')}, so it has been ignored. Choose from the lists below.`;
    note.hidden = false;
  }
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(readForm());
  });
  form.addEventListener('change', () => {
    note.hidden = true;
    apply(readForm());
  });
  form.addEventListener('reset', () => setTimeout(() => apply({}), 0));
  apply(state);
}
