#!/usr/bin/env node
/**
 * `npm run new -- <type> "Title"`: creates a content entry from a template that already passes
 * its schema, in the right folder, with a file name made from the title. It never overwrites a
 * file. Every value an editor must replace says PLACEHOLDER, and `npm test` fails until none is
 * left (scripts/check-language.ts); `# EDIT:` comments say what each field takes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  AUDIENCES,
  NEXT_STEP_KINDS,
  PROFESSIONS,
  REGULATORS,
  RESOURCE_TYPES,
  STRATEGY_PARTS,
  TOPICS,
  slugify,
} from '../src/lib/vocabulary.ts';

const q = (text: string) => JSON.stringify(text); // a double-quoted YAML string
const keys = (o: object) => Object.keys(o).join(', ');
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const today = new Date();
const inAYear = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate()));

const SOURCES = `sources:
  # EDIT: where the facts come from. Keep seed "000" only if they come from AHPs Deliver;
  # otherwise replace the seed line with the web address you read: url: "https://..."
  - title: "PLACEHOLDER: the title of the document or page, exactly as published"
    publisher: "PLACEHOLDER: who published it"
    seed: "000"`;
const DATES = `# EDIT: the day you checked every fact, and a year later (YYYY-MM-DD).
lastReviewed: ${isoDay(today)}
nextReview: ${isoDay(inAYear)}`;

const BODY = `
## PLACEHOLDER: a heading that says what follows

PLACEHOLDER: write the page in plain English, in your own words. Keep sentences short. See the style guide (/about/style-guide/) and CONTRIBUTING.md.
`;

/** A written page in one of the sections (the article fields in src/content.config.ts). */
const article = (title: string) => `---
title: ${q(title)}
# EDIT: one plain-English sentence, 20 to 240 characters, for listings and search results.
summary: "PLACEHOLDER: one sentence that says what this page is about."
order: 100 # EDIT: position among the section's pages, lower first
searchTerms: [] # EDIT: other words people search for, such as [placement, practice education]
strategyParts: [] # EDIT: parts of AHPs Deliver it serves: ${keys(STRATEGY_PARTS)}
topics: [] # EDIT: resource topics to list as related reading: ${keys(TOPICS)}
${SOURCES}
${DATES}
---
${BODY}`;

/** Where an entry of each type goes, and the text it starts from. */
interface Template {
  dir: string;
  ext: 'mdx' | 'yaml';
  body: (title: string) => string;
}

const TEMPLATES: Record<string, Template> = {
  resource: {
    dir: 'resources',
    ext: 'mdx',
    body: (title) => `---
title: ${q(title)} # EDIT: the title exactly as published
publisher: "PLACEHOLDER: who published it"
# year: 2021 # EDIT: remove the # and set the year, only if a source gives it
type: guide # EDIT: one of ${keys(RESOURCE_TYPES)}
topics: [workforce-and-careers] # EDIT: one or more of ${keys(TOPICS)}
professions: all # EDIT: all, or a list of profession slugs such as [dietitians, podiatrists]
audience: [ahps] # EDIT: one or more of ${keys(AUDIENCES)}
# EDIT: 40 to 120 words in your own words: what it is and who it helps.
summary: "PLACEHOLDER: say what this resource is, who published it and when, what it covers and who it is for. Write in plain English and in your own words, and do not copy sentences from the resource itself. Keep it between forty and one hundred and twenty words long, as the check counts them."
# url: "https://..." # EDIT: remove the # and give the publisher's address, only where a source confirms it
# EDIT: with a url, delete the next line; without one, say why there is none and what a reader can do instead.
noLinkReason: "PLACEHOLDER: why there is no link to this document, and how a reader can get it instead."
# EDIT: with a url, delete nextStep; without one, link a page a reader can act on, chosen for this entry, and cite it in sources.
nextStep:
  kind: programme # EDIT: ${keys(NEXT_STEP_KINDS)}
  title: "PLACEHOLDER: the page's title, as its publisher gives it"
  url: "https://PLACEHOLDER.example/" # EDIT: the address you found with a search
strategyParts: [] # EDIT: parts of AHPs Deliver it supports: ${keys(STRATEGY_PARTS)}
listedIn: appendix-2 # EDIT: where the strategy lists it: appendix-2, appendix-3 or framework-page
${SOURCES}
${DATES}
---
`,
  },
  profession: {
    dir: 'professions',
    ext: 'mdx',
    body: (title) => `---
title: ${q(title)} # EDIT: the plural name, such as Physiotherapists
singular: "PLACEHOLDER: the singular name"
summary: "PLACEHOLDER: one line on what they do."
searchTerms: ["PLACEHOLDER: another name or need people search for"]
regulator: hcpc # EDIT: ${keys(REGULATORS)}
protectedTitles: ["PLACEHOLDER: a title only registered people may use"]
professionalBody:
  name: "PLACEHOLDER: the professional body"
  # url: "https://..." # EDIT: remove the # and give its address, only if a source gives it
settings: # EDIT: at least three places they work
  - "PLACEHOLDER: a place they work"
  - "PLACEHOLDER: another place they work"
  - "PLACEHOLDER: a third place they work"
helps: # EDIT: at least two kinds of people they help
  - "PLACEHOLDER: people they help"
  - "PLACEHOLDER: other people they help"
related: [] # EDIT: professions that often work alongside this one, by slug
access: # EDIT: how people in England get to see one
  inShort: "PLACEHOLDER: one or two sentences for At a glance: through the NHS, referring yourself where offered, privately."
  nhs: "PLACEHOLDER: who refers people through the NHS, such as a GP or a hospital team."
  selfReferral: local # EDIT: plan (the 2023 primary care access plan asked for it), local, no or emergency
  # selfReferralServices: "community podiatry" # EDIT: with plan only, the services the plan named
  privately: "PLACEHOLDER: one sentence on seeing one privately."
  # urgent: "Call 999 ..." # EDIT: remove the # only where 999 or NHS 111 fits this profession
  nhsPages: [] # EDIT: pages on nhs.uk that help, each with a title and a url
pay: # EDIT: the usual NHS starting band, where a source gives it
  startingBand: "5" # EDIT: 5 or 6; or remove it and give a note saying why there is none
  # note: "Most work privately, so ..." # EDIT: one sentence, only if a reader needs it
entrySubjects: # EDIT: the school subjects courses usually ask for
  oneOf: [] # EDIT: any of biology, chemistry, physics, maths, psychology, pe, languages, engineering, art, drama, music
  summary: "PLACEHOLDER: one or two sentences on the subjects courses ask for, as the source states it."
  sources:
    - title: "PLACEHOLDER: the page that states the entry requirements"
      url: "https://www.example.org/" # EDIT: the publisher's own page
${SOURCES}
${DATES}
---
${BODY}`,
  },
  glossary: {
    dir: 'glossary',
    ext: 'yaml',
    body: (title) => `term: ${q(title)} # EDIT: the term as readers meet it
# abbreviation: ABC # EDIT: remove the # and give its short form, if it has one
aliases: [] # EDIT: other spellings to link the same way, such as [preceptorship programme]
# EDIT: one or two plain-English sentences in your own words, 20 to 400 characters.
definition: "PLACEHOLDER: what the term means, in one or two plain-English sentences."
# seeAlso: /careers/ # EDIT: remove the # and give a hub page that explains more
${SOURCES}
${DATES}
`,
  },
  quote: {
    dir: 'quotes',
    ext: 'yaml',
    body: (title) => `# ${title}
# EDIT: copy the words exactly as the strategy prints them: spelling, punctuation and all.
text: "PLACEHOLDER: the words exactly as printed."
attribution: "PLACEHOLDER: who said it, when and where, as the strategy gives it"
strategyParts: [people-first] # EDIT: the parts it speaks to: ${keys(STRATEGY_PARTS)}
sources:
  - title: "The AHP Strategy for England: AHPs Deliver (2022 to 2027)" # EDIT: where it is printed
    publisher: NHS England
    seed: "000"
`,
  },
  checklist: {
    dir: 'checklists',
    ext: 'yaml',
    body: (title) => `title: ${q(title)}
summary: "PLACEHOLDER: what the tool helps with, in one sentence."
version: 1 # EDIT: add 1 whenever an item changes meaning or is removed
mode: progress # EDIT: progress (planned, doing, done) or yes-no
sections:
  - id: first-section # EDIT: lower case letters, numbers and hyphens; never change it once published
    title: "PLACEHOLDER: the section's heading"
    items:
      - id: first-item # EDIT: answers are saved under this id: never change or reuse it
        text: "PLACEHOLDER: the action or question"
        prompts: [] # EDIT: questions that help people think it through
${SOURCES}
${DATES}
`,
  },
  about: { dir: 'about', ext: 'mdx', body: article },
  greener: { dir: 'greener', ext: 'mdx', body: article },
  careers: { dir: 'careers', ext: 'mdx', body: article },
  strategy: { dir: 'strategy', ext: 'mdx', body: article },
  'health-inequalities': { dir: 'health-inequalities', ext: 'mdx', body: article },
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [type, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
const template = type === undefined ? undefined : TEMPLATES[type];
if (!template || !title)
  fail(
    `Usage: npm run new -- <type> "Title"\nTypes: ${Object.keys(TEMPLATES).join(', ')}\nFor example: npm run new -- resource "AHP job planning guide"`,
  );

const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or numbers to make a file name from. Give a title in words.`);
if (type === 'profession' && !(PROFESSIONS as readonly string[]).includes(slug))
  fail(
    `"${slug}" is not one of the 14 professions. Use one of: ${PROFESSIONS.join(', ')}. Adding a profession needs a developer (see CONTRIBUTING.md).`,
  );

const file = join('content', template.dir, `${slug}.${template.ext}`);
mkdirSync(dirname(join(process.cwd(), file)), { recursive: true });
try {
  writeFileSync(join(process.cwd(), file), template.body(title), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST')
    fail(`${file} already exists, so nothing was written. Open it to edit it, or choose another title.`);
  throw error;
}
console.log(file);
console.error(`Created ${file}. Replace every PLACEHOLDER and follow the # EDIT: notes; npm test fails until no PLACEHOLDER is left.`);
