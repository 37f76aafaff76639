/** Which resources to suggest beside a page: those that share its topics. */
import type { Topic } from './vocabulary';

interface Titled {
  data: { title: string };
}

/** Entries in title order, as every list of the hub shows them. */
export const byTitle = <T extends Titled>(a: T, b: T): number => a.data.title.localeCompare(b.data.title, 'en-GB');

/** Resources sharing any of the given topics, most shared first, then by title. */
export function relatedByTopic<R extends Titled & { id: string; data: { topics: readonly Topic[] } }>(
  all: readonly R[],
  topics: readonly Topic[],
  exclude?: string,
  limit = 6,
): R[] {
  if (topics.length === 0) return [];
  return all
    .filter((r) => r.id !== exclude)
    .map((r) => ({ r, shared: r.data.topics.filter((t) => topics.includes(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || byTitle(a.r, b.r))
    .slice(0, limit)
    .map((x) => x.r);
}
