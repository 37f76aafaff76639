/**
 * The one registry of the hub's sections and hand-written pages. Navigation, breadcrumbs, page
 * addresses, the A to Z, search filters and the strategy checks all read it, so a section's
 * address, label and content folder are each written once, here.
 *
 * Every collection of pages is named after its folder (content/<collection>/) and served under
 * its section's address: an entry called "index" is the section's landing page.
 */

/** A section of the hub: a top-level address, a search filter and (most) a content collection. */
export interface SectionInfo {
  /** Its name in navigation, breadcrumbs, the A to Z and the search filters. */
  label: string;
  /** Its landing page, and the address every page of its collection sits under. */
  base: string;
  /** The collection whose entries are its pages; content/<collection>/ holds them. */
  collection?: PageCollection;
  /** Its place in the header's navigation; sections without one are reached from the home page and the footer. */
  nav?: number;
}

/** The collections whose entries are pages, each named after its folder in content/. */
export const PAGE_COLLECTIONS = [
  'professions',
  'resources',
  'strategy',
  'greener',
  'health-inequalities',
  'careers',
  'job-planning',
  'about',
] as const;
export type PageCollection = (typeof PAGE_COLLECTIONS)[number];

/** The written collections (articles with a landing page called index), which share one page layout. */
export const ARTICLE_COLLECTIONS = ['strategy', 'greener', 'health-inequalities', 'careers', 'job-planning', 'about'] as const;
export type ArticleCollection = (typeof ARTICLE_COLLECTIONS)[number];

export const SECTION_INFO = {
  professions: { label: 'Professions', base: '/professions/', collection: 'professions', nav: 1 },
  careers: { label: 'Careers', base: '/careers/', collection: 'careers', nav: 2 },
  resources: { label: 'Resources', base: '/resources/', collection: 'resources', nav: 3 },
  greener: { label: 'Greener AHPs', base: '/greener/', collection: 'greener', nav: 4 },
  'health-inequalities': { label: 'Health inequalities', base: '/health-inequalities/', collection: 'health-inequalities', nav: 5 },
  strategy: { label: 'Strategy', base: '/strategy/', collection: 'strategy', nav: 6 },
  'job-planning': { label: 'Job planning', base: '/job-planning/', collection: 'job-planning' },
  about: { label: 'About the hub', base: '/about/', collection: 'about' },
} as const satisfies Record<string, SectionInfo>;
export type Section = keyof typeof SECTION_INFO;

/**
 * Pages written by hand in src/pages (not from a collection): each reads its title, description
 * and search words here, so the A to Z and the search-word index list them as they list entries.
 */
export interface HandWrittenPage {
  href: string;
  title: string;
  /** One or two sentences for search results and link previews. */
  description: string;
  /** Its title in the A to Z when that differs. */
  listedAs?: string;
  section?: Section;
  /** Words people search for the page by that it does not show. */
  searchTerms?: readonly string[];
}

export const HAND_WRITTEN = {
  home: {
    href: '/',
    title: 'What is an allied health professional?',
    listedAs: 'Home: what is an allied health professional?',
    description:
      'AHP Hub explains who the 14 allied health professions are, how to join them, and the tools and resources AHPs use in England.',
  },
  professions: {
    href: '/professions/',
    title: 'The 14 allied health professions',
    section: 'professions',
    description: 'Every allied health profession in England, A to Z, with one line on what each one does.',
  },
  compare: {
    href: '/professions/compare/',
    title: 'Compare the professions',
    section: 'professions',
    description:
      'The 14 allied health professions side by side for students: course length, ways in, school subjects, starting pay and regulator.',
    searchTerms: ['compare courses', 'which AHP course', 'course length', 'starting salary', 'A level subjects'],
  },
  whoCanHelp: {
    href: '/who-can-help/',
    title: 'Who can help with...',
    section: 'professions',
    description: 'Everyday health needs, from swallowing to scans, and the allied health professionals who help with each one in England.',
    searchTerms: [
      'who can help',
      'who do I see',
      'which therapist',
      'help after a stroke',
      'help after a fall',
      'swallowing problems',
      'squint',
      'physio or osteopath',
      'back pain',
      'care home',
      'coughing when drinking',
    ],
  },
  subjects: {
    href: '/professions/subjects/',
    title: 'School subjects and the professions they lead to',
    section: 'professions',
    description: "Which school subjects each allied health profession's courses usually ask for, and the ways in without A levels.",
    searchTerms: [
      'A level subjects',
      'what subjects do I need',
      'biology',
      'chemistry',
      'physics',
      'psychology',
      'PE',
      'art',
      'music',
      'drama',
      'Access course',
    ],
  },
  resources: {
    href: '/resources/',
    title: 'Resources from AHPs into Action',
    section: 'resources',
    description:
      'Every guide, framework and report listed as an output of the first AHP strategy, AHPs into Action, with filters by keyword, topic, profession, type, status and publisher.',
  },
  routeFinder: {
    href: '/careers/route-finder/',
    title: 'Career route finder',
    section: 'careers',
    description:
      'Answer one or two questions to see the ways into an allied health profession that fit where you are starting from, with how long each takes.',
    searchTerms: ['how do I become', 'which route', 'career finder', 'training route', 'entry routes'],
  },
  voices: {
    href: '/strategy/voices/',
    title: 'In their own words: voices from the strategy',
    section: 'strategy',
    description:
      'What people, communities and AHPs said while AHPs Deliver was being written, quoted word for word as the strategy prints them.',
    searchTerms: ['quotes', 'quotations', 'what people said', 'people and communities', 'consultation'],
  },
  glossary: {
    href: '/glossary/',
    title: 'Glossary',
    section: 'about',
    description: 'The words and short forms used on AHP Hub, A to Z, each explained in plain English with its sources.',
  },
  search: { href: '/search/', title: 'Search the hub', description: 'Search every page of AHP Hub, or browse the A to Z of every page.' },
} as const satisfies Record<string, HandWrittenPage>;

/** A section's landing page. */
export const sectionPath = (section: Section): string => SECTION_INFO[section].base;

/** The section a collection's pages belong to. */
export function sectionOf(collection: PageCollection): Section {
  const found = (Object.keys(SECTION_INFO) as Section[]).find((s) => (SECTION_INFO[s] as SectionInfo).collection === collection);
  if (!found) throw new Error(`No section lists the collection "${collection}" (src/lib/sections.ts).`);
  return found;
}

/** The address of a collection entry's page: "index" is the section's landing page. */
export function entryHref(collection: PageCollection, id: string): string {
  const base = sectionPath(sectionOf(collection));
  return id === 'index' ? base : `${base}${id}/`;
}

/** The header's navigation, in order: the sections that have a place in it, then search. */
export const PRIMARY_NAV: readonly { href: string; label: string }[] = [
  ...(Object.values(SECTION_INFO) as SectionInfo[])
    .filter((s) => s.nav !== undefined)
    .sort((a, b) => a.nav! - b.nav!)
    .map((s) => ({ href: s.base, label: s.label })),
  { href: HAND_WRITTEN.search.href, label: 'Search' },
];

/** A breadcrumb trail back to a section's landing page (none on the landing page itself). */
export const sectionTrail = (section: Section, isLanding: boolean): { href: string; label: string }[] =>
  isLanding ? [] : [{ href: sectionPath(section), label: SECTION_INFO[section].label }];
