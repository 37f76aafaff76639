import { describe, expect, it } from 'vitest';
import { boundaryPrefixes, chunkRanges, chunkWords, decodeCbor, encodeCbor, groupWords, metaRanges, type Cbor } from './pagefind-chunks.ts';

describe('the CBOR codec for Pagefind index files', () => {
  it('writes the shortest head for each size, as minicbor does', () => {
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(256)]).toEqual([0x19, 1, 0]);
    expect([...encodeCbor(70_000)]).toEqual([0x1a, 0, 1, 0x11, 0x70]);
    expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
    expect([...encodeCbor('ab')]).toEqual([0x62, 0x61, 0x62]);
    expect([...encodeCbor([1, [2]])]).toEqual([0x82, 0x01, 0x81, 0x02]);
  });

  it('reads back what it writes, including text outside ASCII', () => {
    const value: Cbor = ['1.6.0', [['physio', [[3, [-25, 12, 40], []]], []]], ['“', 'é', 'x'.repeat(300)], [0, 65_535, 4_294_967_295, -1]];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });

  it('refuses what Pagefind never writes, rather than guessing', () => {
    expect(() => decodeCbor(Uint8Array.from([0xa1, 0x01, 0x02]))).toThrow(/Unsupported CBOR type 5/);
    expect(() => decodeCbor(Uint8Array.from([0x9f]))).toThrow(/Unsupported CBOR length code 31/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/1 bytes left over/);
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/ended early/);
    expect(() => encodeCbor(1.5)).toThrow(/Cannot encode 1.5/);
  });
});

describe('cutting the word list into chunks', () => {
  const sized = (sizes: number[]) => sizes.map((size, i) => ({ size, name: `w${i}` }));

  it('fills each chunk up to the target, keeps order and loses nothing', () => {
    const words = sized([3, 3, 3, 3, 3]);
    const groups = groupWords(words, 7);
    expect(groups.map((g) => g.map((w) => w.name))).toEqual([['w0', 'w1'], ['w2', 'w3'], ['w4']]);
    expect(groups.flat()).toEqual(words);
  });

  it('gives a word bigger than the target a chunk of its own', () => {
    const groups = groupWords(sized([2, 20, 2]), 5);
    expect(groups.map((g) => g.map((w) => w.size))).toEqual([[2], [20], [2]]);
  });

  it('starts each chunk at the Pagefind prefix boundary and ends it at its whole last word', () => {
    expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
    expect(boundaryPrefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
    expect(boundaryPrefixes('café', 'cafés')).toEqual(['café', 'cafés']);
    expect(
      chunkRanges(
        [
          ['apple', 'apricot'],
          ['banana', 'beech'],
          ['beetroot', 'cherry'],
        ],
        '0',
        '”',
      ),
    ).toEqual([
      // Every whole word fits its own chunk's range; "be" (half typed) fits the second chunk.
      ['0', 'apricot'],
      ['b', 'beech'],
      ['beet', '”'],
    ]);
  });
});

describe('reading the index structure', () => {
  it('accepts the shapes Pagefind 1.6 writes', () => {
    expect(chunkWords([[['word', [[0, [-25, 1], []]], []]]], 'chunk')).toHaveLength(1);
    expect(metaRanges(['1.6.0', [], [['0', 'z', 'en-gb_abc1234']], [], [], []])).toEqual([['0', 'z', 'en-gb_abc1234']]);
  });

  it('names the file and the part when the shape is not what it expects', () => {
    expect(() => chunkWords([[[12, []]]], 'en-gb_1.pf_index')).toThrow('en-gb_1.pf_index: word 0 is not [text, pages, ...]');
    expect(() => chunkWords(['x'], 'en-gb_1.pf_index')).toThrow('en-gb_1.pf_index: expected [[word, ...]]');
    expect(() => metaRanges(['1.6.0', [], [['0', 'z']]])).toThrow('pf_meta: chunk 0 is not [from, to, hash]');
    expect(() => metaRanges([1])).toThrow('pf_meta: expected [version, pages, chunks, ...]');
  });
});
