import { describe, expect, it } from 'vitest';
import { relatedByTopic } from './related';
import type { Topic } from './vocabulary';

const resource = (id: string, title: string, topics: Topic[]) => ({ id, data: { title, topics } });

describe('relatedByTopic', () => {
  const [a, b, c, d] = [
    resource('a', 'Alpha', ['leadership', 'research-and-innovation']),
    resource('b', 'Beta', ['research-and-innovation']),
    resource('c', 'Gamma', ['leadership', 'research-and-innovation']),
    resource('d', 'Delta', ['workforce-and-careers']),
  ];

  it('lists those sharing most topics first, then by title, leaving out the page itself', () => {
    expect(relatedByTopic([d, c, b, a], ['leadership', 'research-and-innovation'], 'c').map((r) => r.id)).toEqual(['a', 'b']);
    expect(relatedByTopic([d, c, b, a], ['leadership', 'research-and-innovation']).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });

  it('stops at the limit and suggests nothing for a page without topics', () => {
    expect(relatedByTopic([a, b, c], ['research-and-innovation'], undefined, 2).map((r) => r.id)).toEqual(['a', 'b']);
    expect(relatedByTopic([a, b, c], [])).toEqual([]);
  });
});
