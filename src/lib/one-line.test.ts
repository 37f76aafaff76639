import { describe, expect, it } from 'vitest';
import { firstSentence, ONE_LINE_MAX } from './one-line';

describe('firstSentence', () => {
  it('keeps the first sentence of a summary', () => {
    expect(firstSentence('A guide for leaders. It covers three things. And more.')).toBe('A guide for leaders.');
    expect(firstSentence('Is this the one? Yes it is.')).toBe('Is this the one?');
  });

  it('returns a one-sentence summary whole, with its spacing tidied', () => {
    expect(firstSentence('  A guide  for\nleaders.  ')).toBe('A guide for leaders.');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  });

  it('does not stop at an abbreviation or inside a number', () => {
    expect(firstSentence('Tools, e.g. templates and guides, for teams. More here.')).toBe('Tools, e.g. templates and guides, for teams.');
    expect(firstSentence('Version 2.1 of the framework. Second sentence.')).toBe('Version 2.1 of the framework.');
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(firstSentence('It is called “AHPs Deliver.” It runs to 2027.')).toBe('It is called “AHPs Deliver.”');
  });

  it('cuts a long first sentence at a word boundary and marks the cut', () => {
    const long = `${'word '.repeat(60).trim()}. Next.`;
    const line = firstSentence(long);
    expect(line.length).toBeLessThanOrEqual(ONE_LINE_MAX);
    expect(line).toMatch(/^word( word)*…$/);
    expect(firstSentence('Alpha beta, gamma delta.', 14)).toBe('Alpha beta…');
  });
});
