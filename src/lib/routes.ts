/**
 * The routes data (content/routes/<profession>.yaml) as plain values, and the questions more than
 * one page asks of it: which professions a route exists for, and whether a route needs a degree.
 * Kept free of astro:content so unit tests can feed it the real YAML files.
 */
import { PROFESSIONS, type ProfessionSlug, type RouteId } from './vocabulary';

/** One line of a profession's routes file. */
export interface RouteFact {
  route: RouteId;
  available: boolean;
  length?: string | undefined;
  entry?: string | undefined;
  note?: string | undefined;
}

/** Every profession's routes, as its routes file lists them. */
export type RouteTable = Readonly<Record<ProfessionSlug, readonly RouteFact[]>>;

/** Builds the table from the routes files, failing if a profession has no file: every finder answer needs one. */
export function routeTable(files: readonly { profession: ProfessionSlug; routes: readonly RouteFact[] }[]): RouteTable {
  const missing = PROFESSIONS.filter((p) => !files.some((f) => f.profession === p));
  if (missing.length > 0) throw new Error(`No routes file in content/routes for: ${missing.join(', ')}`);
  return Object.fromEntries(PROFESSIONS.map((p) => [p, files.find((f) => f.profession === p)!.routes])) as RouteTable;
}

/** The profession's line for this route, or undefined when its file does not mention the route. */
export function factFor(table: RouteTable, profession: ProfessionSlug, route: RouteId): RouteFact | undefined {
  return table[profession].find((f) => f.route === route);
}

/**
 * Whether taking this route needs a first degree. A postgraduate course always does. Other routes
 * do where the routes file says the entry requirement is a degree (the arts therapies'
 * master's-level apprenticeship, for example): the file states that fact in words, once, and
 * the finder must not offer such a route to someone without a degree as if it were open to them.
 */
export function needsFirstDegree(fact: RouteFact): boolean {
  if (fact.route === 'postgraduate-pre-registration') return true;
  return /^(usually )?an? ([a-z-]+ ){0,3}degree\b/i.test(fact.entry ?? '');
}

export interface RouteAvailability {
  /** Professions the route exists for, with the typical length where the data gives one. */
  available: { profession: ProfessionSlug; length?: string | undefined }[];
  /** Professions it does not exist for. */
  unavailable: ProfessionSlug[];
}

/** Which professions have this route, in the order of `professions` (pass them sorted by name). */
export function availabilityOf(table: RouteTable, route: RouteId, professions: readonly ProfessionSlug[] = PROFESSIONS): RouteAvailability {
  const result: RouteAvailability = { available: [], unavailable: [] };
  for (const profession of professions) {
    const fact = factFor(table, profession, route);
    if (fact?.available) result.available.push({ profession, length: fact.length });
    else result.unavailable.push(profession);
  }
  return result;
}
