import { SECTION_INFO, type Section } from './sections.ts';
/**
 * The hub's fixed vocabularies. Content may only use these values, so that every
 * filter, listing page and cross-link has one agreed spelling. Adding a value here is
 * the one place to change when the hub grows.
 */

/** The 14 allied health professions, by URL slug. */
export const PROFESSIONS = [
  'art-therapists',
  'dietitians',
  'dramatherapists',
  'music-therapists',
  'occupational-therapists',
  'operating-department-practitioners',
  'orthoptists',
  'osteopaths',
  'paramedics',
  'physiotherapists',
  'podiatrists',
  'prosthetists-and-orthotists',
  'radiographers',
  'speech-and-language-therapists',
] as const;
export type ProfessionSlug = (typeof PROFESSIONS)[number];

/** Statutory regulators of the professions. */
export const REGULATORS = {
  hcpc: {
    name: 'Health and Care Professions Council',
    short: 'HCPC',
    url: 'https://www.hcpc-uk.org/',
    /** Where anyone can check that a professional is registered. */
    register: 'https://www.hcpc-uk.org/check-the-register/',
  },
  gosc: {
    name: 'General Osteopathic Council',
    short: 'GOsC',
    url: 'https://www.osteopathy.org.uk/',
    register: 'https://www.osteopathy.org.uk/register-search/',
  },
} as const;
export type RegulatorId = keyof typeof REGULATORS;

/** Kinds of resource in the repository. */
export const RESOURCE_TYPES = {
  framework: 'Framework',
  strategy: 'Strategy',
  guide: 'Guide',
  'quick-guide': 'Quick guide',
  toolkit: 'Toolkit',
  template: 'Template',
  report: 'Report',
  review: 'Review',
  'webinar-series': 'Webinar series',
  handbook: 'Handbook',
  'web-page': 'Web page',
  programme: 'Programme',
  'resource-collection': 'Resource collection',
} as const;

/** Topics a resource can be about. */
export const TOPICS = {
  leadership: 'Leadership',
  'workforce-and-careers': 'Workforce and careers',
  'education-and-placements': 'Education and placements',
  'support-workforce': 'Support workforce',
  'research-and-innovation': 'Research and innovation',
  'digital-and-data': 'Digital and data',
  'quality-improvement': 'Quality improvement',
  'public-health-and-prevention': 'Public health and prevention',
  'mental-health': 'Mental health',
  'learning-disability-and-autism': 'Learning disability and autism',
  'primary-care': 'Primary care',
  'urgent-and-emergency-care': 'Urgent and emergency care',
  cancer: 'Cancer',
  'care-homes': 'Care homes',
  prescribing: 'Prescribing',
  'covid-19': 'COVID-19',
  wellbeing: 'Wellbeing',
  sustainability: 'Sustainability',
  'health-inequalities': 'Health inequalities',
  rehabilitation: 'Rehabilitation',
  'long-term-conditions': 'Long-term conditions',
  'service-planning': 'Service planning and commissioning',
  'integrated-care': 'Integrated care',
  'job-planning': 'Job planning',
  'workforce-planning': 'Workforce planning',
} as const;
export type Topic = keyof typeof TOPICS;

/**
 * Whether a resource still stands: in force, replaced by a newer document, withdrawn, past the
 * end of the years it covered with nothing found to replace it, or not found on its publisher's
 * site or anywhere we can link to.
 */
export const RESOURCE_STATUSES = {
  current: 'Current',
  superseded: 'Superseded',
  archived: 'Archived',
  ended: 'Ended',
  unavailable: 'Not found online',
} as const;
export type ResourceStatus = keyof typeof RESOURCE_STATUSES;

/** What a resource's next-step link is, when the document itself cannot be linked; each value is the link's opening words. */
export const NEXT_STEP_KINDS = {
  programme: 'Go to a current page on this topic',
  successor: 'Read what replaced it',
  archive: 'Read the archived copy in the UK Government Web Archive',
  team: 'Go to the website of the team that published it',
  research: 'Read related published research',
} as const;

/** Who a resource or page is mainly for. */
export const AUDIENCES = {
  public: 'The public',
  students: 'Students and applicants',
  'support-workforce': 'Support workers and assistant practitioners',
  ahps: 'Registered AHPs',
  leaders: 'AHP leaders and managers',
  educators: 'Educators and placement providers',
  employers: 'Employers and workforce planners',
  commissioners: 'Commissioners and systems',
  researchers: 'Researchers',
} as const;

/** The parts of AHPs Deliver: two principles, four enhanced foundations, five areas of focus. */
export const STRATEGY_PARTS = {
  'anti-racism': { kind: 'principle', title: 'Anti-racism' },
  'co-production': { kind: 'principle', title: 'Co-production' },
  leadership: { kind: 'foundation', title: 'Diverse and inclusive leadership' },
  workforce: { kind: 'foundation', title: 'The right place, the right time, the right skills' },
  research: { kind: 'foundation', title: 'Research, innovation and evaluation' },
  digital: { kind: 'foundation', title: 'Digital technology and data' },
  'people-first': { kind: 'focus', title: 'People first' },
  'optimising-care': { kind: 'focus', title: 'Optimising care' },
  'social-justice': { kind: 'focus', title: 'Social justice: health and care inequalities' },
  'environmental-sustainability': { kind: 'focus', title: 'Environmental sustainability' },
  'ahp-community': { kind: 'focus', title: 'Strengthening and promoting the AHP community' },
} as const;
export type StrategyPart = keyof typeof STRATEGY_PARTS;
export type StrategyKind = (typeof STRATEGY_PARTS)[StrategyPart]['kind'];

/** The three layers of AHPs Deliver, in the order the strategy presents them (the diagram on /strategy/ draws these). */
export const STRATEGY_LAYERS: Record<StrategyKind, { heading: string; role: string }> = {
  principle: { heading: 'Two overarching principles', role: 'They run through everything else in the plan.' },
  foundation: { heading: 'Four enhanced foundations', role: 'The building blocks that make the rest possible.' },
  focus: { heading: 'Five areas of focus', role: 'New for 2022 to 2027, each with its own aims.' },
};

/** Ways into and on through an AHP career. Career pages and the route finder share these ids. */
export const ROUTES = {
  'undergraduate-degree': 'Full-time undergraduate degree',
  'degree-apprenticeship': 'Degree apprenticeship',
  'postgraduate-pre-registration': 'Postgraduate pre-registration course',
  'support-worker': 'Start as a support worker and progress',
  'return-to-practice': 'Return to practice',
  overseas: 'Trained overseas',
} as const;
export type RouteId = keyof typeof ROUTES;

/** The hub's sections by their labels (each is a top-level path and a search filter); src/lib/sections.ts defines them. */
export const SECTIONS = Object.fromEntries(Object.entries(SECTION_INFO).map(([id, s]) => [id, s.label])) as {
  readonly [S in Section]: (typeof SECTION_INFO)[S]['label'];
};
export type { Section };

/** Turn a free-text name into a URL slug. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
