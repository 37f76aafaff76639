/**
 * Runs the clinical capacity calculator (src/features/job-planning/CapacityCalculator.astro): checks and
 * calculates one person, keeps the team, reads pasted rows, exports, prints and clears, and
 * saves it all in this browser, in step with the calculator in other tabs. Stored data it cannot
 * use is kept for download, never dropped; editing someone never takes them out of the team.
 * client.ts shows the calculator and loads this on first use, or at once when something is saved,
 * so it may be set up after the visitor has typed: what they typed is kept.
 */
import {
  RAW_FIELDS,
  assumptions,
  formStart,
  nameError,
  rawFromPerson,
  readPerson,
  type Errors,
  type LeaveRules,
  type Person,
} from './capacity';
import type { Member } from './team';
import { teamCsv } from './csv';
import { SAVE_VERSION, readSaved, savedState } from './storage';
import { autosave } from '../../lib/browser/autosave';
import { clearActions } from '../../lib/browser/confirm-clear';
import { setAside } from '../../lib/browser/set-aside';
import { download } from '../../lib/browser/download';
import { pageData } from '../../lib/browser/read-page-data';
import { parseSaved, reportSave, versionedKey, OUT_OF_DATE, SAVE_PROBLEMS } from '../../lib/browser/store';
import { within } from './client-dom';
import { addHiddenParts } from './client-parts';
// Pasting comes with the rest, no longer on its own: all of this loads on first use now (client.ts), and
// one file is smaller than two (issue 25's budget counts everything a tool loads once it is used).
import { pasteRows } from './client-paste';
import { formView } from './client-form';
import { announce, resultView } from './client-result';
import { renderTeam as drawTeam, teamSize as sizeOf } from './client-team';

const KEY = 'ahp-hub:job-planning';

const root = document.querySelector<HTMLElement>('#calculator');
const rules = pageData('jp-data') as LeaveRules | undefined;
if (root && Array.isArray(rules?.entitlements)) enhance(root, rules);

/** The same person's figures (team members are replaced, not changed, so compare by value). */
function samePerson(a: Person, b: Person) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function enhance(root: HTMLElement, rules: LeaveRules) {
  addHiddenParts(root);
  const $ = within(root);
  const form = $<HTMLFormElement>('#jp-form');
  const status = $('#jp-status');
  const error = $('#jp-error');
  const say = (text: string) => (status.textContent = text);
  const view = formView(root, form);
  const { field, showErrors } = view;
  const readForm = view.read;
  const fillForm = view.fill;
  const result = resultView(root);

  let team: Member[] = [];
  /** The team member whose figures are in the form, if any: they stay in the team until saved. */
  let editing: Person | null = null;
  /** What the form held when it was last filled or added from, to tell whether it has changed since (at first, what the page drew). */
  let baseline = formStart(rules);
  /** True while the team has changes this browser could not save (storage full). */
  let unsaved = false;

  // Never written over when a newer version of the calculator has saved there (checked before every save).
  const store = versionedKey(KEY, SAVE_VERSION);
  const save = () => {
    const outcome = store.write(JSON.stringify(savedState(readForm(), team, new Date(), editing)));
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

  const renderTeam = () => drawTeam(root, team);
  /** Where focus goes in the team table: a person's Edit button, found by their figures. */
  const editButtonOf = (p: Person) => {
    const i = team.findIndex((m) => samePerson(m.person, p));
    return root.querySelector<HTMLButtonElement>(`[data-action="edit"][data-index="${i}"]`);
  };

  // Remove can be undone until the team next changes.
  const undoBox = $('.undo');
  let removed: { member: Member; index: number } | null = null;
  const forgetRemoved = () => {
    removed = null;
    undoBox.hidden = true;
  };
  const teamSize = () => sizeOf(team);

  const addButton = $<HTMLButtonElement>('#jp-add');
  const stopButton = $<HTMLButtonElement>('#jp-stop-edit');
  const setEditing = (person: Person | null) => {
    editing = person;
    addButton.textContent = person ? `Save changes to ${person.name}` : 'Add this person to the team';
    stopButton.hidden = !person;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const adding = (event.submitter as HTMLButtonElement | null)?.value === 'add';
    const raw = readForm();
    const outcome = readPerson(raw, rules);
    const errors: Errors = outcome.ok ? {} : { ...outcome.errors };
    const badName = adding ? nameError(raw.name) : undefined;
    if (badName) errors.name = badName;
    showErrors(errors, outcome.ok ? outcome.warnings : {}, outcome.ok ? {} : outcome.involved);
    const count = Object.keys(errors).length;
    if (!outcome.ok || count > 0) {
      result.hide();
      say(
        `No result: ${count} ${count === 1 ? 'answer needs correcting. It is listed at the top of the form, with a link to it.' : 'answers need correcting. They are listed at the top of the form, each with a link to it.'}`,
      );
      view.focusSummary();
      return;
    }
    result.show(outcome.person, outcome.result);
    const question = outcome.warnings.hoursPerWeek ? ` Please check: ${outcome.warnings.hoursPerWeek}` : '';
    if (adding) {
      const member = { person: outcome.person, result: outcome.result };
      const at = editing ? team.findIndex((m) => samePerson(m.person, editing!)) : -1;
      if (at >= 0) team[at] = member;
      else team.push(member);
      setEditing(null);
      forgetRemoved();
      renderTeam();
      field('name').value = '';
      baseline = readForm();
      const assumed = assumptions(outcome.person);
      say(
        `${at >= 0 ? 'Saved the changes to' : 'Added'} ${outcome.person.name}. ${teamSize()}${question}${assumed ? ` For ${outcome.person.name}: ${assumed}` : ''}`,
      );
      view.focus('jp-name');
    } else say(`${announce(outcome.person, outcome.result)}${question}`);
    save();
  });

  form.addEventListener('input', saving.soon);

  const startEdit = (m: Member) => {
    editBox.hidden = true;
    fillForm(rawFromPerson(m.person, rules));
    baseline = readForm();
    setEditing(m.person);
    showErrors({});
    result.show(m.person, m.result);
    save();
    say(`${m.person.name} is in the form and stays in the team. Change the figures, then choose “Save changes to ${m.person.name}”.`);
    view.focus('jp-hoursPerWeek');
  };
  let asked: Member | null = null;

  const confirmBox = $('.confirm');
  const clearing = clearActions(confirmBox, say, () => {
    if (!store.remove()) {
      say(`${OUT_OF_DATE} Nothing was cleared.`);
      return $('#calculator-heading').focus();
    }
    const setAsideCleared = aside.clear() > 0;
    team = [];
    setEditing(null);
    forgetRemoved();
    fillForm(formStart(rules));
    baseline = readForm();
    showErrors({});
    result.hide();
    renderTeam();
    say(
      `The team and the form’s figures${setAsideCleared ? ', and the data set aside that could not be used,' : ''} have been cleared from this browser.`,
    );
    // The panel and its buttons are gone: focus goes to the tool's heading, to start again.
    $('#calculator-heading').focus();
  });
  const editBox = $('.confirm-edit');
  const actions: Record<string, (index: number) => void> = {
    edit: (i) => {
      const m = team[i];
      if (!m) return;
      if (!view.differsFrom(baseline)) return startEdit(m);
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
      const opener = asked && editButtonOf(asked.person);
      asked = null;
      editBox.hidden = true;
      say('The form has not changed.');
      // Back to the Edit button that asked.
      if (opener) opener.focus();
      else view.focus('jp-hoursPerWeek');
    },
    'stop-edit': () => {
      const name = editing?.name ?? '';
      setEditing(null);
      save();
      say(`Stopped editing ${name}, who is still in the team as before. The form’s figures can be added as someone new.`);
      view.focus('jp-name');
    },
    remove: (i) => {
      const [m] = team.splice(i, 1);
      if (!m) return;
      if (editing && samePerson(editing, m.person)) setEditing(null);
      renderTeam();
      save();
      say(`Removed ${m.person.name}. ${teamSize()}`);
      removed = { member: m, index: i };
      $('#jp-undo-message').textContent = `Removed ${m.person.name} from the team.`;
      $('#jp-undo').textContent = `Undo: put ${m.person.name} back`;
      undoBox.hidden = false;
      // The Remove button has gone with its row: focus goes to the undo, the likeliest next step.
      $('#jp-undo').focus();
    },
    'undo-remove': () => {
      if (!removed) return;
      const { member, index } = removed;
      team.splice(Math.min(index, team.length), 0, member);
      forgetRemoved();
      renderTeam();
      save();
      say(`Put ${member.person.name} back in the team. ${teamSize()}`);
      editButtonOf(member.person)?.focus();
    },
    paste: () => {
      let assuming = 0;
      const report = pasteRows(root, rules, (added) => {
        forgetRemoved();
        team.push(...added);
        assuming = added.filter((m) => assumptions(m.person)).length;
        renderTeam();
        save();
      });
      // Blank sickness and non-clinical cells mean 0 (as the table of columns says): say whom that touches.
      const note = assuming
        ? ` ${assuming === 1 ? '1 person has' : `${assuming} people have`} no sickness allowance or no non-clinical time in the pasted rows: their figures assume none.`
        : '';
      say(report.read ? `${report.message} ${teamSize()}${note}` : report.message);
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
    ...clearing,
    // Cancel hides the confirmation and its own button: focus goes back to the button that opened it.
    'cancel-clear': () => {
      clearing['cancel-clear']();
      $('[data-action="clear"]').focus();
    },
    ...aside.actions,
    // Discarding hides the notice and its buttons: focus goes to the tool's heading.
    'discard-backup': () => {
      aside.actions['discard-backup']();
      $('#calculator-heading').focus();
    },
  };
  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const action = button && actions[button.dataset['action']!];
    if (action) action(Number(button.dataset['index']));
  });

  // Another tab saved: take its team (this tab's form is its own, so it is left alone).
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY && event.key !== null) return;
    if (store.outdated || store.seen(event.newValue)) {
      error.textContent = OUT_OF_DATE;
      return;
    }
    if (unsaved) {
      say('The team was changed in another tab, but this tab has changes it could not save. Export them to keep them.');
      return;
    }
    if (event.newValue === null) {
      if (team.length === 0) return;
      team = [];
      setEditing(null);
      forgetRemoved();
      renderTeam();
      say('The team was cleared in another tab.');
      return;
    }
    const saved = readSaved(parseSaved(event.newValue));
    if (!saved.ok || JSON.stringify(saved.team.map((m) => m.person)) === JSON.stringify(team.map((m) => m.person))) return;
    team = saved.team;
    if (editing && !team.some((m) => samePerson(m.person, editing!))) setEditing(null);
    forgetRemoved();
    renderTeam();
    say(`The team was changed in another tab. ${teamSize()}`);
  });

  // Restore what was saved when the page opened (client.ts marks the calculator data-saved then);
  // anything we cannot use is kept aside for download. Without the mark nothing was saved then, and
  // a team another tab has saved since arrives as its storage event, as it would have on this page.
  // Data from a newer version is left as it is; anything else set aside is kept once, then saved without.
  const stored = store.read();
  if (stored.blocked) error.textContent = SAVE_PROBLEMS.blocked;
  aside.restore('Some data saved earlier could not be used by this calculator. You can download it.');
  if (store.outdated) error.textContent = OUT_OF_DATE;
  else if (stored.value && root.dataset['saved'] !== undefined) {
    const saved = readSaved(parseSaved(stored.value));
    if (!saved.ok) {
      if (aside.keep(stored.value, `We could not read the figures saved in this browser (${saved.reason}).`)) store.remove();
    } else {
      team = saved.team;
      // Figures typed before this script arrived win over the saved ones (their input events follow).
      const start = formStart(rules);
      const typed = readForm();
      fillForm({ ...saved.draft, ...Object.fromEntries(RAW_FIELDS.filter((f) => typed[f] !== start[f]).map((f) => [f, typed[f]])) });
      // Saved again without them once they are set aside, so the next visit does not set them aside again.
      const resave =
        saved.setAside.length > 0 &&
        aside.keep(
          JSON.stringify(saved.setAside, null, 1),
          `${saved.setAside.length} saved ${saved.setAside.length === 1 ? 'person’s figures do' : 'people’s figures do'} not pass the calculator’s checks.`,
        );
      baseline = readForm();
      const draft = readPerson(baseline, rules);
      if (draft.ok && saved.draft.hoursPerWeek) result.show(draft.person, draft.result);
      // A reload while editing someone: the form is still theirs, so saving replaces them.
      if (saved.editing) {
        const name = saved.editing.name;
        const member = team.find((m) => samePerson(m.person, saved.editing!));
        if (member) {
          setEditing(member.person);
          say(
            `You are still editing ${name}: the form holds your changes. Choose “Save changes to ${name}” to keep them, or “Stop editing”.`,
          );
        } else
          say(`You were editing ${name}, who is no longer in the team as they were. The form’s figures would be added as someone new.`);
      }
      if (resave) save();
    }
  }

  // client.ts has already shown the calculator in place of the note for use without JavaScript.
  renderTeam();
}
