/**
 * Content mistakes no single entry's schema can see stop the build, each named by file and field
 * (or line) with what is wrong; the messages are pinned. tests/unit/content-validation.test.ts
 * proves the build runs these rules.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../data/content-files';
import { VALID_GLOSSARY, VALID_PROFESSION } from '../../tests/helpers/entries';
import {
  contentProblems,
  duplicateFigureProblems,
  emptyProblems,
  glossaryClashProblems,
  impossibleDateProblems,
  nameClashProblems,
  unreadableProblems,
  type ContentFile,
} from './content-rules';

const FIGURE = (id: string, label = 'Agenda for Change band 2: pay a year') =>
  `- id: ${id}\n  value: 25272\n  display: "£25,272"\n  label: "${label}"\n  appliesFrom: 2026-04-01\n  checkBy: 2027-04-01\n  sources:\n    - title: Pay scales\n      url: https://www.nhsemployers.org/\n`;
const term = (name: string, extra = '') =>
  VALID_GLOSSARY.replace('term: Health and Care Professions Council\nabbreviation: HCPC\n', `term: ${name}\n${extra}`);

describe('content rules', () => {
  it('find nothing wrong in content/', () => {
    expect(contentProblems(readContentFiles(process.cwd()))).toEqual([]);
  });

  it('name a glossary file indented with a tab, with its line', () => {
    expect(unreadableProblems([['content/glossary/hcpc.yaml', VALID_GLOSSARY.replace('abbreviation', '\tabbreviation')]])).toEqual([
      'content/glossary/hcpc.yaml: line 2, column 1: this YAML cannot be read (Tabs are not allowed as indentation). Indent with spaces, never a tab.',
    ]);
  });

  it('name a glossary file with a quote left open, and the line it opened on', () => {
    const text = VALID_GLOSSARY.replace('definition: The regulator', 'definition: "The regulator');
    expect(unreadableProblems([['content/glossary/hcpc.yaml', text]])).toEqual([
      'content/glossary/hcpc.yaml: line 9, column 1: this YAML cannot be read (Missing closing "quote). Check for a quote that is not closed, or a line indented more or less than the ones around it. The quote opened on line 3.',
    ]);
  });

  it('say figures.yaml cannot be read when a quote is left open, with the line, rather than that a field is missing', () => {
    const text =
      FIGURE('afc-band-2-0').replace('label: "Agenda for Change band 2: pay a year"', 'label: "Agenda for Change band 2: pay a year') +
      FIGURE('afc-band-3-0');
    expect(unreadableProblems([['content/figures.yaml', text]])).toEqual([
      'content/figures.yaml: line 4, column 47: this YAML cannot be read (Missing closing "quote). Check for a quote that is not closed, or a line indented more or less than the ones around it.',
    ]);
  });

  it('name an MDX file whose front matter cannot be read, counting lines from the top of the file', () => {
    expect(
      unreadableProblems([['content/professions/orthoptists.mdx', VALID_PROFESSION.replace('regulator: hcpc', 'regulator: "hcpc')]]),
    ).toEqual([
      'content/professions/orthoptists.mdx: line 6, column 17: this YAML cannot be read (Missing closing "quote). Check for a quote that is not closed, or a line indented more or less than the ones around it.',
    ]);
  });

  it('name an empty YAML file in glossary/ or needs/, or one holding only comments', () => {
    expect(
      emptyProblems([
        ['content/glossary/hcpc.yaml', ''],
        ['content/needs/swallowing.yaml', '# To be written\n'],
        ['content/glossary/ahp.yaml', VALID_GLOSSARY],
      ]),
    ).toEqual([
      "content/glossary/hcpc.yaml: the file is empty. Write the entry's fields in it (see CONTRIBUTING.md), or delete the file.",
      "content/needs/swallowing.yaml: the file is empty. Write the entry's fields in it (see CONTRIBUTING.md), or delete the file.",
    ]);
  });

  it('name two files whose names differ only in capitals', () => {
    expect(
      nameClashProblems([
        ['content/glossary/hcpc.yaml', VALID_GLOSSARY],
        ['content/glossary/HCPC.yaml', VALID_GLOSSARY],
        ['content/resources/hcpc.mdx', ''],
      ]),
    ).toEqual([
      'content/glossary/HCPC.yaml: its name differs from content/glossary/hcpc.yaml only in capitals, so one of them would be dropped. Rename or merge them.',
    ]);
  });

  it('name a figure id used twice in figures.yaml, with both lines', () => {
    const text = FIGURE('afc-band-2-0') + FIGURE('afc-band-3-0') + FIGURE('afc-band-2-0', 'Agenda for Change band 3: pay a year');
    expect(duplicateFigureProblems([['content/figures.yaml', text]])).toEqual([
      'content/figures.yaml: line 19: id: "afc-band-2-0" is already the id of the figure on line 1. Give each figure its own id, or pages may show the wrong one.',
    ]);
  });

  it('name a glossary term, abbreviation or alias that another term already uses, ignoring capitals and spacing', () => {
    const files: ContentFile[] = [
      ['content/glossary/acp.yaml', term('Advanced practice', 'abbreviation: ACP\naliases:\n  - advanced clinical practice\n')],
      ['content/glossary/advanced-practice.yaml', term('Advanced  Practice')],
      ['content/glossary/advanced-clinical-practice.yaml', term('Advanced clinical practice')],
      ['content/glossary/acp-2.yaml', term('Advanced clinical practitioner', 'abbreviation: ACP\n')],
      ['content/glossary/practice.yaml', term('Practice', 'aliases:\n  - ACP\n')],
    ];
    expect(glossaryClashProblems(files)).toEqual([
      'content/glossary/advanced-practice.yaml: term: "Advanced  Practice" is already the term in content/glossary/acp.yaml. A word can lead to one definition only: remove it from one of the two files.',
      'content/glossary/advanced-clinical-practice.yaml: term: "Advanced clinical practice" is already an alias in content/glossary/acp.yaml. A word can lead to one definition only: remove it from one of the two files.',
      'content/glossary/acp-2.yaml: abbreviation: "ACP" is already the abbreviation in content/glossary/acp.yaml. A word can lead to one definition only: remove it from one of the two files.',
      'content/glossary/practice.yaml: aliases.0: "ACP" is already the abbreviation in content/glossary/acp.yaml. A word can lead to one definition only: remove it from one of the two files.',
    ]);
  });

  it('name a date that is not on the calendar, which YAML would otherwise roll into the next month', () => {
    const text = VALID_PROFESSION.replace('nextReview: 2027-11-22', 'nextReview: 2027-06-31');
    expect(impossibleDateProblems([['content/professions/orthoptists.mdx', text]])).toEqual([
      'content/professions/orthoptists.mdx: nextReview: 2027-06-31 is not a real date. Check the day and the month, and write dates as YYYY-MM-DD.',
    ]);
  });

  it('put a file that cannot be read first, and do not also call it empty', () => {
    expect(contentProblems([['content/glossary/hcpc.yaml', 'term: "HCPC\n']])).toHaveLength(1);
  });
});
