/**
 * The hub's fixed vocabularies (src/lib/vocabulary.ts) as schema pieces, so every schema spells
 * an allowed value the same way and an editor's typo lists every value allowed.
 */
import { z } from 'astro/zod';
import {
  AUDIENCES,
  NEXT_STEP_KINDS,
  PROFESSIONS,
  REGULATORS,
  RESOURCE_STATUSES,
  RESOURCE_TYPES,
  ROUTES,
  SECTIONS,
  STRATEGY_PARTS,
  TOPICS,
} from '../lib/vocabulary';

/** The keys of a vocabulary, typed as the non-empty tuple z.enum needs. */
const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** One of the 14 professions, by its slug (physiotherapists). */
export const professionSlug = z.enum(PROFESSIONS);
/** A statutory regulator: hcpc or gosc. */
export const regulator = z.enum(keysOf(REGULATORS));
/** A part of the AHPs Deliver strategy. */
export const strategyPart = z.enum(keysOf(STRATEGY_PARTS));
/** A topic a resource or page can be about. */
export const topic = z.enum(keysOf(TOPICS));
/** Who a resource is mainly for. */
export const audience = z.enum(keysOf(AUDIENCES));
/** A kind of resource (guide, toolkit...). */
export const resourceType = z.enum(keysOf(RESOURCE_TYPES));
/** Whether a resource still stands: current, superseded or archived. */
export const resourceStatus = z.enum(keysOf(RESOURCE_STATUSES));
/** What a resource's next step is: a current page, its successor, an archived copy, the team's website or research. */
export const nextStepKind = z.enum(keysOf(NEXT_STEP_KINDS));
/** A way into a profession (degree, apprenticeship...). */
export const routeId = z.enum(keysOf(ROUTES));
/** A section of the hub. */
export const section = z.enum(keysOf(SECTIONS));
/** A stable id: lower case letters, numbers and hyphens (php-mecc). */
export const slugId = z.string().regex(/^[a-z0-9-]+$/);
