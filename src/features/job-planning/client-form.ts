/**
 * The calculator's form on the page: reading and filling its fields, keeping hours and WTE in
 * step, and showing what is wrong as GOV.UK forms do: a message beside each field (or under its
 * group's legend for a total that is too high, with the fields that make it up marked invalid),
 * and a summary at the top that links to each. The checks themselves are in capacity.ts.
 */
import { RAW_FIELDS, type ErrorKey, type Errors, type Involved, type RawPerson } from './capacity';
import { hoursFromWte, wteFromHours } from './input';
import { el } from './client-dom';

const ERROR_KEYS: ErrorKey[] = [...RAW_FIELDS, 'daysTotal', 'activitiesTotal'];

export function formView(root: HTMLElement, form: HTMLFormElement) {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | RadioNodeList;
  const read = () => Object.fromEntries(RAW_FIELDS.map((f) => [f, field(f).value])) as RawPerson;
  const fill = (raw: Partial<RawPerson>) => {
    for (const f of RAW_FIELDS) if (raw[f] !== undefined) field(f).value = raw[f];
    // Saves from before the WTE box have hours only.
    if (raw.wte === undefined && raw.hoursPerWeek !== undefined) field('wte').value = wteFromHours(raw.hoursPerWeek);
  };
  /** Whether the form holds other figures than a baseline taken with read(). */
  const differsFrom = (baseline: RawPerson) => {
    const now = read();
    return RAW_FIELDS.some((f) => now[f] !== baseline[f]);
  };

  // Hours and WTE: typing in either fills in the other (hours are what the sum uses).
  form.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'wte') field('hoursPerWeek').value = hoursFromWte(input.value);
    else if (input.name === 'hoursPerWeek') field('wte').value = wteFromHours(input.value);
  });

  const summary = form.querySelector<HTMLElement>('#jp-error-summary')!;
  const list = summary.querySelector('ul')!;
  const input = (key: string) => form.querySelector<HTMLElement>(`#jp-${key}`);
  /** What a problem is called in the summary: its field's label, or its group's legend. */
  const nameOf = (box: HTMLElement, key: string) => {
    const own = form.querySelector(`label[for="jp-${key}"]`) ?? box.closest('fieldset')?.querySelector('legend');
    return (own?.textContent ?? '').trim();
  };

  // Errors: a message beside each field, the field marked invalid, and no result.
  // Warnings (figures allowed but worth checking) use the same line, without marking the field invalid.
  const showErrors = (errors: Errors, warnings: Errors = {}, involved: Involved = {}) => {
    const marked = new Set<string>([...Object.keys(errors), ...Object.values(involved).flat()]);
    for (const key of ERROR_KEYS) {
      const box = root.querySelector(`#jp-${key}-error`);
      if (box) box.textContent = errors[key] ?? warnings[key] ?? '';
      const target = input(key);
      if (!target || key === 'daysTotal' || key === 'activitiesTotal') continue;
      if (marked.has(key)) target.setAttribute('aria-invalid', 'true');
      else target.removeAttribute('aria-invalid');
    }
    // The summary lists the problems in the order they appear on the page, each linked to the
    // field to correct (for a total, the first field that makes it up).
    const items = [...form.querySelectorAll<HTMLElement>('.field-error')].flatMap((box) => {
      const key = box.id.replace(/^jp-|-error$/g, '') as ErrorKey;
      const message = errors[key];
      if (!message) return [];
      const group = key === 'daysTotal' || key === 'activitiesTotal';
      const first = group ? involved[key]?.[0] : key;
      const target = (first && input(first)) || box.closest('fieldset')?.querySelector<HTMLElement>('input, select');
      const item = el('li');
      item.append(el('a', `${nameOf(box, key)}: ${message}`, { href: `#${target?.id ?? box.id}` }));
      return [item];
    });
    list.replaceChildren(...items);
    summary.hidden = items.length === 0;
  };
  /** Shows the summary and moves focus to it, so it is read out first. */
  const focusSummary = () => {
    summary.hidden = false;
    summary.focus();
  };
  // A summary link moves focus to its field and shows the field's label or legend, as the
  // browser's own jump to the field would hide the label above it.
  list.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest('a');
    const target = link && form.querySelector<HTMLElement>(link.getAttribute('href')!);
    if (!target) return;
    event.preventDefault();
    const label = form.querySelector(`label[for="${target.id}"]`) ?? target.closest('fieldset')?.querySelector('legend');
    (label ?? target).scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });
  const focus = (id: string) => form.querySelector<HTMLElement>(`#${id}`)!.focus();

  return { field, read, fill, differsFrom, showErrors, focusSummary, focus };
}
