import { describe, expect, it } from 'vitest';
import { groupByFirstPart, pickFigures, strategyLayers, taggedWith } from './strategy';
import { STRATEGY_PARTS, type StrategyPart } from './vocabulary';

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const quote = (id: string, ...strategyParts: StrategyPart[]) => ({ id, data: { strategyParts } });

describe('strategyLayers', () => {
  const layers = strategyLayers();

  it('gives principles, then foundations, then areas of focus', () => {
    expect(layers.map((l) => l.kind)).toEqual(['principle', 'foundation', 'focus']);
  });

  it('places every part in exactly one layer, in vocabulary order', () => {
    expect(layers.flatMap((l) => l.parts.map((p) => p.id))).toEqual(Object.keys(STRATEGY_PARTS));
  });

  it('names each layer with the number of parts it really holds', () => {
    for (const layer of layers) expect(layer.heading.split(' ')[0]).toBe(NUMBER_WORDS[layer.parts.length]);
  });
});

describe('taggedWith', () => {
  it('keeps only entries that list the part, sorted by id', () => {
    const all = [quote('c', 'digital'), quote('a', 'research', 'digital'), quote('b', 'research')];
    expect(taggedWith(all, 'digital').map((q) => q.id)).toEqual(['a', 'c']);
    expect(taggedWith(all, 'anti-racism')).toEqual([]);
  });
});

describe('groupByFirstPart', () => {
  const all = [quote('z', 'digital', 'anti-racism'), quote('y', 'anti-racism'), quote('x', 'people-first', 'digital')];
  const groups = groupByFirstPart(all);

  it('lists every entry exactly once, under the first part it names', () => {
    expect(groups.map((g) => [g.part, g.entries.map((e) => e.id)])).toEqual([
      ['anti-racism', ['y']],
      ['digital', ['z']],
      ['people-first', ['x']],
    ]);
    expect(groups.flatMap((g) => g.entries)).toHaveLength(all.length);
  });

  it('titles each group with the part title', () => {
    expect(groups[0]?.title).toBe('Anti-racism');
  });
});

describe('pickFigures', () => {
  const figures = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('returns the named figures in the order the page names them', () => {
    expect(pickFigures(figures, ['c', 'a'], 'page').map((f) => f.id)).toEqual(['c', 'a']);
  });

  it('stops with the page and the unknown name', () => {
    expect(() => pickFigures(figures, ['a', 'typo'], 'strategy/how-it-was-made')).toThrow(
      /strategy\/how-it-was-made lists the figure "typo", which is not in content\/figures.yaml\. Use one of: a, b, c\./,
    );
  });

  it('refuses a figure named twice', () => {
    expect(() => pickFigures(figures, ['a', 'a'], 'page')).toThrow(/twice/);
  });
});
