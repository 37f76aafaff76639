/**
 * The smaller schemas (needs, written pages, quotations, checklists, figures, leave): every file
 * in content/ passes, and a typical mistake in each is refused with its message pinned.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readContentFiles } from '../data/content-files';
import { PROFESSIONS, ROUTES } from '../lib/vocabulary';
import { problemsIn, problemsOf } from '../../tests/helpers/schema';
import { article, careersArticle, strategyArticle } from './article';
import { checklist } from './checklist';
import { figure } from './figure';
import { leave } from './leave';
import { need } from './need';
import { quote, strategyWords } from './quote';

/** A folder's own content files (content/quotes/strategy/ is a collection of its own). */
const filesIn = (folder: string) =>
  readContentFiles(process.cwd(), `content/${folder}`).filter(([file]) => !file.slice(`content/${folder}/`.length).includes('/'));
const yamlOf = (file: string): unknown => parse(readFileSync(file, 'utf8'), { version: '1.1' });

describe('every content file passes its schema', () => {
  const cases = {
    needs: need,
    quotes: quote,
    'quotes/strategy': strategyWords,
    checklists: checklist,
    strategy: strategyArticle,
    careers: careersArticle,
    greener: article,
    'health-inequalities': article,
    'job-planning': article,
    about: article,
  };
  for (const [folder, schema] of Object.entries(cases))
    it(folder, async () => {
      const files = filesIn(folder);
      expect(files.length).toBeGreaterThan(0);
      for (const [file, text] of files) expect(await problemsIn(schema, text), file).toEqual([]);
    });

  it('figures and leave', async () => {
    for (const entry of yamlOf('content/figures.yaml') as unknown[]) expect(await problemsOf(figure, entry)).toEqual([]);
    expect(await problemsOf(leave, (yamlOf('content/leave.yaml') as Record<string, unknown>)['agenda-for-change'])).toEqual([]);
  });
});

const need0 = () => yamlOf('content/needs/swallowing.yaml') as Record<string, unknown>;
const checklist0 = () => yamlOf('content/checklists/greener-actions.yaml') as { sections: { items: { id: string }[] }[] };
const figure0 = () => (yamlOf('content/figures.yaml') as Record<string, unknown>[])[0]!;
const leave0 = () => (yamlOf('content/leave.yaml') as Record<string, Record<string, unknown>>)['agenda-for-change']!;

describe('typical mistakes', () => {
  it('a need naming an unknown profession', async () => {
    expect(await problemsOf(need, { ...need0(), professions: [{ profession: 'physios', role: 'help people swallow safely' }] })).toEqual([
      `professions.0.profession: "physios" is not a known profession. Use one of: ${PROFESSIONS.join(', ')}.`,
    ]);
  });

  it('a written page with a summary too long, and a careers page with an unknown route', async () => {
    const page = {
      title: 'Return to practice',
      summary: 'x'.repeat(241),
      sources: [{ title: 'AHPs Deliver', seed: '001' }],
      lastReviewed: '2026-11-22',
      nextReview: '2027-11-22',
    };
    expect(await problemsOf(article, page)).toEqual([
      'summary: This text is too long: keep it to 240 characters. Cut words, or split it into two sentences.',
    ]);
    expect(await problemsOf(careersArticle, { ...page, summary: 'How to come back to the register.', route: 'night-school' })).toEqual([
      `route: "night-school" is not an allowed value. Use one of: ${Object.keys(ROUTES).join(', ')}.`,
    ]);
    expect(await problemsOf(strategyArticle, { ...page, summary: 'How to come back to the register.', figures: ['Band 5'] })).toEqual([
      'figures.0: "Band 5" is not a valid id. Use lower case letters, numbers and hyphens only, for example php-mecc.',
    ]);
  });

  it('a need that does not say how to get seen, and one that does', async () => {
    const noHow = need0();
    delete noHow.howToGetSeen;
    expect((await problemsOf(need, noHow)).join('\n')).toContain('howToGetSeen');
    expect(await problemsOf(need, { ...noHow, howToGetSeen: 'Ask your GP to refer you to speech and language therapy.' })).toEqual([]);
  });

  it('a quotation with no strategy part', async () => {
    expect(
      await problemsOf(quote, {
        text: 'The words, as printed.',
        attribution: 'Anon',
        strategyParts: [],
        sources: [{ title: 'AHPs Deliver', seed: '001' }],
      }),
    ).toEqual(['strategyParts: This list needs at least 1 item(s), one "- item" per line.']);
  });

  it('a checklist with two items of one id, even in different sections, or two sections of one id', async () => {
    const c = checklist0();
    c.sections[1]!.items[0]!.id = c.sections[0]!.items[2]!.id;
    expect(await problemsOf(checklist, c)).toEqual([
      `sections.1.items.0.id: "${c.sections[0]!.items[2]!.id}" is already the id of item 3 in section 1. Give each item its own id: saved answers are kept by id, so two items with one id would share one answer.`,
    ]);
    const d = checklist0() as unknown as { sections: { id: string }[] };
    d.sections[1]!.id = d.sections[0]!.id;
    expect(await problemsOf(checklist, d)).toEqual([
      `sections.1.id: "${d.sections[0]!.id}" is already the id of section 1. Give each section its own id.`,
    ]);
  });

  it('a checklist item with an id that is not an id', async () => {
    const c = checklist0();
    c.sections[0]!.items[0]!.id = 'Travel less';
    expect(await problemsOf(checklist, c)).toEqual([
      'sections.0.items.0.id: "Travel less" is not a valid id. Use lower case letters, numbers and hyphens only, for example php-mecc.',
    ]);
  });

  it('a figure without a label, and leave listed out of order', async () => {
    const noLabel = figure0();
    delete noLabel.label;
    expect(await problemsOf(figure, noLabel)).toEqual([
      'label: This field is required: add some text in quotes, for example label: "Some words".',
    ]);
    const l = leave0();
    expect(await problemsOf(leave, { ...l, entitlements: [...(l.entitlements as unknown[])].reverse() })).toEqual([
      'entitlements: List the entitlements from 0 years of service upwards, each with more years than the one before.',
    ]);
  });
});
