import { describe, expect, it } from 'vitest';
import { excerptParts } from './excerpt';

describe('excerptParts', () => {
  it('splits an excerpt into plain and highlighted text', () => {
    expect(excerptParts('See a <mark>podiatrist</mark> for <mark>foot</mark> pain')).toEqual([
      { text: 'See a ', marked: false },
      { text: 'podiatrist', marked: true },
      { text: ' for ', marked: false },
      { text: 'foot', marked: true },
      { text: ' pain', marked: false },
    ]);
  });

  it('keeps any other markup in the page text as literal text', () => {
    const parts = excerptParts('Use <img src=x onerror=alert(1)> and <script>alert(1)</script> <mark>here</mark> &amp;');
    expect(parts).toEqual([
      { text: 'Use <img src=x onerror=alert(1)> and <script>alert(1)</script> ', marked: false },
      { text: 'here', marked: true },
      { text: ' &amp;', marked: false },
    ]);
  });

  it('joins neighbouring highlights and ignores empty ones', () => {
    expect(excerptParts('<mark>x</mark><mark>-ray</mark><mark></mark>')).toEqual([{ text: 'x-ray', marked: true }]);
    expect(excerptParts('')).toEqual([]);
  });

  it('does not treat mark-like tags with attributes as highlights', () => {
    expect(excerptParts('<mark class="x">a</mark>')).toEqual([{ text: '<mark class="x">a', marked: false }]);
  });
});
