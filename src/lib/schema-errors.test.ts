/**
 * Pins the wording editors see when content breaks a rule, for each kind of Zod issue the
 * schemas in src/schemas/ raise. The schema here uses the same building blocks.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { friendly } from './schema-errors';
import { PROFESSIONS, TOPICS } from './vocabulary';

const isoDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/));
const schema = friendly(
  z.strictObject({
    title: z.string().min(3),
    summary: z.string().min(20).max(40),
    regulator: z.enum(['hcpc', 'gosc']),
    topics: z.array(z.enum(Object.keys(TOPICS) as [string, ...string[]])).min(1),
    professions: z.union([z.literal('all'), z.array(z.enum(PROFESSIONS)).min(1)]),
    searchTerms: z.array(z.string()).default([]),
    settings: z.array(z.string()).min(3),
    order: z.number().int().default(100),
    url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }).optional(),
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    seeAlso: z
      .string()
      .regex(/^\/[a-z0-9/-]*$/)
      .optional(),
    nextReview: isoDate,
  }),
);

const VALID = {
  title: 'Orthoptists',
  summary: 'A summary of twenty characters.',
  regulator: 'hcpc',
  topics: ['leadership'],
  professions: 'all',
  settings: ['a', 'b', 'c'],
  nextReview: '2027-11-22',
};

/** The messages for one broken entry, as "field: message" lines. */
async function messagesFor(change: Record<string, unknown>, remove: string[] = []): Promise<string[]> {
  const data: Record<string, unknown> = { ...VALID, ...change };
  for (const key of remove) delete data[key];
  const result = await schema.safeParseAsync(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('content error messages', () => {
  it('accept a valid entry', async () => {
    expect(await messagesFor({})).toEqual([]);
  });

  it('invalid_type, missing: says the field is required and gives an example', async () => {
    expect(await messagesFor({}, ['title'])).toEqual([
      'title: This field is required: add some text in quotes, for example title: "Return to practice".',
    ]);
    expect(await messagesFor({}, ['nextReview'])).toEqual([
      'nextReview: This field is required: add a date written as YYYY-MM-DD, for example nextReview: 2027-11-22.',
    ]);
  });

  it('invalid_type, wrong kind: says what was expected, with an example, and what was found', async () => {
    expect(await messagesFor({ searchTerms: ['chiropodist', 999] })).toEqual([
      'searchTerms.1: Expected some text in quotes, for example "Some words", but found 999.',
    ]);
    expect(await messagesFor({ order: 1.5 })).toEqual(['order: Expected a whole number, for example order: 10, but found 1.5.']);
    expect(await messagesFor({ settings: 'hospitals' })).toEqual([
      'settings: Expected a list, one "- item" per line, for example settings: [hospitals, schools, community clinics], but found "hospitals".',
    ]);
  });

  it('invalid_value: names the value and every allowed value', async () => {
    expect(await messagesFor({ regulator: 'gmc' })).toEqual(['regulator: "gmc" is not an allowed value. Use one of: hcpc, gosc.']);
    const [topics] = await messagesFor({ topics: ['knitting'] });
    expect(topics).toBe(`topics.0: "knitting" is not an allowed value. Use one of: ${Object.keys(TOPICS).join(', ')}.`);
    expect(topics).toContain('integrated-care'); // the last one: the list is never cut short
    expect(await messagesFor({}, ['regulator'])).toEqual(['regulator: This field is required: use one of: hcpc, gosc.']);
  });

  it('invalid_format: web addresses, dates, ids and hub paths each get an example', async () => {
    expect(await messagesFor({ url: 'http://www.hcpc-uk.org/' })).toEqual([
      'url: "http://www.hcpc-uk.org/" is not a secure web address. Use a full address starting https://, for example https://www.hcpc-uk.org/.',
    ]);
    expect(await messagesFor({ nextReview: '22/11/2027' })).toEqual([
      'nextReview: "22/11/2027" is not a date. Write dates as YYYY-MM-DD, for example 2026-11-22.',
    ]);
    expect(await messagesFor({ id: 'PHP MECC' })).toEqual([
      'id: "PHP MECC" is not a valid id. Use lower case letters, numbers and hyphens only, for example php-mecc.',
    ]);
    expect(await messagesFor({ seeAlso: 'careers/cpd' })).toEqual([
      'seeAlso: "careers/cpd" is not a path on the hub. Start and end it with a slash, for example /careers/cpd/.',
    ]);
  });

  it('invalid_union: lists each way the value could be written', async () => {
    expect(await messagesFor({ professions: 'everyone' })).toEqual([
      'professions: "everyone" is not allowed here. Use "all", or a list, one "- item" per line.',
    ]);
  });

  it('invalid_union of the right kind: names the item that is wrong, and an unknown profession as one', async () => {
    expect(await messagesFor({ professions: ['physiotherapists', 'physios'] })).toEqual([
      `professions.1: "physios" is not a known profession. Use one of: ${PROFESSIONS.join(', ')}.`,
    ]);
    expect(await messagesFor({ professions: [] })).toEqual([
      'professions: This list needs at least 1 item(s), one "- item" per line, for example professions: all.',
    ]);
  });

  it('too_small and too_big: give the limit, and an example where one helps', async () => {
    expect(await messagesFor({ settings: ['hospitals'] })).toEqual([
      'settings: This list needs at least 3 item(s), one "- item" per line, for example settings: [hospitals, schools, community clinics].',
    ]);
    expect(await messagesFor({ title: 'OT' })).toEqual([
      'title: This text is too short: write at least 3 characters, for example title: "Return to practice".',
    ]);
    expect(await messagesFor({ summary: 'x'.repeat(41) })).toEqual([
      'summary: This text is too long: keep it to 40 characters. Cut words, or split it into two sentences.',
    ]);
  });

  it('unrecognized_keys: names the unknown field and suggests the one meant', async () => {
    expect(await messagesFor({ nextreview: '2027-11-22' }, ['nextReview'])).toEqual([
      'nextReview: This field is required: add a date written as YYYY-MM-DD, for example nextReview: 2027-11-22.',
      ': Unknown field(s): nextreview. Did you mean nextReview (not nextreview)? Check the spelling against CONTRIBUTING.md.',
    ]);
    expect(await messagesFor({ colour: 'blue' })).toEqual([': Unknown field(s): colour. Check the spelling against CONTRIBUTING.md.']);
  });
});

describe('friendly schemas stay visible to editors', () => {
  it('describe every field in the JSON Schema Astro writes for autocompletion (input side, as Astro asks)', () => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    expect(Object.keys(json.properties ?? {})).toEqual(
      expect.arrayContaining(['title', 'summary', 'regulator', 'topics', 'professions', 'nextReview']),
    );
    expect(json.required).toEqual(expect.arrayContaining(['title', 'regulator', 'nextReview']));
  });

  it('and give the same typed output as the schema itself', async () => {
    const parsed = await schema.parseAsync(VALID);
    expect(parsed.order).toBe(100);
    expect(parsed.searchTerms).toEqual([]);
  });
});
