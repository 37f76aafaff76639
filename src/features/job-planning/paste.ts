/**
 * Rows pasted from a spreadsheet (or a file this calculator exported) read into team members.
 * Each row gets the same checks as the form; a row that fails is returned with why, never dropped.
 */
import { nameError, readPerson, type ErrorKey, type LeaveRules, type RawPerson } from './capacity';
import { COLUMNS, RESULT_COLUMNS, TOTAL_ROW_NAME, type Member } from './team';
import { parseCsv, unneutralise } from '../../lib/csv';

const MAX_ROWS = 500;

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

interface RejectedRow {
  /** Line number in the pasted text, the header being line 1. */
  line: number;
  text: string;
  reason: string;
}
export type PasteOutcome =
  /** questioned: rows added whose figures are allowed but worth checking, with the question as reason. */
  | { ok: true; added: Member[]; rejected: RejectedRow[]; questioned: RejectedRow[]; ignoredColumns: string[] }
  | { ok: false; reason: string };

const isBreak = (c: string) => c === '\n' || c === '\r';

/**
 * Where the row starting at `from` ends: at a line break outside quotes. Spreadsheets quote a cell
 * that holds a line break, so that break stays in its cell. A quote never closed ends the row at
 * its own line's end instead, so one stray quote cannot swallow the rows after it.
 */
function rowEnd(text: string, from: number, separator: string): number {
  let quoted = false;
  let cellStart = true;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
      continue;
    }
    if (isBreak(c)) return i;
    if (c === '"' && cellStart) quoted = true;
    cellStart = c === separator;
  }
  if (!quoted) return text.length;
  const own = text.slice(from).search(/[\r\n]/);
  return own < 0 ? text.length : from + own;
}

/** The pasted text as rows, each with the line it starts on (the header being line 1). */
function rows(text: string, separator: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let at = 0;
  let line = 1;
  while (at <= text.length) {
    const end = rowEnd(text, at, separator);
    const row = text.slice(at, end);
    found.push({ line, text: row });
    line += (row.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
    at = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
  return found;
}

/**
 * Reads rows pasted from a spreadsheet: tab-separated (as spreadsheets copy) or comma-separated,
 * with a header row. Each row is checked like the form; rows that fail are returned with why.
 */
export function parsePaste(text: string, rules: LeaveRules): PasteOutcome {
  const source = text.replace(/^\uFEFF/, '');
  const first = source.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const tabs = first.includes('\t');
  const lines = rows(source, tabs ? '\t' : ',').filter((l) => l.text.trim() !== '');
  const header = lines.shift();
  if (!header) return { ok: false, reason: 'There is nothing to add. Paste a header row and one row for each person.' };
  if (lines.length > MAX_ROWS) return { ok: false, reason: `That is more than ${MAX_ROWS} rows. Paste the team in smaller parts.` };
  const cellsOf = (t: string): string[] => {
    const cells = tabs
      ? t.split('\t').map((c) => c.trim().replace(/^"([\s\S]*)"$/, (_, inner: string) => inner.replace(/""/g, '"')))
      : (parseCsv(t)[0] ?? []).map((c) => c.trim());
    // A line break inside a cell (a wrapped name) reads as a space.
    return cells.map((c) => unneutralise(c.replace(/\s*[\r\n]+\s*/g, ' ')));
  };

  let headings: string[];
  try {
    headings = cellsOf(header.text).map(normalise);
  } catch {
    return { ok: false, reason: 'The header row has a quotation mark that is never closed.' };
  }
  const known = new Map(COLUMNS.map((c) => [c.name, c]));
  const missing = COLUMNS.filter((c) => c.blank === 'required' && !headings.includes(c.name)).map((c) => c.name);
  if (missing.length > 0)
    return {
      ok: false,
      reason: `The first row must be a header row naming the columns. It has no ${missing.join(' or ')} column (it has: ${headings.join(', ').slice(0, 200) || 'nothing'}).`,
    };
  const repeated = headings.find((h, i) => h !== '' && headings.indexOf(h) !== i);
  if (repeated) return { ok: false, reason: `The header row names the column ${repeated} twice.` };
  const ignoredColumns = headings.filter((h) => h !== '' && !known.has(h) && !RESULT_COLUMNS.includes(h));

  const added: Member[] = [];
  const rejected: RejectedRow[] = [];
  const questioned: RejectedRow[] = [];
  for (const { line, text: rowText } of lines) {
    const reject = (reason: string) => rejected.push({ line, text: rowText, reason });
    let cells: string[];
    try {
      cells = cellsOf(rowText);
    } catch {
      reject('a quotation mark is never closed');
      continue;
    }
    if (cells.slice(headings.length).some((c) => c !== '')) {
      reject(`it has ${cells.length} cells but the header row names ${headings.length} columns`);
      continue;
    }
    const cell = (name: string) => {
      const i = headings.indexOf(name);
      return i < 0 ? '' : (cells[i] ?? '');
    };
    if (normalise(cell('name')) === normalise(TOTAL_ROW_NAME)) {
      reject('this is the team total row from an exported file, not a person');
      continue;
    }
    const sicknessColumn = cell('sickness_percent') !== '' ? 'sickness_percent' : 'sickness_days';
    if (sicknessColumn === 'sickness_percent' && cell('sickness_days') !== '') {
      reject('it has both sickness_days and sickness_percent: use one');
      continue;
    }
    const raw = { sicknessUnit: sicknessColumn === 'sickness_percent' ? 'percent' : 'days', wte: '' } as RawPerson;
    for (const c of COLUMNS) {
      if (c.field === 'sickness' && c.name !== sicknessColumn) continue;
      const value = cell(c.name);
      raw[c.field] = value !== '' ? value : c.blank === 'zero' ? '0' : c.blank === 'public-holidays' ? String(rules.publicHolidays) : '';
    }
    const columnFor = (key: ErrorKey) => (key === 'sickness' ? sicknessColumn : COLUMNS.find((c) => c.field === key)?.name);
    const problems: string[] = [];
    const badName = nameError(raw.name);
    if (badName) problems.push(`name: ${badName}`);
    const outcome = readPerson(raw, rules);
    if (!outcome.ok)
      for (const [key, message] of Object.entries(outcome.errors) as [ErrorKey, string][]) {
        const column = columnFor(key);
        problems.push(column ? `${column}: ${message}` : message);
      }
    if (problems.length > 0 || !outcome.ok) reject(problems.join(' '));
    else {
      added.push({ person: outcome.person, result: outcome.result });
      for (const [key, message] of Object.entries(outcome.warnings) as [ErrorKey, string][])
        questioned.push({ line, text: rowText, reason: `${columnFor(key) ?? key}: ${message}` });
    }
  }
  return { ok: true, added, rejected, questioned, ignoredColumns };
}
