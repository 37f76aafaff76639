import { describe, expect, it } from 'vitest';
import { searchWordIndex } from './word-index';

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
