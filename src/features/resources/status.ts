/**
 * Where a superseded resource's replacement can be read: its own entry in the repository when
 * it has one (so the reader stays on the hub and finds our summary), otherwise the address the
 * entry gives for it, otherwise its title alone.
 */
import { normalise } from './filters';
import { entryHref } from '../../lib/sections';

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
