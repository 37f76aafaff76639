/** An interactive checklist (content/checklists/*.yaml): items grouped under headings, answered and saved in the browser. */
import { z } from 'astro/zod';
import { reviewDates } from './review-dates';
import { sources } from './source';
import { slugId } from './vocabulary';

/** One item: an action or a question. */
const checklistItem = z.strictObject({
  /** Stable id: saved answers are keyed by it, so never reuse one for a different item. */
  id: slugId,
  /** The action or question. */
  text: z.string().min(5),
  /** Prompts that help the user think it through or plan next steps. */
  prompts: z.array(z.string()).default([]),
});

/** A heading and the items under it. */
const checklistSection = z.strictObject({
  /** Stable id of the section. */
  id: slugId,
  /** Its heading. */
  title: z.string().min(3),
  /** A short introduction. */
  intro: z.string().optional(),
  /** Its items. */
  items: z.array(checklistItem).min(1),
});

/** A checklist's fields, each on its own; `checklist` adds the rule that ids are unique. */
export const checklistFields = z.strictObject({
  /** The tool's name. */
  title: z.string().min(3),
  /** What the tool helps with, in one sentence. */
  summary: z.string().min(20),
  /** Bump when items change meaning; saved answers from older versions are migrated or kept aside. */
  version: z.number().int().min(1),
  /** How each item is answered: progress (planned, doing, done) or yes-no. */
  mode: z.enum(['progress', 'yes-no']),
  /** Items grouped under headings. */
  sections: z.array(checklistSection).min(1),
  /** Every fact in the checklist traces back to one of these. */
  sources,
  ...reviewDates,
});

/**
 * Ids unique within the checklist: saved answers are keyed by item id, so two items with one id
 * would share one answer; two sections with one id would share one anchor.
 */
function checkUniqueIds(c: z.output<typeof checklistFields>, ctx: z.RefinementCtx): void {
  const sections = new Map<string, number>();
  const items = new Map<string, [number, number]>();
  c.sections.forEach((section, s) => {
    const earlierSection = sections.get(section.id);
    if (earlierSection === undefined) sections.set(section.id, s);
    else
      ctx.addIssue({
        code: 'custom',
        path: ['sections', s, 'id'],
        message: `"${section.id}" is already the id of section ${earlierSection + 1}. Give each section its own id.`,
      });
    section.items.forEach((item, i) => {
      const earlier = items.get(item.id);
      if (earlier === undefined) items.set(item.id, [s, i]);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['sections', s, 'items', i, 'id'],
          message: `"${item.id}" is already the id of item ${earlier[1] + 1} in section ${earlier[0] + 1}. Give each item its own id: saved answers are kept by id, so two items with one id would share one answer.`,
        });
    });
  });
}

/** A checklist's file, with the rule that ids are unique. */
export const checklist = checklistFields.superRefine(checkUniqueIds);
