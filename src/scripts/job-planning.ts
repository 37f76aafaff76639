/**
 * Runs the clinical capacity calculator (src/components/CapacityCalculator.astro): checks and
 * calculates one person, keeps the team, reads pasted rows, exports, prints and clears, and
 * saves it all in this browser. Stored data it cannot use is kept for download, never dropped.
 */
import {
  RAW_FIELDS,
  blankRaw,
  formatNumber,
  formatStep,
  nameError,
  rawFromPerson,
  readPerson,
  type ErrorKey,
  type Errors,
  type LeaveRules,
  type RawPerson,
  type Result,
} from '../lib/capacity';
import { parsePaste, readSaved, savedState, teamCsv, teamTotals, type Member } from '../lib/capacity-team';
import { clearActions } from './lib/confirm-clear';
import { setAside } from './lib/set-aside';
import { download } from './lib/download';
import { parseSaved, read, remove, write, SAVE_PROBLEMS } from './lib/store';

const KEY = 'ahp-hub:job-planning';
const ERROR_KEYS: ErrorKey[] = [...RAW_FIELDS, 'daysTotal', 'activitiesTotal'];

const root = document.querySelector<HTMLElement>('#calculator');
if (root) enhance(root);

function enhance(root: HTMLElement) {
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('#jp-form');
  const status = $('#jp-status');
  const error = $('#jp-error');
  const rules: LeaveRules = {
    entitlements: [...form.querySelectorAll<HTMLOptionElement>('#jp-yearsOfService option')].map((o) => ({
      yearsOfService: Number(o.value),
      days: Number(o.dataset['days']),
    })),
    publicHolidays: Number(root.dataset['publicHolidays']),
  };
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

  const save = () => {
    const outcome = write(KEY, JSON.stringify(savedState(readForm(), team, new Date())));
    if (outcome !== 'saved') error.textContent = SAVE_PROBLEMS[outcome];
  };
  const aside = setAside({
    key: KEY,
    box: $('.backup'),
    message: $('#jp-backup-message'),
    fileName: 'clinical-capacity-set-aside.txt',
    say,
    discarded: 'The data that could not be used has been discarded.',
  });

  // Errors: a message beside each field, the field marked invalid, and no result.
  const showErrors = (errors: Errors) => {
    for (const key of ERROR_KEYS) {
      const message = errors[key];
      const box = root.querySelector(`#jp-${key}-error`);
      if (box) box.textContent = message ?? '';
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
      ['Available working hours a year', `${n(r.availableHours)} hours`],
      ['Clinical care hours a year', `${n(r.clinicalHours)} hours`],
      ['Share of contracted hours for clinical care', pct(r.clinicalShare)],
      ['Clinical care hours a week, on average', `${n(r.clinicalHoursPerWeek)} hours`],
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
    `Clinical care: ${n(r.clinicalHours)} hours a year, ${pct(r.clinicalShare)} of contracted hours, or ${n(r.clinicalHoursPerWeek)} hours a week on average.`;

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
        const actions = el('td', '', { class: 'no-print' });
        actions.append(
          el('button', 'Edit', {
            type: 'button',
            class: 'btn btn-secondary',
            'data-action': 'edit',
            'data-index': String(i),
            'aria-label': `Edit ${m.person.name}`,
          }),
          ' ',
          el('button', 'Remove', {
            type: 'button',
            class: 'btn btn-secondary',
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
    total.append(el('td', '', { class: 'no-print' }));
    $('#jp-team-table tfoot').replaceChildren(total);
  };
  const teamSize = () =>
    `The team has ${team.length} ${team.length === 1 ? 'person' : 'people'}, with ${n(teamTotals(team).clinicalHoursPerWeek)} clinical care hours a week.`;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const adding = (event.submitter as HTMLButtonElement | null)?.value === 'add';
    const raw = readForm();
    const outcome = readPerson(raw, rules);
    const errors: Errors = outcome.ok ? {} : { ...outcome.errors };
    const badName = adding ? nameError(raw.name) : undefined;
    if (badName) errors.name = badName;
    showErrors(errors);
    const count = Object.keys(errors).length;
    if (!outcome.ok || count > 0) {
      resultBox.hidden = true;
      say(`No result: ${count} ${count === 1 ? 'answer needs' : 'answers need'} correcting. Each is marked beside its field.`);
      firstProblem(errors)?.focus();
      return;
    }
    showResult(outcome.person.name, outcome.result);
    if (adding) {
      team.push({ person: outcome.person, result: outcome.result });
      renderTeam();
      field('name').value = '';
      say(`Added ${outcome.person.name}. ${teamSize()}`);
      form.querySelector<HTMLInputElement>('#jp-name')!.focus();
    } else say(announce(outcome.result));
    save();
  });

  let timer: number | undefined;
  form.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 300);
  });

  const confirmBox = $('.confirm');
  const pasteBox = $<HTMLTextAreaElement>('#jp-paste');
  const actions: Record<string, (index: number) => void> = {
    edit: (i) => {
      const [m] = team.splice(i, 1);
      if (!m) return;
      fillForm(rawFromPerson(m.person, rules));
      showErrors({});
      showResult(m.person.name, m.result);
      renderTeam();
      save();
      say(`${m.person.name} is back in the form and out of the team. Change the figures, then add them to the team again.`);
      form.querySelector<HTMLInputElement>('#jp-hoursPerWeek')!.focus();
    },
    remove: (i) => {
      const [m] = team.splice(i, 1);
      if (!m) return;
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
      const added = outcome.added.length;
      const message = `${added ? `Added ${added} ${added === 1 ? 'person' : 'people'} from the pasted rows.` : 'Nothing was added.'}${rejected}${ignored}`;
      $('#jp-paste-summary').textContent = message;
      say(`${message} ${teamSize()}`);
      for (const r of outcome.rejected) list.append(el('li', `Line ${r.line} (${r.text.replace(/\t/g, ', ').slice(0, 80)}): ${r.reason}`));
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
      remove(KEY);
      fillForm(blankRaw(rules));
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

  // Restore what was saved; anything we cannot use is kept aside for download.
  const stored = read(KEY);
  if (stored.blocked) error.textContent = SAVE_PROBLEMS.blocked;
  aside.restore('Some data saved earlier could not be used by this calculator. You can download it.');
  if (stored.value) {
    const saved = readSaved(parseSaved(stored.value));
    if (!saved.ok)
      aside.keep(
        stored.value,
        `We could not read the figures saved in this browser (${saved.reason}). They have been kept aside: you can download them.`,
      );
    else {
      team = saved.team;
      fillForm(saved.draft);
      if (saved.setAside.length > 0)
        aside.keep(
          JSON.stringify(saved.setAside, null, 1),
          `${saved.setAside.length} saved ${saved.setAside.length === 1 ? 'person’s figures do' : 'people’s figures do'} not pass the calculator’s checks, so they were kept aside: you can download them.`,
        );
      const draft = readPerson(readForm(), rules);
      if (draft.ok && saved.draft.hoursPerWeek) showResult(draft.person.name, draft.result);
    }
  }

  $('.no-js-note').hidden = true;
  $('.capacity-app').hidden = false;
  renderTeam();
}
