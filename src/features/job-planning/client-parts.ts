/**
 * The calculator's boxes that stay hidden until the script shows one: the summary of answers to
 * correct, each answer's error line, the notice of data set aside, "Stop editing", the questions
 * before editing someone and before clearing, the undo after a removal, and the lines printed
 * above and under the team. They are made here, when the
 * script sets itself up, rather than sent in every visit's HTML (issue 25: a first visit of 14 KB
 * or less); as each is hidden until then, nothing on screen moves when they are added.
 */
import { DAYS_PER_WEEK, RAW_FIELDS, WEEKS_PER_YEAR } from './capacity';
import { el, within } from './client-dom';
import { btn, btnSecondary, fieldError, panel } from '../../styles/ui';

/** A hidden element holding `children`, with a space between each so buttons sit apart as in the page's markup. */
function hiddenBox(tag: string, attrs: Record<string, string>, ...children: HTMLElement[]): HTMLElement {
  const box = el(tag, '', attrs);
  children.forEach((child, i) => box.append(...(i > 0 ? [' ', child] : [child])));
  box.hidden = true;
  return box;
}

const button = (text: string, main: boolean, action: string, attrs: Record<string, string> = {}) =>
  el('button', text, { type: 'button', class: main ? btn : btnSecondary, 'data-action': action, ...attrs });

/** Adds the hidden boxes to the calculator's markup (CapacityCalculator.astro), each where it shows. */
export function addHiddenParts(root: HTMLElement): void {
  const $ = within(root);
  addErrorLines($('#jp-form'));
  $('#jp-form').prepend(
    hiddenBox(
      'div',
      {
        id: 'jp-error-summary',
        class: 'my-6 border-4 border-warn p-4',
        role: 'group',
        tabindex: '-1',
        'aria-labelledby': 'jp-error-summary-title',
        'aria-describedby': 'jp-error-list',
      },
      el('h3', 'There is a problem', { id: 'jp-error-summary-title', class: 'mt-0' }),
      el('ul', '', { id: 'jp-error-list', class: 'mb-0' }),
    ),
  );
  $('#jp-error').after(
    hiddenBox(
      'div',
      { class: `${panel} backup` },
      el('p', '', { id: 'jp-backup-message' }),
      button('Download the data we could not use', false, 'download-backup'),
      button('Discard it', false, 'discard-backup'),
    ),
  );
  const stopEditing = button('Stop editing', false, 'stop-edit', { id: 'jp-stop-edit' });
  stopEditing.hidden = true;
  $('#jp-add').after(' ', stopEditing);
  $('#jp-team-heading').after(el('p', '', { class: 'hidden print:block', id: 'jp-printed' }));
  const editQuestion = { 'aria-describedby': 'jp-edit-question' };
  $('#jp-team-empty').after(
    hiddenBox(
      'div',
      { class: `${panel} confirm-edit print:hidden` },
      el('p', '', { id: 'jp-edit-question' }),
      button('Edit', true, 'confirm-edit', { id: 'jp-confirm-edit', ...editQuestion }),
      button('Keep the form as it is', false, 'cancel-edit', { id: 'jp-cancel-edit', ...editQuestion }),
    ),
  );
  const method = el(
    'p',
    `Worked out with AHP Hub’s clinical capacity calculator: ${WEEKS_PER_YEAR} weeks a year of ${DAYS_PER_WEEK} working days; a working day is the weekly hours ÷ ${DAYS_PER_WEEK}.`,
    { class: 'hidden print:block' },
  );
  $('#jp-team .table-scroll').after(
    hiddenBox(
      'div',
      { class: `${panel} undo print:hidden` },
      el('p', '', { id: 'jp-undo-message' }),
      button('Undo', false, 'undo-remove', { id: 'jp-undo' }),
    ),
    method,
  );
  const warning = el('p', ' Export the team first if you want to keep it.', { id: 'jp-clear-warning' });
  warning.prepend(el('strong', 'This removes the team and the form’s figures from this browser.'));
  const clearWarning = { 'aria-describedby': 'jp-clear-warning' };
  $('#jp-team').append(
    hiddenBox(
      'div',
      { class: `${panel} confirm print:hidden` },
      warning,
      button('Yes, clear everything', true, 'confirm-clear', clearWarning),
      button('Cancel', false, 'cancel-clear', clearWarning),
    ),
  );
}

/**
 * Adds each answer's error line (client-form.ts fills it; empty, it is not shown): above a field's
 * input, read out with it after its hint; for the choice of days or percentage, under its group's
 * hint; for a total, straight under its group's legend, read out with the group.
 */
function addErrorLines(form: HTMLElement): void {
  const line = (key: string) => el('p', '', { class: fieldError, id: `jp-${key}-error` });
  const describe = (target: Element, key: string) =>
    target.setAttribute('aria-describedby', `${target.getAttribute('aria-describedby') ?? ''} jp-${key}-error`.trim());
  for (const key of RAW_FIELDS) {
    const input = form.querySelector(`#jp-${key}`)!;
    if (key === 'sicknessUnit') form.querySelector('#jp-sickness-hint')!.after(line(key));
    else {
      input.before(line(key));
      describe(input, key);
    }
  }
  for (const [key, first] of [
    ['daysTotal', 'yearsOfService'],
    ['activitiesTotal', 'supervision'],
  ] as const) {
    const group = form.querySelector(`#jp-${first}`)!.closest('fieldset')!;
    group.querySelector(':scope > legend')!.after(line(key));
    describe(group, key);
  }
}
