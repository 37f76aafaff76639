/**
 * Turns Zod's validation issues into sentences an editor who is not a developer can act
 * on: what was found, what was expected, and an example of a valid value.
 */
import { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an impossible date' : 'a date';
  return typeof value === 'object' ? 'a group of fields' : String(value);
};

const EXAMPLES: Record<string, string> = {
  string: 'some text in quotes',
  number: 'a number such as 2021',
  boolean: 'true or false',
  array: 'a list, one "- item" per line',
  date: 'a date such as 2026-11-22',
};

export function friendlyError(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      if (issue.input === undefined) return `This field is required: add ${EXAMPLES[expected] ?? `a ${expected}`}.`;
      return `Expected ${EXAMPLES[expected] ?? `a ${expected}`}, but found ${describe(issue.input)}.`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')} …` : allowed.join(', ');
      return `${describe(issue.input)} is not an allowed value. Use one of: ${shown}.`;
    }
    case 'invalid_format': {
      if (issue.format === 'url') return `${describe(issue.input)} is not a secure web address. Use a full address starting https://, for example https://www.hcpc-uk.org/.`;
      if (issue.format === 'regex' && 'pattern' in issue && String(issue.pattern).includes('\\d{4}'))
        return `${describe(issue.input)} is not a date. Write dates as YYYY-MM-DD, for example 2026-11-22.`;
      return `${describe(issue.input)} is not in the expected format (${issue.format}).`;
    }
    case 'invalid_union': {
      if (issue.input instanceof Date || typeof issue.input === 'string')
        return `${describe(issue.input)} is not a date. Write dates as YYYY-MM-DD, for example 2026-11-22.`;
      return undefined;
    }
    case 'too_small':
      if (issue.origin === 'array') return `This list needs at least ${issue.minimum} item(s).`;
      if (issue.origin === 'string') return `This text is too short: write at least ${issue.minimum} characters.`;
      return `This must be at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `This text is too long: keep it to ${issue.maximum} characters.`;
      if (issue.origin === 'array') return `This list can have at most ${issue.maximum} item(s).`;
      return `This must be at most ${issue.maximum}.`;
    case 'unrecognized_keys':
      return `Unknown field(s): ${issue.keys.join(', ')}. Check the spelling against CONTRIBUTING.md.`;
    default:
      return undefined;
  }
}

/**
 * Wraps a collection schema so that its issues are worded by friendlyError. Astro parses
 * content with its own error map, which would otherwise answer "Required" or "Did not
 * match union"; re-raising each issue with our message keeps the file and field path.
 */
export function friendly<T extends z.ZodType>(schema: T) {
  return z.any().transform(async (data, ctx): Promise<z.output<T>> => {
    const result = await schema.safeParseAsync(data, { error: friendlyError });
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
}
