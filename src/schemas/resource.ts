/**
 * A resource in the repository (content/resources/*.mdx): one published document, what it is about
 * and where to find it. /resources.schema.json publishes the same rules (src/features/resources/open-data.ts).
 */
import { z } from 'astro/zod';
import { reviewDates } from './review-dates';
import { sources } from './source';
import { audience, nextStepKind, professionSlug, resourceStatus, resourceType, strategyPart, topic } from './vocabulary';
import { httpsUrl } from './web-address';
import { statusProblem } from '../features/resources/status';

/** How long a resource's summary may be, in words. */
const SUMMARY_WORDS = { min: 40, max: 120 } as const;
const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** A resource's fields, each on its own; `resource` adds the rules across fields. */
export const resourceFields = z.strictObject({
  /** Title exactly as published. */
  title: z.string().min(3),
  /** Other names the same document is listed under. */
  alsoKnownAs: z.array(z.string()).default([]),
  /** Who published it. */
  publisher: z.string().min(2),
  /** Year of publication, where a source gives it. */
  year: z.number().int().min(1990).max(2030).optional(),
  /** Kind of resource. */
  type: resourceType,
  /** What it is about. */
  topics: z.array(topic).min(1),
  /** The professions it concerns; "all" for every profession. */
  professions: z.union([z.literal('all'), z.array(professionSlug).min(1)]),
  /** Who it is mainly for. */
  audience: z.array(audience).min(1),
  /** 40 to 120 words, in our own words: what it is and who it helps. */
  summary: z.string().refine((s) => wordCount(s) >= SUMMARY_WORDS.min && wordCount(s) <= SUMMARY_WORDS.max, {
    message: `The summary must be ${SUMMARY_WORDS.min} to ${SUMMARY_WORDS.max} words long.`,
  }),
  /** The publisher's web address, only where a source confirms it. */
  url: httpsUrl.optional(),
  /** Whether it still stands: current, superseded (replaced), archived (withdrawn), ended (its years are over, nothing replaced it) or unavailable (not found online). */
  status: resourceStatus.default('current'),
  /** For a superseded document: what replaced it. */
  supersededBy: z
    .strictObject({
      /** The newer document's title. */
      title: z.string().min(3),
      /** Its web address on the publisher's site. */
      url: httpsUrl.optional(),
    })
    .optional(),
  /** Where no web address could be found: why, and what a reader can do instead. */
  noLinkReason: z.string().min(20).optional(),
  /** For a resource with no url: a link chosen for it that a reader can act on, shown above its details. */
  nextStep: z
    .strictObject({
      /** What it is: a current page on the topic, its successor, a UK Government Web Archive copy, the publishing team's website, or related research. */
      kind: nextStepKind,
      /** The page's title, as its publisher gives it. */
      title: z.string().min(3),
      /** Its address, found with a search and never on a rejected host. */
      url: httpsUrl,
    })
    .optional(),
  /** For a time-bound document: the last year it covers (2024 for a 2019 to 2024 framework); once past, it cannot be current. */
  until: z.number().int().min(1990).max(2040).optional(),
  /** Parts of AHPs Deliver it supports. */
  strategyParts: z.array(strategyPart).default([]),
  /** A series it belongs to, with its place in that series. */
  series: z
    .strictObject({
      /** The series' name. */
      name: z.string(),
      /** Position in the series, 1 first. */
      part: z.number().int().min(1),
    })
    .optional(),
  /** Where it is listed in the strategy: appendix 2, appendix 3 or the framework page. */
  listedIn: z.enum(['appendix-2', 'appendix-3', 'framework-page']),
  /** Every fact in the entry traces back to one of these. */
  sources,
  ...reviewDates,
});

/**
 * Rules across a resource's fields: it links to its document or says plainly why it cannot and
 * offers a next step, a time-bound one past its years is not current, and a superseded one names
 * what replaced it (resource.test.ts pins the messages).
 */
function checkResourceLinks(r: z.output<typeof resourceFields>, ctx: z.RefinementCtx): void {
  if (!r.url && !r.noLinkReason)
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message:
        'This resource needs a link or a reason. Add url: the publisher’s https:// address for it, or, if there is none, noLinkReason: why there is no link and what a reader can do instead.',
    });
  if (!r.url && !r.nextStep)
    ctx.addIssue({
      code: 'custom',
      path: ['nextStep'],
      message:
        'This resource has no document link, so it needs a next step a reader can act on: add nextStep with kind (programme, successor, archive, team or research), title and url.',
    });
  const problem = statusProblem(r, new Date());
  if (problem) ctx.addIssue({ code: 'custom', path: ['status'], message: problem });
  if (r.url && r.noLinkReason)
    ctx.addIssue({
      code: 'custom',
      path: ['noLinkReason'],
      message: 'This resource has a url, so readers never see noLinkReason: remove it.',
    });
  if (r.status === 'superseded' && !r.supersededBy)
    ctx.addIssue({
      code: 'custom',
      path: ['supersededBy'],
      message: 'A superseded resource must say what replaced it: add supersededBy with its title, and its url where a source gives it.',
    });
  if (r.supersededBy && r.status !== 'superseded')
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: 'This resource names what replaced it (supersededBy), so write status: superseded.',
    });
}

/** A resource's front matter, with the rules across its fields. */
export const resource = resourceFields.superRefine(checkResourceLinks);
