/**
 * Runs the clinical capacity calculator (src/features/job-planning/CapacityCalculator.astro): checks and
 * calculates one person, keeps the team, reads pasted rows, exports, prints and clears, and
 * saves it all in this browser, in step with the calculator in other tabs. Stored data it cannot
 * use is kept for download, never dropped; editing someone never takes them out of the team.
 */
import {
  RAW_FIELDS,
  blankRaw,
  formatAmount,
  formatNumber,
  formatStep,
  nameError,
  rawFromPerson,
  readPerson,
  type ErrorKey,
  type Errors,
  type LeaveRules,
  type RawPerson,
  type Person,
  type Result,
} from './capacity';
import { teamTotals, type Member } from './team';
import { parsePaste } from './paste';
import { teamCsv } from './csv';
import { readSaved, savedState } from './storage';
import { autosave } from '../../lib/browser/autosave';
import { clearActions } from '../../lib/browser/confirm-clear';
import { setAside } from '../../lib/browser/set-aside';
import { download } from '../../lib/browser/download';
import { pageData } from '../../lib/browser/read-page-data';
import { parseSaved, read, remove, reportSave, write, SAVE_PROBLEMS } from '../../lib/browser/store';
import { btnSecondary } from '../../styles/ui';

const KEY = 'ahp-hub:job-planning';
const ERROR_KEYS: ErrorKey[] = [...RAW_FIELDS, 'daysTotal', 'activitiesTotal'];

const root = document.querySelector<HTMLElement>('#calculator');
const rules = pageData('jp-data') as LeaveRules | undefined;
if (root && Array.isArray(rules?.entitlements)) enhance(root, rules);

/** The same person's figures (team members are replaced, not changed, so compare by value). */
const samePerson = (a: Person, b: Person) => JSON.stringify(a) === JSON.stringify(b);

function enhance(root: HTMLElement, rules: LeaveRules) {
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('#jp-form');
  const status = $('#jp-status');
  const error = $('#jp-error');
  const say = (text: string) => (status.textContent = text);
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | RadioNodeList;
  const readForm = () => Object.fromEntries(RAW_FIELDS.map((f) => [f, field(f).value])) as RawPerson;
  const fillForm = (raw: Partial<RawPerson>) => {
    for (const f of RAW_FIELDS) if (raw[f] !== undefined) field(f).value = raw[f];
  };
  const n = formatNumber;
  const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
  const el = (tag: string, text = '', attrs: Record<string, string> = {}) => {
    const e = document.createElement(tag);
    e.textContent = text;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };

  let team: Member[] = [];
  /** The team member whose figures are in the form, if any: they stay in the team until saved. */
  let editing: Person | null = null;
  /** What the form held when it was last filled or added from, to tell whether it has changed since. */
  let baseline = readForm();
  /** True while the team has changes this browser could not save (storage full). */
  let unsaved = false;

  const save = () => {
    const outcome = write(KEY, JSON.stringify(savedState(readForm(), team, new Date())));
    unsaved = outcome !== 'saved';
    reportSave(outcome, error);
  };
  const saving = autosave(save, 300);
  const aside = setAside({
    key: KEY,
    box: $('.backup'),
    message: $('#jp-backup-message'),
    fileName: 'clinical-capacity-set-aside.txt',
    say,
    discarded: 'The data that could not be used has been discarded.',
  });

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

  const resultBox = $('#jp-result');
  const showResult = (name: string, r: Result) => {
    $('#jp-result-heading').textContent = name ? `Result for ${name}` : 'Result';
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
    resultBox.hidden = false;
  };
  const announce = (r: Result) =>
    `Clinical care: ${formatAmount(r.clinicalHours, 'hours a year')}, ${pct(r.clinicalShare)} of contracted hours, or ${formatAmount(r.clinicalHoursPerWeek, 'hours a week')} on average.`;

  const teamWrap = $('#jp-team .table-scroll');
  const renderTeam = () => {
    $('#jp-team-empty').hidden = team.length > 0;
    teamWrap.hidden = team.length === 0;
    const cells = (
      name: string,
      hoursPerWeek: string,
      r: Pick<Result, 'availableHours' | 'clinicalHours' | 'clinicalShare' | 'clinicalHoursPerWeek'>,
    ) => {
      const row = el('tr');
      row.append(el('th', name, { scope: 'row' }), el('td', hoursPerWeek), el('td', n(r.availableHours)), el('td', n(r.clinicalHours)));
      row.append(el('td', pct(r.clinicalShare)), el('td', n(r.clinicalHoursPerWeek)));
      return row;
    };
    $('#jp-team-table tbody').replaceChildren(
      ...team.map((m, i) => {
        const row = cells(m.person.name, n(m.person.hoursPerWeek), m.result);
        const actions = el('td', '', { class: 'print:hidden' });
        actions.append(
          el('button', 'Edit', {
            type: 'button',
            class: btnSecondary,
            'data-action': 'edit',
            'data-index': String(i),
            'aria-label': `Edit ${m.person.name}`,
          }),
          ' ',
          el('button', 'Remove', {
            type: 'button',
            class: btnSecondary,
            'data-action': 'remove',
            'data-index': String(i),
            'aria-label': `Remove ${m.person.name}`,
          }),
        );
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
    total.append(el('td', '', { class: 'print:hidden' }));
    $('#jp-team-table tfoot').replaceChildren(total);
  };
  const teamSize = () =>
    `The team has ${team.length} ${team.length === 1 ? 'person' : 'people'}, with ${n(teamTotals(team).clinicalHoursPerWeek)} clinical care hours a week.`;

  const addButton = $<HTMLButtonElement>('#jp-add');
  const stopButton = $<HTMLButtonElement>('#jp-stop-edit');
  const setEditing = (person: Person | null) => {
    editing = person;
    addButton.textContent = person ? `Save changes to ${person.name}` : 'Add this person to the team';
    stopButton.hidden = !person;
  };
  const formChanged = () => {
    const now = readForm();
    return RAW_FIELDS.some((f) => now[f] !== baseline[f]);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const adding = (event.submitter as HTMLButtonElement | null)?.value === 'add';
    const raw = readForm();
    const outcome = readPerson(raw, rules);
    const errors: Errors = outcome.ok ? {} : { ...outcome.errors };
    const badName = adding ? nameError(raw.name) : undefined;
    if (badName) errors.name = badName;
    showErrors(errors, outcome.ok ? outcome.warnings : {});
    const count = Object.keys(errors).length;
    if (!outcome.ok || count > 0) {
      resultBox.hidden = true;
      say(`No result: ${count} ${count === 1 ? 'answer needs' : 'answers need'} correcting. Each is marked beside its field.`);
      firstProblem(errors)?.focus();
      return;
    }
    showResult(outcome.person.name, outcome.result);
    const question = outcome.warnings.hoursPerWeek ? ` Please check: ${outcome.warnings.hoursPerWeek}` : '';
    if (adding) {
      const member = { person: outcome.person, result: outcome.result };
      const at = editing ? team.findIndex((m) => samePerson(m.person, editing!)) : -1;
      if (at >= 0) team[at] = member;
      else team.push(member);
      setEditing(null);
      renderTeam();
      field('name').value = '';
      baseline = readForm();
      say(`${at >= 0 ? 'Saved the changes to' : 'Added'} ${outcome.person.name}. ${teamSize()}${question}`);
      form.querySelector<HTMLInputElement>('#jp-name')!.focus();
    } else say(`${announce(outcome.result)}${question}`);
    save();
  });

  form.addEventListener('input', saving.soon);

  const startEdit = (m: Member) => {
    editBox.hidden = true;
    fillForm(rawFromPerson(m.person, rules));
    baseline = readForm();
    setEditing(m.person);
    showErrors({});
    showResult(m.person.name, m.result);
    save();
    say(`${m.person.name} is in the form and stays in the team. Change the figures, then choose “Save changes to ${m.person.name}”.`);
    form.querySelector<HTMLInputElement>('#jp-hoursPerWeek')!.focus();
  };
  let asked: Member | null = null;

  const confirmBox = $('.confirm');
  const editBox = $('.confirm-edit');
  const pasteBox = $<HTMLTextAreaElement>('#jp-paste');
  const actions: Record<string, (index: number) => void> = {
    edit: (i) => {
      const m = team[i];
      if (!m) return;
      if (!formChanged()) return startEdit(m);
      // The form holds figures not yet in the team: ask before replacing them.
      asked = m;
      const current = editing ? `your changes to ${editing.name}` : 'figures that are not in the team yet';
      $('#jp-edit-question').textContent = `The form has ${current}. Editing ${m.person.name} replaces them. Everyone stays in the team.`;
      $('#jp-confirm-edit').textContent = `Yes, edit ${m.person.name}`;
      editBox.hidden = false;
      $<HTMLButtonElement>('#jp-cancel-edit').focus();
    },
    'confirm-edit': () => {
      if (asked) startEdit(asked);
      asked = null;
    },
    'cancel-edit': () => {
      asked = null;
      editBox.hidden = true;
      say('The form has not changed.');
      form.querySelector<HTMLInputElement>('#jp-hoursPerWeek')!.focus();
    },
    'stop-edit': () => {
      const name = editing?.name ?? '';
      setEditing(null);
      say(`Stopped editing ${name}, who is still in the team as before. The form’s figures can be added as someone new.`);
    },
    remove: (i) => {
      const [m] = team.splice(i, 1);
      if (!m) return;
      if (editing && samePerson(editing, m.person)) setEditing(null);
      renderTeam();
      save();
      say(`Removed ${m.person.name}. ${teamSize()}`);
      $('#jp-team-heading').focus();
    },
    paste: () => {
      const outcome = parsePaste(pasteBox.value, rules);
      const list = $('#jp-rejected');
      list.replaceChildren();
      if (!outcome.ok) {
        $('#jp-paste-summary').textContent = `Nothing was added. ${outcome.reason}`;
        say(`Nothing was added. ${outcome.reason}`);
        return;
      }
      team.push(...outcome.added);
      renderTeam();
      save();
      const ignored = outcome.ignoredColumns.length ? ` These columns were ignored: ${outcome.ignoredColumns.join(', ')}.` : '';
      const bad = outcome.rejected.length;
      const rejected = bad
        ? ` ${bad === 1 ? '1 row' : `${bad} rows`} could not be added: ${bad === 1 ? 'it is' : 'they are'} listed below and left in the box to correct.`
        : '';
      const odd = outcome.questioned.length;
      const questioned = odd
        ? ` Please check ${odd === 1 ? '1 row' : `${odd} rows`} listed below: added, but the figures are unusual.`
        : '';
      const added = outcome.added.length;
      const message = `${added ? `Added ${added} ${added === 1 ? 'person' : 'people'} from the pasted rows.` : 'Nothing was added.'}${rejected}${questioned}${ignored}`;
      $('#jp-paste-summary').textContent = message;
      say(`${message} ${teamSize()}`);
      const line = (r: (typeof outcome.rejected)[number], what: string) =>
        el('li', `Line ${r.line} (${r.text.replace(/\t/g, ', ').slice(0, 80)})${what}: ${r.reason}`);
      list.append(...outcome.rejected.map((r) => line(r, '')), ...outcome.questioned.map((r) => line(r, ', added')));
      const header = pasteBox.value.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
      pasteBox.value = outcome.rejected.length ? [header, ...outcome.rejected.map((r) => r.text)].join('\n') : '';
    },
    export: () => {
      if (team.length === 0) {
        say('Add at least one person to the team before exporting.');
        return;
      }
      download(`clinical-capacity-${new Date().toISOString().slice(0, 10)}.csv`, teamCsv(team), 'text/csv');
      say(`Exported ${team.length} ${team.length === 1 ? 'person' : 'people'} and the team total as CSV.`);
    },
    print: () => {
      if (team.length === 0) {
        say('Add at least one person to the team before printing a summary.');
        return;
      }
      $('#jp-printed').textContent =
        `Clinical capacity summary, ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.`;
      document.documentElement.classList.add('print-summary');
      window.addEventListener('afterprint', () => document.documentElement.classList.remove('print-summary'), { once: true });
      window.print();
    },
    ...clearActions(confirmBox, say, () => {
      team = [];
      setEditing(null);
      remove(KEY);
      fillForm(blankRaw(rules));
      baseline = readForm();
      showErrors({});
      resultBox.hidden = true;
      renderTeam();
      say('The team and the form’s figures have been cleared from this browser.');
      $('#jp-team-heading').focus();
    }),
    ...aside.actions,
  };
  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const action = button && actions[button.dataset['action']!];
    if (action) action(Number(button.dataset['index']));
  });

  // Another tab saved: take its team (this tab's form is its own, so it is left alone).
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY && event.key !== null) return;
    if (unsaved) {
      say('The team was changed in another tab, but this tab has changes it could not save. Export them to keep them.');
      return;
    }
    if (event.newValue === null) {
      if (team.length === 0) return;
      team = [];
      setEditing(null);
      renderTeam();
      say('The team was cleared in another tab.');
      return;
    }
    const saved = readSaved(parseSaved(event.newValue));
    if (!saved.ok || JSON.stringify(saved.team.map((m) => m.person)) === JSON.stringify(team.map((m) => m.person))) return;
    team = saved.team;
    if (editing && !team.some((m) => samePerson(m.person, editing!))) setEditing(null);
    renderTeam();
    say(`The team was changed in another tab. ${teamSize()}`);
  });

  // Restore what was saved; anything we cannot use is kept aside for download.
  const stored = read(KEY);
  if (stored.blocked) error.textContent = SAVE_PROBLEMS.blocked;
  aside.restore('Some data saved earlier could not be used by this calculator. You can download it.');
  if (stored.value) {
    const saved = readSaved(parseSaved(stored.value));
    if (!saved.ok) aside.keep(stored.value, `We could not read the figures saved in this browser (${saved.reason}).`);
    else {
      team = saved.team;
      fillForm(saved.draft);
      if (saved.setAside.length > 0)
        aside.keep(
          JSON.stringify(saved.setAside, null, 1),
          `${saved.setAside.length} saved ${saved.setAside.length === 1 ? 'person’s figures do' : 'people’s figures do'} not pass the calculator’s checks.`,
        );
      baseline = readForm();
      const draft = readPerson(baseline, rules);
      if (draft.ok && saved.draft.hoursPerWeek) showResult(draft.person.name, draft.result);
    }
  }

  $('.no-js-note').hidden = true;
  $('.capacity-app').hidden = false;
  renderTeam();
}
