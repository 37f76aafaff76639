/**
 * A resource's status: where a superseded resource's replacement can be read (its own entry in
 * the repository when it has one, so the reader stays on the hub and finds our summary, otherwise
 * the address the entry gives for it, otherwise its title alone), and whether a time-bound
 * document has ended.
 */
import { normalise } from './filters';
import { entryHref } from '../../lib/sections';
import { RESOURCE_STATUSES, type ResourceStatus } from '../../lib/vocabulary';

export interface Replacement {
  title: string;
  /** An entry in the repository (/resources/...) or the publisher's https:// address. */
  href?: string | undefined;
}

interface Listed {
  id: string;
  title: string;
  alsoKnownAs?: readonly string[] | undefined;
}

export function replacementOf(
  by: { title: string; url?: string | undefined } | undefined,
  repository: readonly Listed[],
): Replacement | undefined {
  if (!by) return undefined;
  const wanted = normalise(by.title);
  const entry = repository.find((r) => [r.title, ...(r.alsoKnownAs ?? [])].some((t) => normalise(t) === wanted));
  return { title: by.title, href: entry ? entryHref('resources', entry.id) : by.url };
}

/**
 * Whether a time-bound document is past the last year it covers (`until`) on `today`: a
 * 2019 to 2024 framework has ended from 1 January 2025.
 */
export function hasEnded(until: number | undefined, today: Date): boolean {
  return until !== undefined && until < today.getUTCFullYear();
}

/**
 * What is wrong with a resource's status on `today`, if anything: a document past the years it
 * covers cannot still be current, and `ended` is only for a document whose years are over.
 */
export function statusProblem(r: { status: string; until?: number | undefined }, today: Date): string | undefined {
  if (r.status === 'current' && hasEnded(r.until, today))
    return `This document covered the years up to ${r.until}, which have passed, so it cannot be current. Write status: superseded with supersededBy if a newer document replaced it, or status: ended if none did.`;
  if (r.status === 'ended' && r.until === undefined)
    return 'An ended resource must say the last year it covered: add until, for example until: 2024.';
  if (r.status === 'ended' && !hasEnded(r.until, today))
    return `This document covers the years up to ${r.until}, which have not passed yet, so it has not ended.`;
  return undefined;
}

/** The words a resource's status shows: “Ended in 2024” for an ended one, otherwise its status’s name. */
export function statusWords(status: ResourceStatus, until?: number | undefined): string {
  return status === 'ended' && until !== undefined ? `${RESOURCE_STATUSES.ended} in ${until}` : RESOURCE_STATUSES[status];
}
