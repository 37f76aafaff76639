/** One person's result on the page: the summary, every step of the sum, and what the status says. */
import { assumptions, formatAmount, formatStep, type Person, type Result } from './capacity';
import { el, pct, within } from './client-dom';

export function resultView(root: HTMLElement) {
  const $ = within(root);
  const box = $('#jp-result');
  const show = (p: Person, r: Result) => {
    const name = p.name;
    $('#jp-result-heading').textContent = name ? `Result for ${name}` : 'Result';
    const assumed = $('#jp-assumes');
    assumed.textContent = assumptions(p) ?? '';
    assumed.hidden = !assumed.textContent;
    const summary = $('#jp-summary');
    summary.replaceChildren();
    for (const [term, value] of [
      ['Available working hours a year', formatAmount(r.availableHours, 'hours')],
      ['Clinical care hours a year', formatAmount(r.clinicalHours, 'hours')],
      ['Share of contracted hours for clinical care', pct(r.clinicalShare)],
      ['Clinical care hours a week, on average', formatAmount(r.clinicalHoursPerWeek, 'hours')],
    ])
      summary.append(el('dt', term), el('dd', value));
    $('#jp-steps').replaceChildren(
      ...r.steps.map((s) => {
        const row = el('tr');
        row.append(el('td', s.label), el('td', s.working), el('td', formatStep(s)));
        return row;
      }),
    );
    box.hidden = false;
  };
  const hide = () => (box.hidden = true);
  return { show, hide };
}

/** What the status line says about a result, and what it assumes. */
export const announce = (p: Person, r: Result) =>
  `Clinical care: ${formatAmount(r.clinicalHours, 'hours a year')}, ${pct(r.clinicalShare)} of contracted hours, or ${formatAmount(r.clinicalHoursPerWeek, 'hours a week')} on average.${assumptions(p) ? ` ${assumptions(p)}` : ''}`;
