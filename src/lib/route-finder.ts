/**
 * The career route finder's logic: where someone is starting from, and optionally which
 * profession, gives the ways in that apply, from the routes data. Every answer lists at least one
 * route, or (if a profession had none) other professions that do: no combination is a dead end.
 */
import { PROFESSIONS, type ProfessionSlug, type RouteId } from './vocabulary';
import { factFor, needsFirstDegree, type RouteTable } from './routes';
import { withArticle } from './words';

/** Whether people starting here already hold a first degree. */
type Degree = 'yes' | 'no' | 'maybe';

interface Start {
  /** The answer to "Where are you starting from?", as the finder offers it. */
  label: string;
  /** The same, to follow "Your routes if" in headings. */
  phrase: string;
  /** The heading of an answer page; `{who}` is the singular profession with its article. */
  heading: string;
  /** Decides what happens to routes that need a first degree. */
  degree: Degree;
  /** The ways in that fit this start, best fit first. */
  routes: readonly RouteId[];
  /** Ways in to suggest instead when none of `routes` exists for a profession, nearest first. */
  nearest: readonly RouteId[];
  /** Hub pages that help people starting here choose and apply, shown on the start's page. */
  readMore?: readonly { href: string; text: string }[];
}

/** What school subjects lead where, and how to apply: for people choosing their first course. */
const CHOOSING_A_COURSE = [
  { href: '/professions/subjects/', text: 'Which school subjects lead to which profession' },
  { href: '/careers/applying/', text: 'Applying for a course, step by step' },
] as const;

/** The finder's first question. The keys are the URL segments of /careers/route-finder/<start>/. */
export const STARTS = {
  school: {
    label: 'At school or college',
    phrase: 'you are at school or college',
    heading: 'Becoming {who} if you are at school or college',
    degree: 'no',
    routes: ['undergraduate-degree', 'degree-apprenticeship', 'support-worker'],
    nearest: ['postgraduate-pre-registration'],
    readMore: CHOOSING_A_COURSE,
  },
  graduate: {
    label: 'A graduate in another subject',
    phrase: 'you are a graduate in another subject',
    heading: 'Becoming {who} if you are a graduate in another subject',
    degree: 'yes',
    routes: ['postgraduate-pre-registration', 'undergraduate-degree', 'degree-apprenticeship'],
    nearest: ['support-worker'],
  },
  'support-worker': {
    label: 'Already working as a support worker',
    phrase: 'you already work as a support worker',
    heading: 'Becoming {who} if you already work as a support worker',
    degree: 'maybe',
    routes: ['support-worker', 'degree-apprenticeship', 'undergraduate-degree', 'postgraduate-pre-registration'],
    nearest: [],
  },
  'career-changer': {
    label: 'Changing career',
    phrase: 'you are changing career',
    heading: 'Becoming {who} if you are changing career',
    degree: 'maybe',
    routes: ['undergraduate-degree', 'degree-apprenticeship', 'postgraduate-pre-registration', 'support-worker'],
    nearest: [],
    readMore: [
      {
        href: '/professions/subjects/#without-a-levels',
        text: 'Getting into a course without A levels, such as with an Access to HE Diploma',
      },
      ...CHOOSING_A_COURSE,
    ],
  },
  returning: {
    label: 'A registered AHP returning after a break',
    phrase: 'you are an AHP returning after a break',
    heading: 'Returning to practice as {who} after a break',
    degree: 'maybe',
    routes: ['return-to-practice'],
    nearest: ['postgraduate-pre-registration', 'undergraduate-degree', 'degree-apprenticeship'],
  },
  overseas: {
    label: 'Trained overseas',
    phrase: 'you trained overseas',
    heading: 'Registering as {who} if you trained overseas',
    degree: 'maybe',
    routes: ['overseas'],
    nearest: ['postgraduate-pre-registration', 'undergraduate-degree', 'degree-apprenticeship'],
  },
} as const satisfies Record<string, Start>;
export type StartId = keyof typeof STARTS;
export const START_IDS = Object.keys(STARTS) as StartId[];

/**
 * When a route is open: to anyone starting here (`none`), only to those who already have a
 * degree, or (as the nearest route for someone without one) after they take a first degree.
 */
export type Condition = 'none' | 'if-you-have-a-degree' | 'after-a-first-degree';

export const CONDITION_TEXT: Record<Exclude<Condition, 'none'>, string> = {
  'if-you-have-a-degree': 'If you already have a degree',
  'after-a-first-degree': 'After you take a first degree',
};

/** The first thing to do on each route: each restates the first action its careers page describes. */
export const NEXT_STEPS: Record<RouteId, string> = {
  'undergraduate-degree': 'Check the entry requirements of each university you are interested in before you apply.',
  'degree-apprenticeship': 'Look for an apprentice job with a health or care employer: you apply for the job, not to a university.',
  'postgraduate-pre-registration': 'Check that your first degree meets the entry requirements of the courses you are interested in.',
  'support-worker': 'Apply for a support worker job, and ask your employer about apprenticeships that help you move up.',
  'return-to-practice':
    'Work out how long you have been out of practice: that sets how much updating you need before you rejoin the register.',
  overseas: 'Read the standards of proficiency for your profession, then apply to its regulator.',
};

interface RouteSuggestion {
  route: RouteId;
  condition: Condition;
  /** From the profession's routes file, where it gives them. */
  length?: string | undefined;
  entry?: string | undefined;
  note?: string | undefined;
}

export interface ProfessionAnswer {
  start: StartId;
  profession: ProfessionSlug;
  /** Routes to show, best fit first. */
  routes: RouteSuggestion[];
  /** True when none of this start's usual routes is open for the profession, so `routes` are the nearest ones. */
  nearest: boolean;
  /** This start's usual routes that the profession's file does not list as available, with its note on why. */
  missing: { route: RouteId; note?: string | undefined }[];
  /** Only when no route at all fits: professions this start does lead to, related ones first. */
  otherProfessions: ProfessionSlug[];
}

/**
 * The route as someone with this `degree` could take it into `profession`, or null if it is not
 * open to them. With `afterDegree`, a route that needs a degree is offered to someone without
 * one as a later step (the nearest route when nothing is open to them now).
 */
function suggest(
  table: RouteTable,
  profession: ProfessionSlug,
  route: RouteId,
  degree: Degree,
  afterDegree = false,
): RouteSuggestion | null {
  const fact = factFor(table, profession, route);
  if (!fact?.available) return null;
  let condition: Condition = 'none';
  if (needsFirstDegree(fact) && degree !== 'yes') {
    if (degree === 'maybe') condition = 'if-you-have-a-degree';
    else if (afterDegree) condition = 'after-a-first-degree';
    else return null;
  }
  return { route, condition, length: fact.length, entry: fact.entry, note: fact.note };
}

const suggestAll = (table: RouteTable, profession: ProfessionSlug, routes: readonly RouteId[], degree: Degree, afterDegree = false) =>
  routes.map((r) => suggest(table, profession, r, degree, afterDegree)).filter((s): s is RouteSuggestion => s !== null);

/** The ways in for someone starting at `start` who wants to join `profession`. */
export function answerFor(
  table: RouteTable,
  start: StartId,
  profession: ProfessionSlug,
  /** The profession's related professions, offered first if no route fits at all. */
  related: readonly ProfessionSlug[] = [],
): ProfessionAnswer {
  const s: Start = STARTS[start];
  const missing = s.routes
    .filter((r) => factFor(table, profession, r)?.available !== true)
    .map((route) => ({ route, note: factFor(table, profession, route)?.note }));
  const direct = suggestAll(table, profession, s.routes, s.degree);
  if (direct.length > 0) return { start, profession, routes: direct, nearest: false, missing, otherProfessions: [] };

  // Nearest first: this start's own routes once they hold a degree; then its fallback routes.
  const nearest = [
    ...suggestAll(table, profession, s.routes, s.degree, true).filter((r) => r.condition === 'after-a-first-degree'),
    ...suggestAll(table, profession, s.nearest, s.degree, true),
  ];
  if (nearest.length > 0) return { start, profession, routes: nearest, nearest: true, missing, otherProfessions: [] };

  const leadsSomewhere = (p: ProfessionSlug) => p !== profession && suggestAll(table, p, s.routes, s.degree).length > 0;
  const otherProfessions = [...related.filter(leadsSomewhere), ...PROFESSIONS.filter((p) => !related.includes(p) && leadsSomewhere(p))];
  return { start, profession, routes: [], nearest: true, missing, otherProfessions };
}

export interface AnyProfessionRoute {
  route: RouteId;
  /** Professions this route is open for from this start, in the order asked for. */
  professions: { profession: ProfessionSlug; condition: Condition; length?: string | undefined }[];
}

/** The ways in from `start` whatever the profession: each route with the professions it is open for. */
export function answerForAnyProfession(
  table: RouteTable,
  start: StartId,
  /** Professions in the order to list them (sorted by name on the pages). */
  professions: readonly ProfessionSlug[] = PROFESSIONS,
): AnyProfessionRoute[] {
  const s: Start = STARTS[start];
  const build = (routes: readonly RouteId[]) =>
    routes
      .map((route) => ({
        route,
        professions: professions.flatMap((profession) => {
          const open = suggest(table, profession, route, s.degree);
          return open ? [{ profession, condition: open.condition, length: open.length }] : [];
        }),
      }))
      .filter((r) => r.professions.length > 0);
  const usual = build(s.routes);
  return usual.length > 0 ? usual : build(s.nearest);
}

/** The heading of the answer page for `start` and a profession, given its singular name ("Physiotherapist"). */
export function answerHeading(start: StartId, singular: string): string {
  return STARTS[start].heading.replace('{who}', withArticle(singular.toLowerCase()));
}

/** The finder page for a start, or for a start and a profession. */
export function finderHref(start?: StartId, profession?: ProfessionSlug): string {
  if (!start) return '/careers/route-finder/';
  return profession ? `/careers/route-finder/${start}/${profession}/` : `/careers/route-finder/${start}/`;
}
