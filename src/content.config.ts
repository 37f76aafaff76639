/**
 * Every content collection of the hub and the schema that validates it.
 * Shared pieces (sources, review dates, links) are defined once here and reused.
 * A schema failure stops the build with the file, the field and what was expected.
 */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
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
} from './lib/vocabulary';
import { friendly } from './lib/schema-errors';
import { SCHOOL_SUBJECT_IDS } from './lib/subjects';
import { STARTING_BANDS } from './lib/pay';
import { rejectedHostReason } from './lib/rejected-hosts';
import { statusProblem } from './features/resources/status';

const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/**
 * A web address; only secure (https) addresses are accepted, and never one on a rejected host (a
 * mirror, a test, hosting or beta copy, a document-sharing site, a citation index or a retired
 * address: src/lib/rejected-hosts.ts), wherever content gives an address.
 */
const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain }).superRefine((url, ctx) => {
  // A reader must be able to trust where a link goes: never a mirror, test host or copy.
  const refused = rejectedHostReason(url);
  if (refused) ctx.addIssue({ code: 'custom', message: refused });
});

/** A calendar date written as YYYY-MM-DD (YAML may already have read it as a date). */
const isoDate = z
  .preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  )
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), {
    message: 'That date does not exist. Write dates as YYYY-MM-DD, for example 2026-11-22.',
  })
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** Where a fact came from: a commissioning document (seed) or a public web page. */
const source = z
  .strictObject({
    /** Title of the document or page. */
    title: z.string().min(3),
    /** Its web address, where one was found. */
    url: httpsUrl.optional(),
    /** The commissioning document, by its number in shared/seeds (000 to 004). */
    seed: z.enum(['000', '001', '002', '003', '004']).optional(),
    /** Who published it. */
    publisher: z.string().optional(),
    /** True for a document published on paper only, so it can have no web address. */
    printOnly: z.literal(true).optional(),
    /** True where no safe link exists: the publisher no longer offers it, or its public address cannot be found, and it is found only on hosts we never cite (src/lib/rejected-hosts.ts) or at an insecure (http) address. */
    noSafeLink: z.literal(true).optional(),
  })
  .superRefine((s, ctx) => {
    // A reader must be able to find the source at all (its url is checked by httpsUrl).
    if (!s.url && !s.seed && !s.printOnly && !s.noSafeLink)
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message:
          'This source has no url and no seed. Add the publisher’s web address; or printOnly: true for a document published only on paper; or noSafeLink: true when it is online only as copies on sites we never cite or at an http address.',
      });
  });

/** Fields every page-like entry carries: its sources and its review dates. */
const provenance = {
  /** Every fact on the page traces back to one of these. */
  sources: z.array(source).min(1),
  /** When an editor last checked the page (YYYY-MM-DD). */
  lastReviewed: isoDate,
  /** When the page must next be checked (YYYY-MM-DD). */
  nextReview: isoDate,
};

const professionSlug = z.enum(PROFESSIONS);

/** A page on another website, named as its publisher names it. */
const link = z.strictObject({
  /** The page's title. */
  title: z.string().min(3),
  /** Its web address. */
  url: httpsUrl,
});

/** How people in England get to see a profession; shown on its page under "How to see one". */
const access = z.strictObject({
  /**
   * The short answer to "how do I see one?" shown first in At a glance: one or two plain sentences
   * covering the NHS, referring yourself where that is offered, and going privately.
   */
  inShort: z.string().min(40).max(260),
  /** One or two plain sentences: who usually refers people through the NHS (a GP, another professional, a hospital team). */
  nhs: z.string().min(20),
  /**
   * Whether people can refer themselves to NHS services: `plan` where the 2023 primary care access
   * plan asked for self-referral to this kind of service, `local` where only some services offer it, `no` where a referral is
   * needed, `emergency` where people reach them by calling 999.
   */
  selfReferral: z.enum(['plan', 'local', 'no', 'emergency']),
  /** For `plan`: the services the plan named that this profession works in, in a few words. */
  selfReferralServices: z.string().min(5).optional(),
  /** One plain sentence on seeing one privately, or why people do not. */
  privately: z.string().min(20),
  /** When to call 999 or use NHS 111 instead, where that fits this profession. */
  urgent: z.string().min(20).optional(),
  /** Pages on the NHS website (nhs.uk) that help. */
  nhsPages: z.array(link).default([]),
});
const strategyPart = z.enum(keysOf(STRATEGY_PARTS));

/** Fields shared by the hub's written pages (strategy, greener, inequalities, careers, about). */
const article = z.strictObject({
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
  topics: z.array(z.enum(keysOf(TOPICS))).default([]),
  /** An interactive checklist shown on the page, by its id in content/checklists. */
  checklist: z.string().optional(),
  /**
   * Figures from content/figures.yaml shown on the page as a grid, by id, in this order. The
   * numbers live only in that file, so each is stated once; an unknown id stops the build.
   */
  figures: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  ...provenance,
});

const mdx = (dir: string) => glob({ pattern: '**/*.mdx', base: `./content/${dir}` });
const yaml = (dir: string) => glob({ pattern: '**/*.yaml', base: `./content/${dir}` });

const professions = defineCollection({
  loader: mdx('professions'),
  schema: friendly(
    z.strictObject({
      /** Plural name, used as the page heading (for example "Physiotherapists"). */
      title: z.string().min(3),
      /** Singular name (for example "Physiotherapist"). */
      singular: z.string().min(3),
      /** One line on what they do, for the A to Z list. */
      summary: z.string().min(20).max(200),
      /** Other names and everyday needs people type into search (chiropodist, foot pain...). */
      searchTerms: z.array(z.string()).min(1),
      /** The statutory regulator: hcpc or gosc. */
      regulator: z.enum(keysOf(REGULATORS)),
      /** Titles only a registered professional may use. */
      protectedTitles: z.array(z.string()).min(1),
      /** The professional body. */
      professionalBody: z.strictObject({
        /** Its name. */
        name: z.string().min(3),
        /** Its website. */
        url: httpsUrl.optional(),
      }),
      /** Typical places they work, short phrases. */
      settings: z.array(z.string()).min(3),
      /** Who they help, short phrases. */
      helps: z.array(z.string()).min(2),
      /** Professions that often work alongside this one. */
      related: z.array(professionSlug).default([]),
      /** How people get to see one in England. */
      access,
      /**
       * Pay, shown on the profession page with the figures from content/figures.yaml. `startingBand`
       * is the Agenda for Change band newly qualified staff usually start on in the NHS, where a
       * source says so; `note` is one plain sentence for anything else a reader should know (for
       * example that most work privately).
       */
      pay: z
        .strictObject({
          startingBand: z.enum(STARTING_BANDS).optional(),
          note: z.string().min(20).optional(),
        })
        .refine((p) => p.startingBand !== undefined || p.note !== undefined, {
          message: 'Give the usual starting band (startingBand: "5"), or a note saying why there is none.',
        }),
      /**
       * The school subjects (A level or equivalent) the profession's courses usually ask for, as
       * its sources state them; the compare page and /professions/subjects/ both read this.
       */
      entrySubjects: z.strictObject({
        /** Subjects of which courses usually ask for at least one (ids in src/lib/subjects.ts). Leave empty when no subject is set. */
        oneOf: z.array(z.enum(SCHOOL_SUBJECT_IDS)).default([]),
        /** True where the course is postgraduate only, so these subjects lead to the first degree it asks for. */
        forFirstDegree: z.boolean().default(false),
        /** One or two plain sentences: what the sources say about subjects, grades left out. */
        summary: z.string().min(20).max(300),
        /** Where a source confirms it: what courses say about an Access to Higher Education Diploma, in one sentence. */
        accessToHe: z.string().min(20).optional(),
        /** Where these facts come from: the pages that state the entry requirements. */
        sources: z.array(source).min(1),
      }),
      ...provenance,
    }),
  ),
});

/** Everyday needs on /who-can-help/, each pointing to the professions that help with it. */
const needs = defineCollection({
  loader: yaml('needs'),
  schema: friendly(
    z.strictObject({
      /** The need in a few everyday words, used as its heading (for example "Swallowing"). */
      title: z.string().min(3),
      /** One or two plain sentences: what the need looks like. */
      summary: z.string().min(20).max(300),
      /** Position on the page (lower first). */
      order: z.number().int().default(100),
      /** The professions that help, each with what they do for this need. */
      professions: z
        .array(
          z.strictObject({
            /** The profession. */
            profession: professionSlug,
            /** What they do for this need, as a short phrase that follows the profession's name. */
            role: z.string().min(10),
          }),
        )
        .min(1),
      /**
       * How to get seen for this need, in one or two plain sentences: who can refer you, and
       * whether you can refer yourself. The page adds links to each profession's "How to see one".
       */
      howToGetSeen: z.string().min(30).max(400),
      /** When to get urgent help instead: call 999 or use NHS 111, as an nhs.uk page in `nhsPages` says. */
      urgent: z.string().min(20).optional(),
      /** Pages on the NHS website (nhs.uk) that say more. */
      nhsPages: z.array(link).default([]),
      ...provenance,
    }),
  ),
});

const routeStep = z.strictObject({
  /** Which way in: one of the route ids in src/lib/vocabulary.ts. */
  route: z.enum(keysOf(ROUTES)),
  /** Whether this route exists for the profession in England. */
  available: z.boolean(),
  /** Typical length, as the source states it. */
  length: z.string().optional(),
  /** What entry usually needs, as the source states it. */
  entry: z.string().optional(),
  /** Anything else a reader should know. */
  note: z.string().optional(),
});

const routes = defineCollection({
  loader: yaml('routes'),
  schema: friendly(
    z.strictObject({
      /** The profession these routes are for. */
      profession: professionSlug,
      /** One line per way in. */
      routes: z.array(routeStep).min(1),
      ...provenance,
    }),
  ),
});

const SUMMARY_WORDS = { min: 40, max: 120 } as const;
const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** A resource's fields; exported so /resources.schema.json publishes the same rules. */
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
  type: z.enum(keysOf(RESOURCE_TYPES)),
  /** What it is about. */
  topics: z.array(z.enum(keysOf(TOPICS))).min(1),
  /** The professions it concerns; "all" for every profession. */
  professions: z.union([z.literal('all'), z.array(professionSlug).min(1)]),
  /** Who it is mainly for. */
  audience: z.array(z.enum(keysOf(AUDIENCES))).min(1),
  /** 40 to 120 words, in our own words: what it is and who it helps. */
  summary: z.string().refine((s) => wordCount(s) >= SUMMARY_WORDS.min && wordCount(s) <= SUMMARY_WORDS.max, {
    message: `The summary must be ${SUMMARY_WORDS.min} to ${SUMMARY_WORDS.max} words long.`,
  }),
  /** The publisher's web address, only where a source confirms it. */
  url: httpsUrl.optional(),
  /** Whether it still stands: current, superseded (replaced), archived (withdrawn), ended (its years are over, nothing replaced it) or unavailable (not found online). */
  status: z.enum(keysOf(RESOURCE_STATUSES)).default('current'),
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
      kind: z.enum(keysOf(NEXT_STEP_KINDS)),
      /** The page's title, as its publisher gives it. */
      title: z.string().min(3),
      /** Its address, found with a search and never on a rejected host. */
      url: httpsUrl.superRefine((u, ctx) => {
        const refused = rejectedHostReason(u);
        if (refused) ctx.addIssue({ code: 'custom', message: refused });
      }),
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
  ...provenance,
});

/**
 * Rules across a resource's fields: it links to its document or says plainly why it cannot and
 * offers a next step, a time-bound one past its years is not current, and a superseded one names what replaced it (tests/unit/content-validation.test.ts pins the messages).
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

const resources = defineCollection({
  loader: mdx('resources'),
  schema: friendly(resourceFields.superRefine(checkResourceLinks)),
});

const strategy = defineCollection({
  loader: mdx('strategy'),
  schema: friendly(
    article.extend({
      /** The strategy part this page explains, if it explains one. */
      part: strategyPart.optional(),
      /** Hub sections that put this part into practice. */
      sections: z.array(z.enum(keysOf(SECTIONS))).default([]),
    }),
  ),
});

const greener = defineCollection({
  loader: mdx('greener'),
  schema: friendly(article),
});
const healthInequalities = defineCollection({
  loader: mdx('health-inequalities'),
  schema: friendly(article),
});
const jobPlanning = defineCollection({
  loader: mdx('job-planning'),
  schema: friendly(article),
});
const careers = defineCollection({
  loader: mdx('careers'),
  schema: friendly(
    article.extend({
      /** The route this page explains, if it is one of the ways in. */
      route: z.enum(keysOf(ROUTES)).optional(),
    }),
  ),
});
/** The about section: the about page (index), accessibility, privacy and the style guide. */
const about = defineCollection({
  loader: mdx('about'),
  schema: friendly(article),
});

const quotes = defineCollection({
  // Only the folder's own files: content/quotes/strategy/ holds the strategy's own words (strategyWords).
  loader: glob({ pattern: '*.yaml', base: './content/quotes' }),
  schema: friendly(
    z.strictObject({
      /** The words, exactly as the strategy prints them. */
      text: z.string().min(10),
      /** Who said it, when and where, as the strategy attributes it. */
      attribution: z.string().min(3),
      /** Strategy parts the quotation speaks to. */
      strategyParts: z.array(strategyPart).min(1),
      /** Where it is printed. */
      sources: provenance.sources,
    }),
  ),
});

/** A short quotation of AHPs Deliver itself: one sentence, word for word. */
const strategySentence = z
  .string()
  .min(10)
  .max(300)
  .refine((s) => /[.!?]$/.test(s) && !/[.!?]\s+[A-Z]/.test(s), {
    message: 'Quote one whole sentence, ending with its full stop, exactly as the strategy prints it.',
  });

/** For each strategy part, a few of the strategy's own sentences, with where they are printed (from its contents page). */
const strategyWords = defineCollection({
  loader: yaml('quotes/strategy'),
  schema: friendly(
    z.strictObject({
      /** The strategy part these words belong to; one file per part. */
      part: strategyPart,
      /** The section of the strategy, as its contents page names it (for example "Section 4. AHPs Deliver: Areas of focus"). */
      section: z.string().regex(/^Section \d\. /),
      /** The heading the sentences sit under, as the contents page lists it. */
      heading: z.string().min(3),
      /** The page that heading starts on, from the contents page. */
      page: z.number().int().min(1).max(40),
      /** The last page under that heading, where it runs over more than one page. */
      lastPage: z.number().int().min(2).max(40).optional(),
      /** Two or three sentences, each quoted exactly, in the order the strategy prints them. */
      quotations: z.array(strategySentence).min(2).max(3),
      /** The strategy: its seed and NHS England's page for it, which the quotations link to. */
      sources: provenance.sources,
    }),
  ),
});

const checklistItem = z.strictObject({
  /** Stable id: saved answers are keyed by it, so never reuse one for a different item. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The action or question. */
  text: z.string().min(5),
  /** Prompts that help the user think it through or plan next steps. */
  prompts: z.array(z.string()).default([]),
});

const checklists = defineCollection({
  loader: yaml('checklists'),
  schema: friendly(
    z.strictObject({
      /** The tool's name. */
      title: z.string().min(3),
      /** What the tool helps with, in one sentence. */
      summary: z.string().min(20),
      /** Bump when items change meaning; saved answers from older versions are migrated or kept aside. */
      version: z.number().int().min(1),
      /** How each item is answered: progress (planned, doing, done) or yes-no. */
      mode: z.enum(['progress', 'yes-no']),
      /** Items grouped under headings. */
      sections: z
        .array(
          z.strictObject({
            /** Stable id of the section. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** Its heading. */
            title: z.string().min(3),
            /** A short introduction. */
            intro: z.string().optional(),
            /** Its items. */
            items: z.array(checklistItem).min(1),
          }),
        )
        .min(1),
      ...provenance,
    }),
  ),
});

const glossary = defineCollection({
  loader: yaml('glossary'),
  schema: friendly(
    z.strictObject({
      /** The term as readers meet it. */
      term: z.string().min(2),
      /** Its short form, if it has one (for example HCPC). */
      abbreviation: z.string().optional(),
      /** Other spellings that should be marked up as the same term. */
      aliases: z.array(z.string()).default([]),
      /** One or two plain-English sentences in our own words. */
      definition: z.string().min(20).max(400),
      /** A hub page that explains more. */
      seeAlso: z
        .string()
        .regex(/^\/[a-z0-9/-]*$/)
        .optional(),
      ...provenance,
    }),
  ),
});

/**
 * Every dated figure the site states (pay, wages, fees, funding, workforce and register counts,
 * counts of organisations, past consultation numbers), each stated once. Pages show them through
 * the Figure, PayTable and FigureGrid components; the build stops once a figure's checkBy date has
 * passed (src/lib/figures.ts, astro.config.mjs).
 */
const figures = defineCollection({
  loader: file('./content/figures.yaml'),
  schema: friendly(
    z.strictObject({
      /** The figure's id, used by pages that show it. Pay points are afc-band-<band>-<years in band>. */
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** The number itself. */
      value: z.number(),
      /** How it is shown, for example "£8.00 an hour" or "21,000+". */
      display: z.string().min(1),
      /** What it is, in a few words. */
      label: z.string().min(3),
      /** The date it applies from (a rate) or describes (a count) (YYYY-MM-DD). */
      appliesFrom: isoDate,
      /** For a figure about a past period: the period in words, shown instead of "from <month year>". */
      period: z.string().min(4).optional(),
      /** The date by which an editor must check it again (YYYY-MM-DD); the build fails after it. */
      checkBy: isoDate,
      /** Where it is published. */
      sources: provenance.sources,
    }),
  ),
});

/**
 * Agenda for Change leave, used by the job planning calculator (/job-planning/). The file holds
 * one entry, agenda-for-change; the page states these figures with their sources and date.
 */
const leave = defineCollection({
  loader: file('./content/leave.yaml'),
  schema: friendly(
    z.strictObject({
      /** When the figures were last checked against the sources (YYYY-MM-DD). */
      asOf: isoDate,
      /** Where the figures come from. */
      sources: provenance.sources,
      /**
       * Annual leave days a year for full-time staff, by completed years of NHS service, shortest
       * service first, starting at 0 (on appointment). General public holidays are not included.
       */
      entitlements: z
        .array(
          z.strictObject({
            /** Completed years of NHS service from which this entitlement applies. */
            yearsOfService: z.number().int().min(0),
            /** Annual leave days a year for full-time staff with that service. */
            days: z.number().min(0).max(60),
          }),
        )
        .min(1)
        .refine(
          (bands) => bands[0]?.yearsOfService === 0 && bands.every((b, i) => i === 0 || b.yearsOfService > bands[i - 1]!.yearsOfService),
          {
            message: 'List the entitlements from 0 years of service upwards, each with more years than the one before.',
          },
        ),
      /** General public holidays a year for full-time staff, on top of annual leave. */
      publicHolidays: z.number().int().min(0).max(20),
    }),
  ),
});

export const collections = {
  professions,
  needs,
  routes,
  resources,
  strategy,
  greener,
  'health-inequalities': healthInequalities,
  careers,
  'job-planning': jobPlanning,
  about,
  quotes,
  strategyWords,
  checklists,
  glossary,
  figures,
  leave,
};
