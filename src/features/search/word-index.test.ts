import { describe, expect, it } from 'vitest';
import { rangeHref, rangeOf, searchWordIndex, WORD_RANGES, wordPages } from './word-index';

const ENTRIES = [
  {
    title: 'Speech and language therapists',
    href: '/professions/slt/',
    searchTerms: ['SALT', 'SLT', 'stammer', 'Speech and language therapists'],
  },
  { title: 'Podiatrists', href: '/professions/podiatrists/', searchTerms: ['chiropodist', 'foot pain', 'Chiropodist', ' '] },
  { title: 'Glossary', href: '/glossary/' },
];

describe('searchWordIndex', () => {
  it('lists every search term A to Z with the page it leads to', () => {
    expect(searchWordIndex(ENTRIES)).toEqual([
      { term: 'chiropodist', title: 'Podiatrists', href: '/professions/podiatrists/' },
      { term: 'foot pain', title: 'Podiatrists', href: '/professions/podiatrists/' },
      { term: 'SALT', title: 'Speech and language therapists', href: '/professions/slt/' },
      { term: 'SLT', title: 'Speech and language therapists', href: '/professions/slt/' },
      { term: 'stammer', title: 'Speech and language therapists', href: '/professions/slt/' },
    ]);
  });
  it('keeps a term that leads to two pages once for each', () => {
    const both = searchWordIndex([
      { title: 'B', href: '/b/', searchTerms: ['career change'] },
      { title: 'A', href: '/a/', searchTerms: ['career change'] },
    ]);
    expect(both.map((w) => w.title)).toEqual(['A', 'B']);
  });
});

describe('the pages of search words', () => {
  it('cover every letter A to Z once, the first at /search/words/ itself', () => {
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      expect(
        WORD_RANGES.filter((r) => r.from <= letter && letter <= r.to),
        letter,
      ).toHaveLength(1);
    }
    expect(WORD_RANGES.map(rangeHref)).toEqual(['/search/words/', '/search/words/e-o/', '/search/words/p-z/']);
    expect(new Set(WORD_RANGES.map((r) => r.label)).size).toBe(WORD_RANGES.length);
  });

  it('file a word by its first letter without accents, digits and symbols in the first range', () => {
    expect(rangeOf('SALT').slug).toBe('p-z');
    expect(rangeOf('salt').slug).toBe('p-z');
    expect(rangeOf('dietitian').slug).toBe('');
    expect(rangeOf('Éclair').slug).toBe('e-o');
    expect(rangeOf('999').slug).toBe('');
    expect(rangeOf('#tag').slug).toBe('');
    expect(rangeOf(' occupational therapy').slug).toBe('e-o');
  });

  it('put every word and every page title on exactly one page, A to Z, with the page it leads to', () => {
    const pages = wordPages(ENTRIES);
    expect(pages.map((p) => p.range)).toEqual(WORD_RANGES);
    expect(pages.map((p) => p.words.map((w) => w.term))).toEqual([['chiropodist'], ['foot pain'], ['SALT', 'SLT', 'stammer']]);
    expect(pages.map((p) => p.titles.map((t) => t.title))).toEqual([[], ['Glossary'], ['Speech and language therapists', 'Podiatrists']]);
    expect(pages[2]!.words[0]).toEqual({ term: 'SALT', title: 'Speech and language therapists', href: '/professions/slt/' });
    expect(pages.flatMap((p) => p.words)).toEqual(searchWordIndex(ENTRIES));
  });

  it('stop on a range list that leaves a letter out, naming the word', () => {
    expect(() => rangeOf('zebra', [{ slug: '', label: 'A to M', from: 'A', to: 'M' }])).toThrow(/"zebra" \(letter Z\)/);
  });
});
