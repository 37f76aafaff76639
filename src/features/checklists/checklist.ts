/**
 * The checklist engine's pure logic, shared by every checklist tool (greener actions, the
 * inequalities reflection, the support workforce readiness toolkit): answer state, reading
 * what was stored (with migration and nothing silently dropped), progress, and the CSV and
 * Markdown files users export and import.
 */
import { parseCsv, toCsv, unneutralise } from '../../lib/csv';

export type Mode = 'progress' | 'yes-no';
/** A question as the browser needs it: its prompts are on the page, but not in its data block (the script never uses them). */
interface ChecklistItem {
  id: string;
  text: string;
}
interface ChecklistSection {
  id: string;
  title: string;
  intro?: string | undefined;
  items: ChecklistItem[];
}
export interface ChecklistDefinition {
  id: string;
  title: string;
  version: number;
  mode: Mode;
  sections: ChecklistSection[];
}

export const STATUSES: Record<Mode, Record<string, string>> = {
  progress: { '': 'Not started', planned: 'Planned', doing: 'Doing', done: 'Done' },
  'yes-no': { '': 'Not answered', yes: 'Yes', no: 'No' },
};

export interface Answer {
  status: string;
  note: string;
}
export interface SavedChecklist {
  checklist: string;
  version: number;
  savedAt: string;
  answers: Record<string, Answer>;
}

export function emptyState(def: ChecklistDefinition): SavedChecklist {
  return { checklist: def.id, version: def.version, savedAt: '', answers: {} };
}

const itemIds = (def: ChecklistDefinition) => new Set(def.sections.flatMap((s) => s.items.map((i) => i.id)));

export type ReadResult = { ok: true; state: SavedChecklist; setAside: Record<string, Answer> } | { ok: false; reason: string };

/**
 * Checks a parsed value against the checklist: it must be this checklist's data, from this or
 * an older version. Answers to items that no longer exist are returned in setAside, never lost.
 */
export function readState(def: ChecklistDefinition, value: unknown): ReadResult {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'it is not checklist data' };
  const v = value as Partial<SavedChecklist>;
  if (v.checklist !== def.id)
    return { ok: false, reason: `it belongs to a different checklist (${String(v.checklist ?? 'unnamed').slice(0, 60)})` };
  if (typeof v.version !== 'number' || v.version > def.version)
    return { ok: false, reason: 'it comes from a newer or unknown version of this checklist' };
  if (typeof v.answers !== 'object' || v.answers === null) return { ok: false, reason: 'it has no answers in it' };
  const known = itemIds(def);
  const allowed = STATUSES[def.mode];
  // Entries, then Object.fromEntries: an id such as "__proto__" stays an ordinary key.
  const answers: [string, Answer][] = [];
  const setAside: [string, Answer][] = [];
  for (const [id, raw] of Object.entries(v.answers)) {
    const a = raw as Partial<Answer> | null;
    const answer = { status: typeof a?.status === 'string' ? a.status : '', note: typeof a?.note === 'string' ? a.note : '' };
    // Own properties only: "toString" or "__proto__" is not a status.
    if (known.has(id) && Object.hasOwn(allowed, answer.status)) answers.push([id, answer]);
    else setAside.push([id, answer]);
  }
  const savedAt = typeof v.savedAt === 'string' ? v.savedAt : '';
  return {
    ok: true,
    state: { checklist: def.id, version: def.version, savedAt, answers: Object.fromEntries(answers) },
    setAside: Object.fromEntries(setAside),
  };
}

/**
 * Another tab's saved answers with this tab's own unsaved changes on top: each tab writes only
 * the items it changed, so neither undoes the other's work.
 */
export function mergeAnswers(stored: SavedChecklist, mine: SavedChecklist, changed: Iterable<string>): SavedChecklist {
  const answers = { ...stored.answers };
  for (const id of changed) {
    const answer = mine.answers[id];
    if (answer) answers[id] = answer;
  }
  return { ...mine, answers };
}

export interface SectionProgress {
  id: string;
  answered: number;
  total: number;
  /** Count per status value, for "2 done, 1 doing". */
  byStatus: Record<string, number>;
}

export function progress(def: ChecklistDefinition, state: SavedChecklist): SectionProgress[] {
  return def.sections.map((s) => {
    const byStatus: Record<string, number> = {};
    let answered = 0;
    for (const item of s.items) {
      const status = state.answers[item.id]?.status ?? '';
      if (status) {
        answered += 1;
        byStatus[status] = (byStatus[status] ?? 0) + 1;
      }
    }
    return { id: s.id, answered, total: s.items.length, byStatus };
  });
}

export function describeProgress(def: ChecklistDefinition, p: SectionProgress): string {
  const labels = STATUSES[def.mode];
  const parts = Object.keys(labels)
    .filter((k) => k && p.byStatus[k])
    .map((k) => `${p.byStatus[k]} ${labels[k]!.toLowerCase()}`);
  return `${p.answered} of ${p.total} answered${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** The tool bar's line for the whole checklist, from its sections' progress: "You have answered 3 of 39." */
export function describeSummary(all: SectionProgress[]): string {
  const answered = all.reduce((n, p) => n + p.answered, 0);
  const total = all.reduce((n, p) => n + p.total, 0);
  return `You have answered ${answered} of ${total}.`;
}

const CSV_HEADER = ['checklist', 'version', 'section', 'item', 'question', 'status', 'note'];

export function toChecklistCsv(def: ChecklistDefinition, state: SavedChecklist): string {
  const rows: (string | number)[][] = [CSV_HEADER];
  for (const s of def.sections)
    for (const i of s.items) {
      const a = state.answers[i.id];
      rows.push([def.id, def.version, s.title, i.id, i.text, STATUSES[def.mode][a?.status ?? ''] ?? '', a?.note ?? '']);
    }
  return toCsv(rows);
}

/**
 * A note's text as written in the Markdown export. Each line is quoted ("> "), so no note line can
 * pass for the file's own markers, and "<!--" is escaped as "\<!--" (with any backslashes before it
 * doubled), so a Markdown viewer does not hide the rest of the file as a comment; unescapeNote undoes it.
 */
export const escapeNote = (note: string): string => note.replace(/(\\*)<!--/g, (_, b: string) => `${b}${b}\\<!--`);
export const unescapeNote = (text: string): string =>
  text.replace(/(\\+)<!--/g, (all, b: string) => (b.length % 2 === 1 ? `${'\\'.repeat((b.length - 1) / 2)}<!--` : all));

export function toChecklistMarkdown(def: ChecklistDefinition, state: SavedChecklist): string {
  const lines = [`# ${def.title}`, '', `<!-- checklist: ${def.id}; version: ${def.version} -->`, ''];
  for (const s of def.sections) {
    lines.push(`## ${s.title}`, '');
    for (const i of s.items) {
      const a = state.answers[i.id];
      lines.push(`### ${i.text}`, `<!-- item: ${i.id} -->`, '', `Answer: ${STATUSES[def.mode][a?.status ?? '']}`, '');
      if (a?.note)
        lines.push(
          ...escapeNote(a.note)
            .split(/\r?\n/)
            .map((l) => `> ${l}`),
          '',
        );
    }
  }
  return lines.join('\n');
}

const statusFromLabel = (def: ChecklistDefinition, label: string): string | undefined =>
  Object.entries(STATUSES[def.mode]).find(([, l]) => l.toLowerCase() === label.trim().toLowerCase())?.[0];

const badAnswer = (label: string) => ({ ok: false as const, reason: `an answer ("${label.slice(0, 30)}") is not one this checklist uses` });

/**
 * Reads an exported CSV or Markdown file back, or explains why it cannot. Never partially applies.
 * Answers to questions this checklist does not have come back in setAside, for the tool to count.
 * Markdown is read line by line: only a line that is a marker on its own counts as one, so a note
 * (every line of which is quoted) can never start an item or end one.
 */
export function parseImport(def: ChecklistDefinition, text: string): ReadResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'the file is empty' };
  const answers: [string, Answer][] = [];
  let checklist = '';
  let version = NaN;
  if (trimmed.startsWith('#')) {
    const lines = trimmed.split(/\r?\n/);
    const head = lines.map((l) => /^<!-- checklist: ([a-z0-9-]+); version: (\d+) -->$/.exec(l.trim())).find((m) => m !== null);
    if (!head) return { ok: false, reason: 'it is not a checklist exported from AHP Hub' };
    checklist = head[1]!;
    version = Number(head[2]);
    let current: { id: string; answer: string | undefined; note: string[] } | undefined;
    const finish = () => {
      if (!current) return undefined;
      const status = statusFromLabel(def, current.answer ?? '');
      if (status === undefined) return badAnswer(current.answer ?? '');
      answers.push([current.id, { status, note: unescapeNote(current.note.join('\n')) }]);
      return undefined;
    };
    for (const line of lines) {
      const item = /^<!-- item: ([a-z0-9-]+) -->$/.exec(line.trim());
      if (item) {
        const bad = finish();
        if (bad) return bad;
        current = { id: item[1]!, answer: undefined, note: [] };
      } else if (current && current.answer === undefined && line.startsWith('Answer: ')) current.answer = line.slice(8);
      else if (current && (line.startsWith('> ') || line === '>')) current.note.push(line.slice(2));
    }
    const bad = finish();
    if (bad) return bad;
  } else {
    let rows: string[][];
    try {
      rows = parseCsv(trimmed);
    } catch (e) {
      return { ok: false, reason: `the file could not be read as CSV: ${(e as Error).message}` };
    }
    if (rows[0]?.join(',') !== CSV_HEADER.join(',')) return { ok: false, reason: 'it is not a checklist exported from AHP Hub' };
    for (const row of rows.slice(1)) {
      const [list, ver, , id, , label, note] = row;
      checklist = list ?? '';
      version = Number(ver);
      const status = statusFromLabel(def, label ?? '');
      if (!id || status === undefined) return badAnswer(label ?? '');
      answers.push([id, { status, note: unneutralise(note ?? '') }]);
    }
  }
  // Entries, then Object.fromEntries: an id such as "__proto__" stays an ordinary key.
  return readState(def, { checklist, version, savedAt: '', answers: Object.fromEntries(answers) });
}

/** An answer with something in it: a status chosen or a note written. */
export const isGiven = (a: Answer | undefined): boolean => Boolean(a && (a.status || a.note));

/** How many answers and notes a saved state holds. */
export function countGiven(state: SavedChecklist): { answers: number; notes: number } {
  const all = Object.values(state.answers);
  return { answers: all.filter((a) => a.status).length, notes: all.filter((a) => a.note).length };
}

/** The items whose answer the user has given and an imported file would change: these are asked about first. */
export function replacedByImport(current: SavedChecklist, imported: SavedChecklist): string[] {
  return Object.entries(imported.answers)
    .filter(([id, a]) => {
      const mine = current.answers[id];
      return isGiven(mine) && (mine!.status !== a.status || mine!.note !== a.note);
    })
    .map(([id]) => id);
}

/** The answers after an import: the file's answers, and the user's own to any question the file leaves out. */
export function applyImport(current: SavedChecklist, imported: SavedChecklist): SavedChecklist {
  return { ...current, answers: { ...current.answers, ...imported.answers } };
}

/** "1 answer", "3 answers". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
