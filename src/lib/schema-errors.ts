/**
 * Turns Zod's validation issues into sentences an editor who is not a developer can act
 * on: what was found, what was expected, and an example of a valid value. Astro prints each
 * message after the field's path and the file's name.
 */
import { z } from 'astro/zod';
import { PROFESSIONS } from './vocabulary.ts';

type Issue = z.core.$ZodRawIssue;

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an impossible date' : 'a date';
  return typeof value === 'object' ? 'a group of fields' : String(value);
};

/** What each kind of value is, in words. */
const KINDS: Record<string, string> = {
  string: 'some text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, one "- item" per line',
  object: 'a group of fields, each indented on its own line',
  date: 'a date written as YYYY-MM-DD',
};

/** A valid value for the fields editors meet most, as it would be written in the file. */
const FIELD_EXAMPLES: Record<string, string> = {
  title: '"Return to practice"',
  singular: '"Physiotherapist"',
  summary: '"How AHPs who have had a break from work get back on the register."',
  lastReviewed: '2026-11-22',
  nextReview: '2027-11-22',
  url: 'https://www.hcpc-uk.org/',
  seed: '"000"',
  publisher: 'NHS England',
  id: 'php-mecc',
  seeAlso: '/careers/cpd/',
  year: '2021',
  order: '10',
  version: '1',
  part: '1',
  available: 'true',
  term: '"Preceptorship"',
  definition: '"A period of planned support when you start a new role."',
  text: '"The words, exactly as printed."',
  attribution: '"Anon, June 2021. Quote: online conversation three"',
  name: '"Chartered Society of Physiotherapy"',
  searchTerms: '[chiropodist, foot pain]',
  protectedTitles: '[Physiotherapist]',
  settings: '[hospitals, schools, community clinics]',
  helps: '[children with a squint, adults after a stroke]',
  professions: 'all',
};
const TYPE_EXAMPLES: Record<string, string> = {
  string: '"Some words"',
  number: '2021',
  int: '3',
  boolean: 'true',
  array: '[first item, second item]',
  date: '2026-11-22',
};

/** Fields that hold a date (YYYY-MM-DD). */
const DATE_FIELDS = new Set(['lastReviewed', 'nextReview']);

/** The field an issue is about: the last name in its path, ignoring list positions. */
const fieldOf = (issue: Issue): string | undefined => [...(issue.path ?? [])].reverse().find((p): p is string => typeof p === 'string');
const isListItem = (issue: Issue): boolean => typeof issue.path?.at(-1) === 'number';

/** A valid value as it would be written in the file, such as title: "Return to practice". */
function example(issue: Issue, kind?: string): string | undefined {
  const field = fieldOf(issue);
  if (isListItem(issue) || !field) return kind ? TYPE_EXAMPLES[kind] : undefined;
  const value = FIELD_EXAMPLES[field] ?? (kind ? TYPE_EXAMPLES[kind] : undefined);
  return value === undefined ? undefined : `${field}: ${value}`;
}
const forExample = (e: string | undefined) => (e ? `, for example ${e}` : '');

const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** The nearest known field name to a misspelled one, if one is close (case or up to two letters). */
function closest(key: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  const scored = known.map((k) => ({ k, d: k.toLowerCase() === key.toLowerCase() ? 0 : distance(key, k) })).sort((a, b) => a.d - b.d);
  return scored[0] && scored[0].d <= 2 ? scored[0].k : undefined;
}

function knownKeys(issue: Issue): string[] {
  const shape: unknown = (issue.inst as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def?.shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

const isDatePattern = (issue: Issue) =>
  issue.code === 'invalid_format' && issue.format === 'regex' && 'pattern' in issue && String(issue.pattern).includes('\\d{4}');
const notADate = (input: unknown) => `${describe(input)} is not a date. Write dates as YYYY-MM-DD, for example 2026-11-22.`;

/** One way a value could have been right, from one branch of a union ("all", or a list of ...). */
function alternative(branch: readonly Issue[]): string | undefined {
  const first = branch[0];
  if (!first) return undefined;
  if (first.code === 'invalid_value' && (first.path ?? []).length === 0) return first.values.map((v) => `"${String(v)}"`).join(' or ');
  if (first.code === 'invalid_value') return `a list, one "- item" per line, of: ${list(first.values)}`;
  if (first.code === 'invalid_type') return KINDS[String(first.expected)] ?? `a ${String(first.expected)}`;
  return undefined;
}

function friendlyError(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      // Review dates are read as text and then checked as dates, so say "a date" to the editor.
      const kind = DATE_FIELDS.has(fieldOf(issue) ?? '') ? 'date' : String(issue.expected);
      const what = KINDS[kind] ?? `a ${kind}`;
      if (issue.input === undefined) return `This field is required: add ${what}${forExample(example(issue, kind))}.`;
      return `Expected ${what}${forExample(example(issue, kind))}, but found ${describe(issue.input)}.`;
    }
    case 'invalid_value': {
      if (issue.input === undefined) return `This field is required: use one of: ${list(issue.values)}.`;
      // The professions are the list editors meet most: say what the value is not.
      const isProfession = issue.values.length === PROFESSIONS.length && PROFESSIONS.every((p) => issue.values.includes(p));
      if (isProfession) return `${describe(issue.input)} is not a known profession. Use one of: ${list(issue.values)}.`;
      return `${describe(issue.input)} is not an allowed value. Use one of: ${list(issue.values)}.`;
    }
    case 'invalid_format': {
      if (issue.format === 'url')
        return `${describe(issue.input)} is not a secure web address. Use a full address starting https://, for example https://www.hcpc-uk.org/.`;
      if (isDatePattern(issue)) return notADate(issue.input);
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      if (pattern === '/^[a-z0-9-]+$/')
        return `${describe(issue.input)} is not a valid id. Use lower case letters, numbers and hyphens only, for example php-mecc.`;
      if (pattern.startsWith('/^\\/'))
        return `${describe(issue.input)} is not a path on the hub. Start and end it with a slash, for example /careers/cpd/.`;
      const e = example(issue);
      return `${describe(issue.input)} is not in the expected format${e ? `. Write it like this: ${e}` : ': see CONTRIBUTING.md for this field'}.`;
    }
    case 'invalid_union': {
      const branches = issue.errors as unknown as Issue[][];
      if (branches.some((b) => b.some(isDatePattern))) return notADate(issue.input);
      const options = branches.map(alternative).filter((a): a is string => Boolean(a));
      if (options.length === 0) return undefined;
      const found = issue.input === undefined ? 'This field is required' : `${describe(issue.input)} is not allowed here`;
      return `${found}. Use ${options.join(', or ')}.`;
    }
    case 'too_small':
      if (issue.origin === 'array')
        return `This list needs at least ${issue.minimum} item(s), one "- item" per line${forExample(example(issue))}.`;
      if (issue.origin === 'string')
        return `This text is too short: write at least ${issue.minimum} characters${forExample(example(issue))}.`;
      return `This must be at least ${issue.minimum}${forExample(example(issue))}.`;
    case 'too_big':
      if (issue.origin === 'string')
        return `This text is too long: keep it to ${issue.maximum} characters. Cut words, or split it into two sentences.`;
      if (issue.origin === 'array') return `This list can have at most ${issue.maximum} item(s).`;
      return `This must be at most ${issue.maximum}${forExample(example(issue))}.`;
    case 'unrecognized_keys': {
      const known = knownKeys(issue);
      const hints = issue.keys.map((k) => [k, closest(k, known)] as const).filter(([, c]) => c);
      const didYouMean = hints.length ? ` Did you mean ${hints.map(([k, c]) => `${c} (not ${k})`).join(', ')}?` : '';
      return `Unknown field(s): ${issue.keys.join(', ')}.${didYouMean} Check the spelling against CONTRIBUTING.md.`;
    }
    default:
      return undefined;
  }
}

/**
 * A union's issue, or, where the value is of the kind one way allows (a list where "all" or a list
 * is allowed), the problems inside it: "professions.0: "physios" is not a known profession" says
 * more than "a list is not allowed here".
 */
function insideUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const wrongKind = (i: z.core.$ZodIssue) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value');
  const rightKind = issue.errors.filter((branch) => branch.length > 0 && !branch.some(wrongKind));
  if (rightKind.length !== 1) return [issue];
  return rightKind[0]!.flatMap((inner) => insideUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * Gives a collection schema editor-friendly messages without hiding it. Astro parses content
 * with its own error map, which answers "Required" or "Did not match union"; so a preprocess
 * step checks the data first with friendlyError and reports each issue, with its path, in our
 * words, which stops the pipe before Astro's wording is reached. Valid data then goes through
 * the schema itself. As the pipe's first step is a transform, Zod describes the collection's
 * input by the schema itself, so the JSON Schemas Astro writes for editors stay complete.
 */
export function friendly<T extends z.ZodType>(schema: T) {
  return z.preprocess(async (data, ctx) => {
    const result = await schema.safeParseAsync(data, { error: friendlyError });
    if (!result.success)
      for (const issue of result.error.issues.flatMap(insideUnion))
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: data });
    return data;
  }, schema);
}
