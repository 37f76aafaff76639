import { describe, expect, it } from 'vitest';
import { queryWords, STOP_WORDS } from './query-words';

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

describe('STOP_WORDS', () => {
  it('holds words that carry no meaning, and none that do in this hub', () => {
    for (const w of ['my', "can't", 'after', 'the']) expect(STOP_WORDS.has(w), w).toBe(true);
    for (const w of ['help', 'work', 'care', 'pay', 'see']) expect(STOP_WORDS.has(w), w).toBe(false);
  });
});
