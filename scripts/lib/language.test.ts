import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageChecker, parseLanguageRules, placeholderFindings, proseFields, type LanguageRules } from './language';

const RULES: LanguageRules = {
  profanitySureness: 2,
  forbid: [{ phrases: ['citizen', 'citizens'], use: '"people and communities"', why: 'The strategy chose these words.' }],
  allow: [
    { phrases: ['mental health'], why: 'The NHS term.' },
    { phrases: ['citizens'], files: ['content/about/style-guide.mdx'], why: 'The style guide names the word.' },
  ],
};
const check = languageChecker(RULES);
const rulesOf = async (text: string, file = 'content/x.mdx') => (await check.mdx(text, file)).map((f) => `${f.rule} ${f.actual}`);

describe('the language check', () => {
  it('reports a forbidden word with what to say instead', async () => {
    const [finding] = await check.mdx('We work with citizens every day.', 'content/x.mdx');
    expect(finding).toMatchObject({ file: 'content/x.mdx', line: 1, actual: 'citizens', rule: 'ahp-hub/citizens' });
    expect(finding?.message).toContain('say "people and communities"');
  });

  it('does not report a word that is only mentioned, in quotation marks', async () => {
    expect(await rulesOf('Do not say "citizens".')).toEqual([]);
  });

  it('reports inconsiderate words from retext-equality, with the line', async () => {
    const findings = await check.mdx('---\ntitle: x\n---\n\nFirst line.\n\nJust fill in the form.', 'content/x.mdx');
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['retext-equality/just', 7]]);
    expect(findings[0]?.note).toMatch(/easy/);
  });

  it('drops a finding only inside an allowed phrase', async () => {
    expect(await rulesOf('Support for mental health.')).toEqual([]);
    expect(await rulesOf('That idea is mental.')).toEqual(['retext-equality/nuts mental']);
  });

  it('applies an allowance only in the files it names', async () => {
    expect(await rulesOf('People and communities, not citizens', 'content/about/style-guide.mdx')).toEqual([]);
    expect(await rulesOf('People and communities, not citizens', 'content/about/about.mdx')).toEqual(['ahp-hub/citizens citizens']);
  });

  it('leaves clinical words alone but reports likely profanity', async () => {
    expect(await rulesOf('Help with eating, drinking and swallowing, and oral health.')).toEqual([]);
    expect(await rulesOf('That is crap.')).toEqual(['retext-profanities/crap crap']);
  });

  it('checks plain text such as YAML fields', async () => {
    expect((await check.plain('Citizens should have a say.', 'content/glossary/x.yaml')).map((f) => f.actual)).toEqual(['Citizens']);
  });
});

describe('proseFields', () => {
  it('returns the fields in our own words, with their lines, and skips what is published as it is', () => {
    const yaml = [
      'title: A title',
      'summary: A summary.',
      'searchTerms: [citizens]',
      'sources:',
      '  - title: Citizens report',
      'sections:',
      '  - id: one',
      '    items:',
      '      - text: An item.',
      '        prompts: [A prompt.]',
    ].join('\n');
    expect(proseFields(yaml, 'checklists')).toEqual([
      { field: 'title', value: 'A title', line: 1 },
      { field: 'summary', value: 'A summary.', line: 2 },
      { field: 'sections.0.items.0.text', value: 'An item.', line: 9 },
      { field: 'sections.0.items.0.prompts.0', value: 'A prompt.', line: 10 },
    ]);
  });

  it('skips resource titles and quotations, which must stay word for word', () => {
    expect(proseFields('title: As published\nsummary: Ours.', 'resources').map((f) => f.field)).toEqual(['summary']);
    expect(proseFields('text: Their words.\nattribution: Anon, 2021', 'quotes')).toEqual([]);
  });
});

describe('placeholderFindings', () => {
  it('reports every line of template text left by npm run new', () => {
    expect(placeholderFindings('title: Real\nsummary: "PLACEHOLDER: one sentence"\n', 'content/x.mdx').map((f) => f.line)).toEqual([2]);
  });
});

describe('language-rules.yaml', () => {
  it('is valid and gives a reason for every entry', () => {
    const rules = parseLanguageRules(readFileSync(join(process.cwd(), 'language-rules.yaml'), 'utf8'));
    expect(rules.forbid.map((f) => f.phrases[0])).toContain('citizen');
    expect([...rules.forbid, ...rules.allow].every((r) => r.why.length >= 10)).toBe(true);
  });

  it('rejects an entry without a reason', () => {
    expect(() => parseLanguageRules('profanitySureness: 2\nforbid: []\nallow:\n  - phrases: [x]\n')).toThrow(/allow 1 needs a reason/);
  });
});
