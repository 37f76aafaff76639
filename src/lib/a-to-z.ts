/**
 * The A to Z of every page in the hub, built when the site is built: every entry of the
 * collections that have pages, plus the pages written by hand in src/pages. It is what
 * the search page shows when search cannot run (no JavaScript, offline, blocked), so
 * nothing in the hub is unfindable. tests/search.spec.ts checks it against the sitemap.
 */
import { getCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { articleHref } from './content';
import { SECTIONS, type Section } from './vocabulary';

export interface AtoZEntry {
  title: string;
  href: string;
  /** The section's name, shown beside the title so pages with similar titles can be told apart. */
  section?: string | undefined;
  /** Other words people search for the page by (its searchTerms), for the search page's index of search words. */
  searchTerms?: string[] | undefined;
}

export interface AtoZGroup {
  /** The heading: a capital letter, or "0 to 9" for titles starting with a digit or symbol. */
  letter: string;
  /** A fragment id for the letter links. */
  id: string;
  entries: AtoZEntry[];
}

/**
 * Pages written by hand, each listed once its file exists. A new hand-written page must be
 * added here (with the title its page shows): the search tests fail until it is.
 */
const HAND_WRITTEN: { href: string; title: string; section?: Section; files: string[] }[] = [
  { href: '/', title: 'Home: what is an allied health professional?', files: ['index.astro'] },
  { href: '/professions/', title: 'The 14 allied health professions', section: 'professions', files: ['professions/index.astro'] },
  { href: '/professions/compare/', title: 'Compare the professions', section: 'professions', files: ['professions/compare.astro'] },
  { href: '/resources/', title: 'Resources from AHPs into Action', section: 'resources', files: ['resources/index.astro'] },
  {
    href: '/careers/route-finder/',
    title: 'Career route finder',
    section: 'careers',
    files: ['careers/route-finder.astro', 'careers/route-finder/index.astro'],
  },
  {
    href: '/strategy/voices/',
    title: 'In their own words: voices from the strategy',
    section: 'strategy',
    files: ['strategy/voices.astro'],
  },
  { href: '/glossary/', title: 'Glossary', section: 'about', files: ['glossary.astro', 'glossary/index.astro'] },
];

/** Job planning is an entry of the pages collection with a route of its own (src/pages/[slug].astro leaves it out). */
const JOB_PLANNING = { id: 'job-planning', href: '/job-planning/', files: ['job-planning.astro', 'job-planning/index.astro'] };

/** The collections whose entries are pages: the route file that renders them, their URL and section. */
const COLLECTION_PAGES = [
  { collection: 'professions', file: 'professions/[slug].astro', section: 'professions', href: (id: string) => `/professions/${id}/` },
  { collection: 'resources', file: 'resources/[slug].astro', section: 'resources', href: (id: string) => `/resources/${id}/` },
  { collection: 'strategy', file: 'strategy/[...slug].astro', section: 'strategy', href: (id: string) => articleHref('strategy', id) },
  { collection: 'greener', file: 'greener/[...slug].astro', section: 'greener', href: (id: string) => articleHref('greener', id) },
  {
    collection: 'inequalities',
    file: 'health-inequalities/[...slug].astro',
    section: 'health-inequalities',
    href: (id: string) => articleHref('inequalities', id),
  },
  { collection: 'careers', file: 'careers/[...slug].astro', section: 'careers', href: (id: string) => articleHref('careers', id) },
  { collection: 'pages', file: '[slug].astro', section: 'about', href: (id: string) => articleHref('pages', id) },
] as const satisfies readonly { collection: string; file: string; section: Section; href: (id: string) => string }[];

// The build runs from the project root, where src/pages is.
const pageFileExists = (file: string) => existsSync(join(process.cwd(), 'src', 'pages', file));

/** Every page of the hub, A to Z. */
export async function atoZEntries(): Promise<AtoZEntry[]> {
  const entries: AtoZEntry[] = [];
  for (const page of HAND_WRITTEN) {
    if (page.files.some(pageFileExists))
      entries.push({ title: page.title, href: page.href, section: page.section && SECTIONS[page.section] });
  }
  for (const { collection, file, section, href } of COLLECTION_PAGES) {
    if (!pageFileExists(file)) continue;
    for (const entry of await getCollection(collection)) {
      if (collection === 'pages' && entry.id === JOB_PLANNING.id) continue;
      const searchTerms = 'searchTerms' in entry.data ? entry.data.searchTerms : undefined;
      entries.push({ title: entry.data.title, href: href(entry.id), section: SECTIONS[section], searchTerms });
    }
  }
  if (JOB_PLANNING.files.some(pageFileExists)) {
    const entry = (await getCollection('pages')).find((p) => p.id === JOB_PLANNING.id);
    entries.push({
      title: entry?.data.title ?? 'Job planning',
      href: JOB_PLANNING.href,
      section: SECTIONS['job-planning'],
      searchTerms: entry?.data.searchTerms,
    });
  }
  return sortByTitle(entries);
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

export function sortByTitle(entries: AtoZEntry[]): AtoZEntry[] {
  return [...entries].sort((a, b) => collator.compare(a.title, b.title) || a.href.localeCompare(b.href));
}

/** The letter a title is filed under: its first letter without accents, or "0 to 9". */
export function letterOf(title: string): string {
  const first = title.trim().normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '0 to 9';
}

/** Sorted entries grouped under their letters, in order, leaving out letters with no pages. */
export function groupByLetter(sorted: AtoZEntry[]): AtoZGroup[] {
  const groups: AtoZGroup[] = [];
  for (const entry of sorted) {
    const letter = letterOf(entry.title);
    let group = groups.find((g) => g.letter === letter);
    if (!group) {
      group = { letter, id: `a-to-z-${letter === '0 to 9' ? 'digits' : letter.toLowerCase()}`, entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  // Digits and symbols come first, as in a printed index.
  return groups.sort((a, b) => (a.letter === '0 to 9' ? -1 : b.letter === '0 to 9' ? 1 : a.letter.localeCompare(b.letter)));
}
