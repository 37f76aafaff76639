/**
 * Rules over the content files as editors wrote them, checked before the content layer reads
 * them (astro.config.mjs runs them on every build and `astro sync`, and stops on any problem).
 * Each problem is one line, "file: field: what is wrong", so an editor knows where to look. They
 * catch what no single entry's schema can see (src/schemas/ checks each entry): files that cannot
 * be read, empty files, names that clash, ids and glossary words used twice, impossible dates.
 */
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { impossibleDates } from './dates.ts';
import { contentDataOf, splitFrontmatter } from './frontmatter.ts';

/** A content file: its path from the project's root and its text. */
export type ContentFile = readonly [file: string, text: string];

const isYaml = (file: string) => file.endsWith('.yaml');

/** The last line, up to `before`, holding an odd number of `quote` characters: where a quote was left open. */
function openQuoteLine(yaml: string, quote: string, before: number): number | undefined {
  const lines = yaml.split('\n').slice(0, before);
  for (let i = lines.length - 1; i >= 0; i--) if ((lines[i]!.split(quote).length - 1) % 2 === 1) return i + 1;
  return undefined;
}

/**
 * A YAML file, or an MDX file's front matter, that cannot be read: where and why, in words. A tab
 * used for indenting and a quote left open are the usual causes.
 */
export function unreadableProblems(files: readonly ContentFile[]): string[] {
  return files.flatMap(([file, text]) => {
    const front = isYaml(file) ? { yaml: text, firstLine: 1 } : splitFrontmatter(text);
    if (!front) return [];
    const doc = parseDocument(front.yaml, { prettyErrors: true, lineCounter: new LineCounter() });
    const error = doc.errors[0];
    if (!error) return [];
    const [line = 1, column = 1] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [];
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // The reader notices a quote left open only where the file ends: name the line it opened on.
    const quote = /Missing closing (["'])/.exec(error.message)?.[1];
    const opened = quote ? openQuoteLine(front.yaml, quote, line) : undefined;
    const where = opened === undefined || opened === line ? '' : ` The quote opened on line ${opened + front.firstLine - 1}.`;
    const hint = /\t|tab/i.test(error.message)
      ? 'Indent with spaces, never a tab'
      : 'Check for a quote that is not closed, or a line indented more or less than the ones around it';
    return [`${file}: line ${line + front.firstLine - 1}, column ${column}: this YAML cannot be read (${reason}). ${hint}.${where}`];
  });
}

/** A YAML file with nothing in it (or only comments): the content layer would crash on it without naming it. */
export function emptyProblems(files: readonly ContentFile[]): string[] {
  return files
    .filter(([file, text]) => isYaml(file) && parseDocument(text).errors.length === 0 && contentDataOf(file, text) == null)
    .map(([file]) => `${file}: the file is empty. Write the entry's fields in it (see CONTRIBUTING.md), or delete the file.`);
}

/**
 * Two files whose names differ only in capitals (hcpc.yaml, HCPC.yaml): they get the same id, so
 * the content layer keeps one and silently drops the other, and on some computers they cannot both exist.
 */
export function nameClashProblems(files: readonly ContentFile[]): string[] {
  const first = new Map<string, string>();
  const problems: string[] = [];
  for (const [file] of files) {
    const key = file.toLowerCase();
    const other = first.get(key);
    if (other)
      problems.push(`${file}: its name differs from ${other} only in capitals, so one of them would be dropped. Rename or merge them.`);
    else first.set(key, file);
  }
  return problems;
}

/** The line each item of a YAML list starts on, by position. */
function itemLines(text: string): number[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (!isSeq(doc.contents)) return [];
  return doc.contents.items.map((item) => {
    const offset = (item as { range?: [number, number, number] }).range?.[0];
    return offset === undefined ? 0 : lineCounter.linePos(offset).line;
  });
}

/** Two figures with one id in content/figures.yaml: pages would show whichever the content layer kept, so possibly the wrong number. */
export function duplicateFigureProblems(files: readonly ContentFile[]): string[] {
  const figures = files.find(([file]) => file === 'content/figures.yaml');
  if (!figures) return [];
  const [file, text] = figures;
  const data = contentDataOf(file, text);
  if (!Array.isArray(data)) return [];
  const lines = itemLines(text);
  const seen = new Map<string, number>();
  const problems: string[] = [];
  data.forEach((figure, i) => {
    const id = (figure as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const earlier = seen.get(id);
    if (earlier === undefined) seen.set(id, i);
    else
      problems.push(
        `${file}: line ${lines[i] ?? '?'}: id: "${id}" is already the id of the figure on line ${lines[earlier] ?? '?'}. Give each figure its own id, or pages may show the wrong one.`,
      );
  });
  return problems;
}

/** The words a glossary file asks the linker to mark, each with the field it is written in. */
function glossaryWords(data: unknown): Array<{ field: string; word: string }> {
  if (!data || typeof data !== 'object') return [];
  const d = data as Record<string, unknown>;
  const words: Array<{ field: string; word: string }> = [];
  if (typeof d['term'] === 'string') words.push({ field: 'term', word: d['term'] });
  if (typeof d['abbreviation'] === 'string') words.push({ field: 'abbreviation', word: d['abbreviation'] });
  if (Array.isArray(d['aliases']))
    d['aliases'].forEach((alias, i) => typeof alias === 'string' && words.push({ field: `aliases.${i}`, word: alias }));
  return words;
}

const FIELD_NAMES: Record<string, string> = { term: 'term', abbreviation: 'abbreviation', aliases: 'an alias' };
const fieldName = (field: string) => FIELD_NAMES[field.split('.')[0]!] ?? field;

/**
 * Glossary words used by two terms: a term, abbreviation or alias may lead to one definition only,
 * or a page links the word to whichever term the linker meets first. Compared ignoring capitals
 * and spacing, as a reader would.
 */
export function glossaryClashProblems(files: readonly ContentFile[]): string[] {
  const owner = new Map<string, { file: string; field: string }>();
  const problems: string[] = [];
  for (const [file, text] of files) {
    if (!file.startsWith('content/glossary/') || !isYaml(file)) continue;
    for (const { field, word } of glossaryWords(contentDataOf(file, text))) {
      const key = word.trim().replace(/\s+/g, ' ').toLowerCase();
      const other = owner.get(key);
      if (!other) owner.set(key, { file, field });
      else if (other.file !== file)
        problems.push(
          `${file}: ${field}: "${word}" is already ${fieldName(other.field) === 'an alias' ? 'an alias' : `the ${fieldName(other.field)}`} in ${other.file}. A word can lead to one definition only: remove it from one of the two files.`,
        );
    }
  }
  return problems;
}

/**
 * Dates that do not exist (2026-06-31): the content layer's YAML reader would quietly turn one
 * into 1 July before the schema sees it, so this reads the editors' own text.
 */
export function impossibleDateProblems(files: readonly ContentFile[]): string[] {
  return files.flatMap(([file, text]) => impossibleDates(contentDataOf(file, text)).map((problem) => `${file}: ${problem}`));
}

/** Every problem any rule finds, in the order an editor should fix them (a file that cannot be read first). */
export function contentProblems(files: readonly ContentFile[]): string[] {
  return [
    ...unreadableProblems(files),
    ...emptyProblems(files),
    ...nameClashProblems(files),
    ...duplicateFigureProblems(files),
    ...glossaryClashProblems(files),
    ...impossibleDateProblems(files),
  ];
}
