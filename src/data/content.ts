/**
 * Queries over the content collections that more than one page needs.
 * Pages stay thin: they ask here, then render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ProfessionSlug, RouteId, StrategyPart } from '../lib/vocabulary';
import { routeTable, type RouteTable } from '../lib/routes';
import { ARTICLE_COLLECTIONS, entryHref } from '../lib/sections';
import { byTitle } from '../lib/related';

export type Profession = CollectionEntry<'professions'>;
export type Resource = CollectionEntry<'resources'>;

export async function professions(): Promise<Profession[]> {
  return (await getCollection('professions')).sort(byTitle);
}

/** Each profession's page title by its id, the one map every page that names professions reads. */
export async function professionTitles(): Promise<ReadonlyMap<string, string>> {
  return new Map((await professions()).map((p) => [p.id, p.data.title]));
}

export async function resources(): Promise<Resource[]> {
  return (await getCollection('resources')).sort(byTitle);
}

export async function routesFor(profession: ProfessionSlug) {
  const all = await getCollection('routes');
  return all.find((r) => r.data.profession === profession);
}

/** Every profession's routes, for the careers pages and the route finder; fails the build if one is missing. */
export async function allRoutes(): Promise<RouteTable> {
  return routeTable((await getCollection('routes')).map((r) => r.data));
}

/** The careers page that explains each way in, by its route id. */
export async function routePages(): Promise<Map<RouteId, CollectionEntry<'careers'>>> {
  const pages = await getCollection('careers', (e) => e.data.route !== undefined);
  return new Map(pages.map((e) => [e.data.route!, e]));
}

/** Resources that name this profession specifically (not the ones for every profession). */
export async function resourcesForProfession(profession: ProfessionSlug): Promise<Resource[]> {
  return (await resources()).filter((r) => r.data.professions !== 'all' && r.data.professions.includes(profession));
}

/** Every written page that says it serves a strategy part, for the part's "put into practice" links. */
export async function pagesServing(part: StrategyPart) {
  const collections = ARTICLE_COLLECTIONS.filter((c) => c !== 'strategy');
  const found: { href: string; title: string; summary: string }[] = [];
  for (const name of collections) {
    for (const entry of await getCollection(name)) {
      if (entry.data.strategyParts.includes(part)) {
        found.push({ href: entryHref(name, entry.id), title: entry.data.title, summary: entry.data.summary });
      }
    }
  }
  return found;
}
