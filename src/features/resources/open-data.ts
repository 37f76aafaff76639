/** The repository as open data: one JSON record per resource, and the JSON Schema that describes it. */
import { z } from 'astro/zod';
import { resourceFields } from '../../content.config';
import type { Resource } from '../../data/content';
import { isoDay } from '../../lib/dates';
import { entryHref } from '../../lib/sections';

/** A record in /resources.json: the entry's fields plus its id and page, dates as YYYY-MM-DD. */
export const resourceRecord = resourceFields.extend({
  /** The entry's id, also the last part of its page address. */
  id: z.string(),
  /** The full address of its page on the hub. */
  page: z.url(),
  /** When an editor last checked it. */
  lastReviewed: z.iso.date(),
  /** When it must next be checked. */
  nextReview: z.iso.date(),
});

export function toRecord(entry: Resource, site: URL): z.input<typeof resourceRecord> {
  return {
    id: entry.id,
    page: new URL(entryHref('resources', entry.id), site).href,
    ...entry.data,
    lastReviewed: isoDay(entry.data.lastReviewed),
    nextReview: isoDay(entry.data.nextReview),
  };
}

export function recordsSchema(site: URL) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL('/resources.schema.json', site).href,
    title: 'AHP Hub: repository of AHPs into Action outputs',
    description: 'Every resource in the repository, as published at /resources.json.',
    type: 'array',
    items: z.toJSONSchema(resourceRecord, { io: 'input', unrepresentable: 'any' }),
  };
}
