/**
 * Enhances a ChecklistTool: reads the checklist from the page's data block, restores saved
 * answers, saves on every change (and at once when the page is hidden or left), keeps in step
 * with the same checklist in other tabs, shows progress, and handles export, import, print and
 * clearing. Bad stored data or a bad file never replaces what the user has.
 */
import {
  describeProgress,
  emptyState,
  mergeAnswers,
  parseImport,
  progress,
  readState,
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
import { parseSaved, read, remove, reportSave, write, SAVE_PROBLEMS } from '../../lib/browser/store';

const root = document.querySelector<HTMLElement>('.checklist[data-checklist]');
const definition = pageData('checklist-data') as ChecklistDefinition | undefined;
if (root && Array.isArray(definition?.sections)) enhance(root, definition);

function enhance(el: HTMLElement, def: ChecklistDefinition) {
  const key = `ahp-hub:checklist:${def.id}`;
  const $ = <T extends HTMLElement>(sel: string) => el.querySelector<T>(sel)!;
  const form = $('.check-form');
  const status = $('#tool-status');
  const error = $('#tool-error');
  const say = (text: string) => {
    error.textContent = '';
    status.textContent = text;
  };
  const fail = (text: string) => {
    status.textContent = '';
    error.textContent = text;
  };

  let state: SavedChecklist = emptyState(def);
  const aside = setAside({
    key,
    box: $('.backup'),
    message: $('#backup-message'),
    fileName: `${def.id}-set-aside.txt`,
    say,
    discarded: 'The set-aside answers have been discarded.',
  });

  // Restore: anything we cannot use is kept as a backup the user can download.
  const stored = read(key);
  if (stored.blocked) fail(SAVE_PROBLEMS.blocked);
  aside.restore('Some answers saved earlier could not be used with this version of the checklist. You can download them.');
  if (stored.value) {
    const result = readState(def, parseSaved(stored.value));
    if (result.ok) {
      state = result.state;
      if (Object.keys(result.setAside).length > 0)
        aside.keep(
          JSON.stringify({ checklist: def.id, answers: result.setAside }, null, 1),
          'This checklist has changed since you last used it, so some saved answers could not be used.',
        );
    } else {
      aside.keep(stored.value, `We could not read the answers saved in this browser (${result.reason}).`);
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
    const answered = all.reduce((n, p) => n + p.answered, 0);
    const total = all.reduce((n, p) => n + p.total, 0);
    $('#tool-summary').textContent = `You have answered ${answered} of ${total}.`;
  };

  /** Items changed in this tab since its last save: only these are written over another tab's answers. */
  const changed = new Set<string>();
  /** Another tab's saved answers, with this tab's unsaved changes on top. */
  const bringIn = (raw: string | null) => {
    const other = raw === null ? { ok: true as const, state: emptyState(def) } : readState(def, parseSaved(raw));
    if (!other.ok) return false;
    state = mergeAnswers(other.state, state, changed);
    render();
    return true;
  };
  const save = () => {
    // Storage events arrive a moment late: start from what is stored now, so a change just made in another tab survives.
    const latest = read(key).value;
    if (latest !== null) bringIn(latest);
    state.savedAt = new Date().toISOString();
    const result = write(key, JSON.stringify(state));
    if (result === 'saved') changed.clear();
    reportSave(result, error);
  };
  const saving = autosave(save, 250);
  window.addEventListener('storage', (event) => {
    if ((event.key === key || event.key === null) && bringIn(event.newValue))
      status.textContent = 'Answers changed in another tab have been brought in.';
  });

  const answerFor = (id: string): Answer => (state.answers[id] ??= { status: '', note: '' });
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const item = target.closest<HTMLElement>('[data-item]')?.dataset['item'];
    if (!item) return;
    if (target instanceof HTMLInputElement && target.type === 'radio') answerFor(item).status = target.value;
    else answerFor(item).note = target.value;
    changed.add(item);
    updateProgress();
    saving.soon();
  });

  const confirmBox = $('.confirm');
  const fileName = (ext: string) => `${def.id}-${new Date().toISOString().slice(0, 10)}.${ext}`;
  const actions: Record<string, () => void> = {
    'export-csv': () => download(fileName('csv'), toChecklistCsv(def, state), 'text/csv'),
    'export-md': () => download(fileName('md'), toChecklistMarkdown(def, state), 'text/markdown'),
    print: () => window.print(),
    ...clearActions(confirmBox, say, () => {
      state = emptyState(def);
      changed.clear();
      remove(key);
      render();
      say('All answers have been cleared from this browser.');
    }),
    ...aside.actions,
  };
  el.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (action && actions[action]) actions[action]();
  });

  const input = $<HTMLInputElement>('#tool-import');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 1_000_000)
      return fail(`We could not import ${file.name}: it is too large to be a checklist. Your answers have not changed.`);
    const result = parseImport(def, await file.text());
    if (!result.ok) return fail(`We could not import ${file.name}: ${result.reason}. Your answers have not changed.`);
    state = result.state;
    for (const item of def.sections.flatMap((s) => s.items)) changed.add(item.id);
    render();
    save();
    say(`Imported ${Object.keys(state.answers).length} answers from ${file.name}.`);
  });

  $('.no-js-note').hidden = true;
  $('.tool-bar').hidden = false;
  el.classList.add('enhanced');
  render();
}
