/**
 * The calculator's form on the page: reading and filling its fields, and showing each field's
 * error or warning beside it. The checks themselves are in capacity.ts.
 */
import { RAW_FIELDS, type ErrorKey, type Errors, type RawPerson } from './capacity';

const ERROR_KEYS: ErrorKey[] = [...RAW_FIELDS, 'daysTotal', 'activitiesTotal'];

export function formView(root: HTMLElement, form: HTMLFormElement) {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | RadioNodeList;
  const read = () => Object.fromEntries(RAW_FIELDS.map((f) => [f, field(f).value])) as RawPerson;
  const fill = (raw: Partial<RawPerson>) => {
    for (const f of RAW_FIELDS) if (raw[f] !== undefined) field(f).value = raw[f];
  };
  /** Whether the form holds other figures than a baseline taken with read(). */
  const differsFrom = (baseline: RawPerson) => {
    const now = read();
    return RAW_FIELDS.some((f) => now[f] !== baseline[f]);
  };

  // Errors: a message beside each field, the field marked invalid, and no result.
  // Warnings (figures allowed but worth checking) use the same line, without marking the field invalid.
  const showErrors = (errors: Errors, warnings: Errors = {}) => {
    for (const key of ERROR_KEYS) {
      const message = errors[key];
      const box = root.querySelector(`#jp-${key}-error`);
      if (box) box.textContent = message ?? warnings[key] ?? '';
      const input = form.querySelector(`#jp-${key}`);
      if (input) {
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
  };
  const firstProblem = (errors: Errors): HTMLElement | null => {
    const keys = Object.keys(errors);
    const box = [...root.querySelectorAll<HTMLElement>('.field-error')].find((b) => keys.some((k) => b.id === `jp-${k}-error`));
    return box?.closest('.field')?.querySelector('input, select') ?? box?.closest('fieldset')?.querySelector('input') ?? null;
  };
  const focus = (id: string) => form.querySelector<HTMLElement>(`#${id}`)!.focus();

  return { field, read, fill, differsFrom, showErrors, firstProblem, focus };
}
export type FormView = ReturnType<typeof formView>;
