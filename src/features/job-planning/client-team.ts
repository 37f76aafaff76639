/**
 * The team table on the page: one row per person with Edit and Remove, and the team total. On a
 * narrow screen each row stacks into a labelled block, so Edit and Remove need no sideways scroll.
 */
import { formatNumber as n, type Result } from './capacity';
import { teamTotals, type Member } from './team';
import { el, pct, within } from './client-dom';
import { btnSecondary } from '../../styles/ui';

type Figures = Pick<Result, 'availableHours' | 'clinicalHours' | 'clinicalShare' | 'clinicalHoursPerWeek'>;

/** A cell labelled with its column, which narrow screens show before it (the table's stack-table class). */
const cell = (label: string, text: string) => el('td', text, { 'data-label': label });

function cells(name: string, hoursPerWeek: string, r: Figures) {
  const row = el('tr');
  row.append(
    el('th', name, { scope: 'row' }),
    cell('Hours a week', hoursPerWeek),
    cell('Available hours a year', n(r.availableHours)),
    cell('Clinical hours a year', n(r.clinicalHours)),
    cell('Share for clinical care', pct(r.clinicalShare)),
    cell('Clinical hours a week', n(r.clinicalHoursPerWeek)),
  );
  return row;
}

const button = (text: string, action: string, index: number, name: string) =>
  el('button', text, {
    type: 'button',
    class: btnSecondary,
    'data-action': action,
    'data-index': String(index),
    'aria-label': `${text} ${name}`,
  });

export function renderTeam(root: HTMLElement, team: readonly Member[]) {
  const $ = within(root);
  $('#jp-team-empty').hidden = team.length > 0;
  $('#jp-team .table-scroll').hidden = team.length === 0;
  $('#jp-team-table tbody').replaceChildren(
    ...team.map((m, i) => {
      const row = cells(m.person.name, n(m.person.hoursPerWeek), m.result);
      const actions = el('td', '', { class: 'print:hidden', 'data-label': 'Change' });
      actions.append(button('Edit', 'edit', i, m.person.name), ' ', button('Remove', 'remove', i, m.person.name));
      row.append(actions);
      return row;
    }),
  );
  const t = teamTotals(team);
  const total = cells(
    `Team total (${t.people} ${t.people === 1 ? 'person' : 'people'})`,
    n(team.reduce((s, m) => s + m.person.hoursPerWeek, 0)),
    t,
  );
  total.append(el('td', '', { class: 'print:hidden max-md:hidden' }));
  $('#jp-team-table tfoot').replaceChildren(total);
}

/** The team's size and clinical hours, as the status line says them. */
export const teamSize = (team: readonly Member[]) =>
  `The team has ${team.length} ${team.length === 1 ? 'person' : 'people'}, with ${n(teamTotals(team).clinicalHoursPerWeek)} clinical care hours a week.`;
