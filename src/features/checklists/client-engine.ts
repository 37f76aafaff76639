/**
 * The rest of a ChecklistTool's script, loaded when the checklist is first used (client.ts, the
 * page's entry, has shown the tool bar by then): reads the checklist from the page's data block,
 * restores saved answers, keeps what was chosen or typed before it arrived, saves on every change
 * (and at once when the page is hidden or left), keeps in step with the same checklist in other
 * tabs, shows progress, and handles export, import, print and clearing. Bad stored data or a bad
 * file never replaces what the user has, and answers saved by a newer version of the checklist (in
 * another tab, or before this page was reloaded) are never written over: this page then says it is
 * out of date and saves nothing.
 */
import {
  applyImport,
  countGiven,
  describeProgress,
  describeSummary,
  emptyState,
  isGiven,
  mergeAnswers,
  parseImport,
  plural,
  progress,
  readState,
  replacedByImport,
  toChecklistCsv,
  toChecklistMarkdown,
  type Answer,
  type ChecklistDefinition,
  type SavedChecklist,
} from './checklist';
import { autosave } from '../../lib/browser/autosave';
import { clearActions } from '../../lib/browser/confirm-clear';
import { setAside } from '../../lib/browser/set-aside';
import { download } from '../../lib/browser/download';
import { pageData } from '../../lib/browser/read-page-data';
import { parseSaved, reportSave, versionedKey, OUT_OF_DATE, SAVE_PROBLEMS } from '../../lib/browser/store';

const root = document.querySelector<HTMLElement>('.checklist[data-checklist]');
const definition = pageData('checklist-data') as ChecklistDefinition | undefined;
if (root && Array.isArray(definition?.sections)) enhance(root, definition);

function enhance(el: HTMLElement, def: ChecklistDefinition) {
  const key = `ahp-hub:checklist:${def.id}`;
  const store = versionedKey(key, def.version);
  const $ = <T extends HTMLElement>(sel: string) => el.querySelector<T>(sel)!;
  const form = $('.check-form');
  const heading = $('#tool-heading');
  const status = $('#tool-status');
  const error = $('#tool-error');
  const say = (text: string) => {
    if (error.textContent !== OUT_OF_DATE) error.textContent = '';
    status.textContent = text;
  };
  const outOfDate = () => (error.textContent = OUT_OF_DATE);

  let state: SavedChecklist = emptyState(def);
  /** Items changed in this tab since its last save: only these are written over another tab's answers. */
  const changed = new Set<string>();
  const aside = setAside({
    key,
    box: $('.backup'),
    message: $('#backup-message'),
    fileName: `${def.id}-set-aside.txt`,
    say,
    discarded: 'The set-aside answers have been discarded.',
    afterDiscard: heading,
  });
  const keepAside = (answers: Record<string, Answer>) =>
    aside.keep(
      JSON.stringify({ checklist: def.id, answers }, null, 1),
      'This checklist has changed since you last used it, so some saved answers could not be used.',
    );

  // Restore: anything we cannot use is kept as a backup the user can download, once; newer data is left alone.
  const stored = store.read();
  if (stored.blocked) error.textContent = SAVE_PROBLEMS.blocked;
  aside.restore('Some answers saved earlier could not be used with this version of the checklist. You can download them.');
  if (store.outdated) outOfDate();
  else if (stored.value) {
    const result = readState(def, parseSaved(stored.value));
    if (result.ok) {
      state = result.state;
      const migrated = Object.keys(result.setAside).length === 0 || keepAside(result.setAside);
      // Saved at once in this version's form, so the next visit neither migrates nor sets aside again.
      if (migrated && stored.value !== JSON.stringify(state)) store.write(JSON.stringify(state));
    } else if (aside.keep(stored.value, `We could not read the answers saved in this browser (${result.reason}).`)) store.remove();
  }

  // This script arrives once the checklist is in use: an answer chosen or a note typed before then is
  // kept, not replaced by what was saved (the events that carried it are handed over next, and save it).
  for (const item of def.sections.flatMap((s) => s.items)) {
    const saved = state.answers[item.id] ?? { status: '', note: '' };
    const given = {
      status: form.querySelector<HTMLInputElement>(`input[name="status-${item.id}"]:checked`)?.value ?? saved.status,
      note: form.querySelector<HTMLTextAreaElement>(`#note-${item.id}`)?.value || saved.note,
    };
    if (given.status !== saved.status || given.note !== saved.note) {
      state.answers[item.id] = given;
      changed.add(item.id);
    }
  }

  const render = () => {
    for (const item of def.sections.flatMap((s) => s.items)) {
      const a = state.answers[item.id];
      const radio = form.querySelector<HTMLInputElement>(`input[name="status-${item.id}"][value="${a?.status ?? ''}"]`);
      if (radio && !radio.checked) radio.checked = true;
      // Only when it differs, so a note being typed keeps its cursor when another tab's answers arrive.
      const note = form.querySelector<HTMLTextAreaElement>(`#note-${item.id}`);
      if (note && note.value !== (a?.note ?? '')) note.value = a?.note ?? '';
    }
    updateProgress();
  };

  const updateProgress = () => {
    const all = progress(def, state);
    for (const p of all) el.querySelector(`[data-progress-for="${p.id}"]`)!.textContent = describeProgress(def, p);
    $('#tool-summary').textContent = describeSummary(all);
  };

  const undoBox = $('.undo-import');
  /** The answers as they were before the last import, while it can still be undone. */
  let beforeImport: SavedChecklist | null = null;
  /** Another tab's saved answers, with this tab's unsaved changes on top; its answers this version cannot use are set aside. */
  const bringIn = (raw: string | null) => {
    const other = raw === null ? { ok: true as const, state: emptyState(def), setAside: {} } : readState(def, parseSaved(raw));
    if (!other.ok) return false;
    if (Object.keys(other.setAside).length > 0) keepAside(other.setAside);
    state = mergeAnswers(other.state, state, changed);
    render();
    return true;
  };
  const save = () => {
    // Storage events arrive a moment late: start from what is stored now, so a change just made in another tab survives.
    const latest = store.read().value;
    if (!store.outdated && latest !== null) bringIn(latest);
    state.savedAt = new Date().toISOString();
    const result = store.write(JSON.stringify(state));
    if (result === 'saved') changed.clear();
    reportSave(result, error);
  };
  const saving = autosave(save, 250);
  window.addEventListener('storage', (event) => {
    if (event.key !== key && event.key !== null) return;
    if (store.outdated || store.seen(event.newValue)) outOfDate();
    else if (bringIn(event.newValue)) {
      // An undo now would also take away what the other tab saved, so it is no longer offered.
      beforeImport = null;
      undoBox.hidden = true;
      status.textContent = 'Answers changed in another tab have been brought in.';
    }
  });

  const answerFor = (id: string): Answer => (state.answers[id] ??= { status: '', note: '' });
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const item = target.closest<HTMLElement>('[data-item]')?.dataset['item'];
    if (!item) return;
    if (target instanceof HTMLInputElement && target.type === 'radio') answerFor(item).status = target.value;
    else answerFor(item).note = target.value;
    changed.add(item);
    // An undo now would take this change away too, so it is no longer offered.
    beforeImport = null;
    undoBox.hidden = true;
    updateProgress();
    saving.soon();
  });

  /** Puts `next` in place of every answer and saves it. */
  const replaceAll = (next: SavedChecklist) => {
    state = next;
    for (const item of def.sections.flatMap((s) => s.items)) changed.add(item.id);
    render();
    save();
  };

  // Import: errors go in a summary at the top, linked to the file field; answers that differ are asked about first.
  const input = $<HTMLInputElement>('#tool-import');
  const summary = $('.error-summary');
  const fieldError = $('#tool-import-error');
  const showImportError = (text: string) => {
    $('#error-summary-link').textContent = text;
    fieldError.textContent = `Error: ${text}`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', fieldError.id);
    summary.hidden = false;
    summary.focus();
  };
  const clearImportError = () => {
    summary.hidden = true;
    fieldError.textContent = '';
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  };
  $('#error-summary-link').addEventListener('click', (event) => {
    event.preventDefault();
    input.focus();
  });
  const importBox = $('.import-confirm');
  let pending: { state: SavedChecklist; message: string } | null = null;
  const finishImport = (next: SavedChecklist, message: string) => {
    beforeImport = state;
    replaceAll(next);
    undoBox.hidden = false;
    say(error.textContent === OUT_OF_DATE ? `${OUT_OF_DATE} The imported answers are shown but were not saved.` : message);
  };
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    importBox.hidden = true;
    if (store.outdated) return say(`${OUT_OF_DATE} Nothing was imported.`);
    const cannot = (why: string) => showImportError(`${file.name} could not be imported: ${why}. Your answers have not changed.`);
    if (file.size > 1_000_000) return cannot('it is too large to be a checklist');
    const result = parseImport(def, await file.text());
    if (!result.ok) return cannot(result.reason);
    clearImportError();
    const given = Object.values(result.state.answers).filter(isGiven).length;
    const unknown = Object.values(result.setAside).filter(isGiven).length;
    const ignored = unknown
      ? ` ${plural(unknown, 'answer')} in the file ${unknown === 1 ? 'was' : 'were'} not recognised (${unknown === 1 ? 'its question is' : 'their questions are'} not in this checklist) and ${unknown === 1 ? 'was' : 'were'} not imported.`
      : '';
    const replacing = replacedByImport(state, result.state).length;
    const message = `Imported ${plural(given, 'answer')} from ${file.name}.${replacing ? ` ${plural(replacing, 'answer')} of yours ${replacing === 1 ? 'was' : 'were'} replaced.` : ''}${ignored}`;
    const next = applyImport(state, result.state);
    if (replacing === 0) return finishImport(next, message);
    pending = { state: next, message };
    $('#import-title').textContent = `Replace ${plural(replacing, 'of your answers', 'of your answers')} with the file’s?`;
    $('#import-warning').textContent =
      `${plural(replacing, 'answer')} you have given ${replacing === 1 ? 'differs' : 'differ'} from ${file.name}. Importing it replaces ${replacing === 1 ? 'it' : 'them'} with the file’s ${replacing === 1 ? 'answer' : 'answers'}; you can undo the import afterwards.${ignored}`;
    $('#confirm-import').textContent = `Yes, replace ${plural(replacing, 'answer')}`;
    importBox.hidden = false;
    importBox.querySelector<HTMLButtonElement>('[data-action="cancel-import"]')!.focus();
  });

  const confirmBox = $('.confirm');
  const fileName = (ext: string) => `${def.id}-${new Date().toISOString().slice(0, 10)}.${ext}`;
  const clearing = clearActions(confirmBox, say, () => {
    heading.focus();
    if (store.outdated || !store.remove()) return say(`${OUT_OF_DATE} Nothing was cleared.`);
    const { answers, notes } = countGiven(state);
    const setAsideCount = aside.clear();
    state = emptyState(def);
    changed.clear();
    beforeImport = null;
    undoBox.hidden = true;
    render();
    const what = [answers && plural(answers, 'answer'), notes && plural(notes, 'note'), setAsideCount && 'the answers set aside'].filter(
      Boolean,
    );
    say(
      what.length
        ? `All answers have been cleared from this browser: ${what.join(', ').replace(/, ([^,]*)$/, ' and $1')}.`
        : 'There were no answers in this browser to clear.',
    );
  });
  const actions: Record<string, () => void> = {
    'export-csv': () => {
      download(fileName('csv'), toChecklistCsv(def, state), 'text/csv');
      say(`Your answers have been exported as a CSV file, ${fileName('csv')}.`);
    },
    'export-md': () => {
      download(fileName('md'), toChecklistMarkdown(def, state), 'text/markdown');
      say(`Your answers have been exported as a Markdown file, ${fileName('md')}.`);
    },
    print: () => window.print(),
    ...clearing,
    clear: () => {
      $('#confirm-warning').textContent =
        `This removes every answer and note from this browser${aside.count ? ', and the answers set aside that could not be used' : ''}. Export them first if you want to keep them.`;
      clearing.clear();
    },
    'confirm-import': () => {
      importBox.hidden = true;
      if (pending) finishImport(pending.state, pending.message);
      pending = null;
      // The button pressed has gone with its box: focus the undo it offers.
      undoBox.querySelector<HTMLButtonElement>('button')!.focus();
    },
    'cancel-import': () => {
      importBox.hidden = true;
      pending = null;
      say('Nothing was imported. Your answers have not changed.');
      input.focus();
    },
    'undo-import': () => {
      undoBox.hidden = true;
      if (beforeImport) {
        replaceAll(beforeImport);
        say('The import has been undone: your answers are as they were before it.');
      }
      beforeImport = null;
      input.focus();
    },
    ...aside.actions,
  };
  el.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (action && actions[action]) actions[action]();
  });

  render();
  // Printed, the checklist now shows only each question's chosen answer, as render has chosen one for each
  // (until then a print shows every answer, to fill in on paper).
  el.classList.add('enhanced');
}
