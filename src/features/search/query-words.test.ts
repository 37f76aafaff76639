import { describe, expect, it } from 'vitest';
import { fewerWords, meaningfulWords, MAX_QUERY_WORDS, queryWords, STOP_WORDS } from './query-words';

describe('queryWords', () => {
  it('lower-cases, splits on spaces and trims punctuation at the ends of words', () => {
    expect(queryWords('Speech, after  STROKE?')).toEqual(['speech', 'after', 'stroke']);
  });
  it('keeps hyphens and apostrophes inside words, and straightens curly apostrophes', () => {
    expect(queryWords('x-ray can’t "anti-racism"')).toEqual(['x-ray', "can't", 'anti-racism']);
  });
  it('drops pieces that are only punctuation', () => {
    expect(queryWords('- ? physio !')).toEqual(['physio']);
  });
});

describe('meaningfulWords', () => {
  it('removes the words that carry no meaning from everyday sentences', () => {
    expect(meaningfulWords('my mum had a stroke who will help her speak and eat')).toEqual(['mum', 'stroke', 'help', 'speak', 'eat']);
    expect(meaningfulWords("my dad can't walk after a fall")).toEqual(['dad', 'walk', 'fall']);
    expect(meaningfulWords('how much does a physio earn')).toEqual(['physio', 'earn']);
    expect(meaningfulWords('speech after stroke')).toEqual(['speech', 'stroke']);
  });
  it('leaves one-word and keyword queries alone', () => {
    expect(meaningfulWords('phsyio')).toEqual(['phsyio']);
    expect(meaningfulWords('Core20PLUS5')).toEqual(['core20plus5']);
    expect(meaningfulWords('return to practice')).toEqual(['return', 'practice']);
  });
  it('keeps a query made only of stop words, so there is still something to search for', () => {
    expect(meaningfulWords('who are we')).toEqual(['who', 'are', 'we']);
  });
  it('drops repeated words and keeps at most the first few meaningful words', () => {
    expect(meaningfulWords('feet feet FEET')).toEqual(['feet']);
    const long = meaningfulWords('one two three four five six seven eight');
    expect(long).toHaveLength(MAX_QUERY_WORDS);
    expect(long[0]).toBe('one');
  });
  it('does not treat words that carry meaning here as stop words', () => {
    for (const word of ['help', 'work', 'care', 'pay', 'fall', 'walk', 'eat']) expect(STOP_WORDS.has(word)).toBe(false);
  });
});

describe('fewerWords', () => {
  it('lists every smaller group of words, largest groups first, in typed order', () => {
    expect(fewerWords(['a', 'b', 'c'])).toEqual([
      [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'c'],
      ],
      [['a'], ['b'], ['c']],
    ]);
  });
  it('has nothing smaller to offer for one word', () => {
    expect(fewerWords(['physio'])).toEqual([]);
  });
  it('gives every group of every size for the longest query', () => {
    const sizes = fewerWords(['a', 'b', 'c', 'd', 'e', 'f']).map((groups) => groups.length);
    expect(sizes).toEqual([6, 15, 20, 15, 6]);
  });
});
