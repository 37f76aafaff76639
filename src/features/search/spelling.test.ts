import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, isKnownWord } from './spelling';

const VOCABULARY = ['physio', 'physiotherapists', 'podiatrists', 'speech', 'stroke', 'falls', 'radiographers', 'chiropodist', 'walk'];

describe('editDistance', () => {
  it('counts insertions, deletions and changed letters', () => {
    expect(editDistance('physio', 'physio')).toBe(0);
    expect(editDistance('fisio', 'physio')).toBe(3);
    expect(editDistance('stroke', 'strokes')).toBe(1);
    expect(editDistance('speech', 'spech')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('counts two swapped neighbouring letters as one edit', () => {
    expect(editDistance('phsyio', 'physio')).toBe(1);
    expect(editDistance('podaitrists', 'podiatrists')).toBe(1);
  });
  it('counts letters, not UTF-16 units', () => {
    expect(editDistance('𝐀b', 'ab')).toBe(1);
  });
});

describe('allowedEdits', () => {
  it('guesses nothing for short words, one edit from 5 letters, two from 8', () => {
    expect(allowedEdits('fall')).toBe(0);
    expect(allowedEdits('phsyo')).toBe(1);
    expect(allowedEdits('phsyio')).toBe(1);
    expect(allowedEdits('radigrapher')).toBe(2);
  });
});

describe('isKnownWord', () => {
  it('knows a word, the start of a longer word, and a longer form of a word', () => {
    expect(isKnownWord('physio', VOCABULARY)).toBe(true);
    expect(isKnownWord('physiother', VOCABULARY)).toBe(true);
    expect(isKnownWord('walking', VOCABULARY)).toBe(true);
    expect(isKnownWord('phsyio', VOCABULARY)).toBe(false);
  });
});
