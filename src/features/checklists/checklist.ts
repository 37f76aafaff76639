/**
 * The checklist engine's pure logic, shared by every checklist tool (greener actions, the
 * inequalities reflection, the support workforce readiness toolkit): answer state, reading
 * what was stored (with migration and nothing silently dropped), progress, and the CSV and
 * Markdown files users export and import.
 */
import { parseCsv, toCsv, unneutralise } from '../../lib/csv';

export type Mode = 'progress' | 'yes-no';
export interface ChecklistItem {
  id: string;
  text: string;
  prompts: string[];
}
export interface ChecklistSection {
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

export function toChecklistMarkdown(def: ChecklistDefinition, state: SavedChecklist): string {
  const lines = [`# ${def.title}`, '', `<!-- checklist: ${def.id}; version: ${def.version} -->`, ''];
  for (const s of def.sections) {
    lines.push(`## ${s.title}`, '');
    for (const i of s.items) {
      const a = state.answers[i.id];
      lines.push(`### ${i.text}`, `<!-- item: ${i.id} -->`, '', `Answer: ${STATUSES[def.mode][a?.status ?? '']}`, '');
      if (a?.note) lines.push(...a.note.split(/\r?\n/).map((l) => `> ${l}`), '');
    }
  }
  return lines.join('\n');
}

const statusFromLabel = (def: ChecklistDefinition, label: string): string | undefined =>
  Object.entries(STATUSES[def.mode]).find(([, l]) => l.toLowerCase() === label.trim().toLowerCase())?.[0];

/** Reads an exported CSV or Markdown file back, or explains why it cannot. Never partially applies. */
export function parseImport(def: ChecklistDefinition, text: string): ReadResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'the file is empty' };
  const answers: Record<string, Answer> = {};
  let checklist = '';
  let version = NaN;
  if (trimmed.startsWith('#')) {
    const head = /<!-- checklist: ([a-z0-9-]+); version: (\d+) -->/.exec(trimmed);
    if (!head) return { ok: false, reason: 'it is not a checklist exported from AHP Hub' };
    checklist = head[1]!;
    version = Number(head[2]);
    for (const block of trimmed.split(/<!-- item: /).slice(1)) {
      const id = /^([a-z0-9-]+) -->/.exec(block)?.[1];
      const answer = /^Answer: (.*)$/m.exec(block)?.[1] ?? '';
      const status = statusFromLabel(def, answer);
      if (!id || status === undefined) return { ok: false, reason: `an answer ("${answer.slice(0, 30)}") is not one this checklist uses` };
      const note = block
        .split('\n')
        .filter((l) => l.startsWith('> ') || l === '>')
        .map((l) => l.slice(2))
        .join('\n');
      answers[id] = { status, note };
    }
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
      if (!id || status === undefined)
        return { ok: false, reason: `an answer ("${(label ?? '').slice(0, 30)}") is not one this checklist uses` };
      answers[id] = { status, note: unneutralise(note ?? '') };
    }
  }
  return readState(def, { checklist, version, savedAt: '', answers });
}
