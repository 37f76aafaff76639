/** The hub's written pages (strategy, greener, health inequalities, job planning, careers, about). */
import { z } from 'astro/zod';
import { reviewDates } from './review-dates';
import { sources } from './source';
import { routeId, section, slugId, strategyPart, topic } from './vocabulary';

/** Fields every written page has. */
export const article = z.strictObject({
  /** The page's one heading. */
  title: z.string().min(3),
  /** One plain-English sentence: used in listings, search results and the meta description. */
  summary: z.string().min(20).max(240),
  /** Position among its siblings in listings (lower first). */
  order: z.number().int().default(100),
  /** Words people search for that the page may not use itself. */
  searchTerms: z.array(z.string()).default([]),
  /** The parts of AHPs Deliver this page serves; the strategy pages link back automatically. */
  strategyParts: z.array(strategyPart).default([]),
  /** Resource topics whose repository entries are listed as related reading. */
  topics: z.array(topic).default([]),
  /** An interactive checklist shown on the page, by its id in content/checklists. */
  checklist: z.string().optional(),
  /** Figures from content/figures.yaml shown as a grid, by id, in this order (each number is stated once there; an unknown id stops the build). */
  figures: z.array(slugId).default([]),
  /** Every fact on the page traces back to one of these. */
  sources,
  ...reviewDates,
});

/** A page of the strategy section, which may explain one part of AHPs Deliver. */
export const strategyArticle = article.extend({
  /** The strategy part this page explains, if it explains one. */
  part: strategyPart.optional(),
  /** Hub sections that put this part into practice. */
  sections: z.array(section).default([]),
});

/** A page of the careers section, which may explain one way in. */
export const careersArticle = article.extend({
  /** The route this page explains, if it is one of the ways in. */
  route: routeId.optional(),
});
