/**
 * Instant, combinable filtering on /resources/. The static page already lists every resource
 * beside a panel of filter links, which the page's entry (client.ts) swaps at once for a form
 * (keywords and one list per facet); this script, loaded on the form's first use or at once for a
 * filtered address, hides what does not match, keeps the choice in the URL, announces the count,
 * and shows beside each choice how many resources it would leave given the others. It may arrive
 * after the person has typed or chosen: it starts from the form as it finds it, and what they did
 * meanwhile comes to it as events (src/lib/browser/load-on-use.ts).
 */
import {
  FACETS,
  decodeFacets,
  liveCounts,
  matches,
  matchesWords,
  normalise,
  optionLabel,
  optionText,
  parseQuery,
  toQuery,
  without,
  type Facet,
  type FilterState,
} from './filter-state';

const form = document.querySelector<HTMLFormElement>('#resource-filters');
const list = document.querySelector<HTMLUListElement>('#resource-list');
const count = document.querySelector<HTMLElement>('#result-count');
const note = document.querySelector<HTMLElement>('#filter-note');

/** How long typing must pause before the new count is announced, so it is read once, not per key. */
const ANNOUNCE_AFTER_MS = 600;
/**
 * Keys that change a closed list's choice one step at a time. Chrome and Edge fire "change" on
 * each, so a person arrowing to the fifth profession would re-filter the list four times on the way.
 */
const STEPPING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

if (form && list && count && note) {
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const keywords = form.elements.namedItem('q') as HTMLInputElement;
  const selects = Object.fromEntries(FACETS.map((f) => [f, form.elements.namedItem(f) as HTMLSelectElement])) as Record<
    Facet,
    HTMLSelectElement
  >;
  /** Each facet's values in the order of its options, which is what each resource's data-f counts in. */
  const offered = Object.fromEntries(FACETS.map((f) => [f, [...selects[f].options].map((o) => o.value).filter(Boolean)])) as Record<
    Facet,
    string[]
  >;
  const known = Object.fromEntries(FACETS.map((f) => [f, new Set(offered[f])])) as Record<Facet, Set<string>>;
  const itemFacets = items.map((li) => decodeFacets(li.dataset['f'] ?? '', offered));
  const itemText = items.map((li) => normalise(li.textContent ?? ''));
  let announcement: ReturnType<typeof setTimeout> | undefined;

  const announce = (shown: number) => {
    const strong = document.createElement('strong');
    strong.textContent = String(shown);
    const rest = ` of ${items.length} resources${shown === 0 ? '. Try fewer words or clear the filters.' : ''}`;
    count.replaceChildren(strong, rest);
  };

  const options = Object.fromEntries(
    FACETS.map((f) => [f, [...selects[f].options].filter((o) => o.value).map((o) => ({ option: o, label: optionLabel(o.text) }))]),
  ) as Record<Facet, { option: HTMLOptionElement; label: string }[]>;
  const passes = (i: number, state: FilterState) => matches(itemFacets[i]!, state) && matchesWords(itemText[i]!, state.q ?? '');

  /** Each option's count given the other choices, so no choice leads to an empty list unawares. */
  const recount = (state: FilterState) => {
    for (const f of FACETS) {
      const others = without(state, f);
      const counts = liveCounts(
        itemFacets,
        f,
        options[f].map((o) => o.option.value),
        (i) => passes(i, others),
      );
      for (const { option, label } of options[f]) option.text = optionText(label, counts[option.value] ?? 0);
    }
  };

  const apply = (state: FilterState, { typing = false } = {}) => {
    let shown = 0;
    items.forEach((li, i) => {
      const visible = passes(i, state);
      li.hidden = !visible;
      if (visible) shown += 1;
    });
    recount(state);
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

  // A field the person has already changed keeps what they chose (their events follow); the others
  // take what the address asks for.
  const { state: asked, unknown } = parseQuery(location.search, known);
  for (const f of FACETS) if (!selects[f].value) selects[f].value = asked[f] ?? '';
  if (!keywords.value) keywords.value = asked.q ?? '';
  if (unknown.length > 0) {
    note.textContent = `There is no ${unknown.join(' and no ')} in the repository, so that filter is not applied. Choose from the filters instead.`;
    note.hidden = false;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(readForm());
  });
  // A list stepped through with the keyboard is applied once the person stops (or leaves it, or
  // presses Enter), not at every step; a choice made with the mouse or a phone's picker at once.
  // A list that has the focus as this script arrives may be mid-way through its steps (the keys
  // pressed before went unseen), so it is treated as stepped through.
  let stepping: ReturnType<typeof setTimeout> | undefined;
  let steppedBy = Object.values(selects).find((select) => select === document.activeElement);
  const applyChoice = () => {
    clearTimeout(stepping);
    steppedBy = undefined;
    note.hidden = true;
    apply(readForm());
  };
  for (const select of Object.values(selects)) {
    select.addEventListener('keydown', (event) => {
      if (STEPPING_KEYS.has(event.key)) steppedBy = select;
      else if (event.key === 'Enter' && steppedBy === select) applyChoice();
    });
    select.addEventListener('blur', () => {
      if (steppedBy === select) applyChoice();
    });
  }
  form.addEventListener('change', (event) => {
    if (event.target === keywords) return;
    if (event.target === steppedBy) {
      clearTimeout(stepping);
      stepping = setTimeout(applyChoice, ANNOUNCE_AFTER_MS);
      return;
    }
    applyChoice();
  });
  keywords.addEventListener('input', () => apply(readForm(), { typing: true }));
  form.addEventListener('reset', () =>
    setTimeout(() => {
      note.hidden = true;
      apply({});
    }, 0),
  );
  // The list as built shows everything, with each choice's count: only an address that asks for
  // something (even something unknown, which the address then drops) needs a change.
  if (location.search) apply(readForm());
}
