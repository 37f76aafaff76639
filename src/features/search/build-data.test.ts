import { describe, expect, it } from 'vitest';
import { chunksFor, readSearchBuild, sizeForPeople, writeSearchBuild } from './build-data';

describe('the build data /search/ is given', () => {
  it('reads back what the integration writes, deriving every file name from the tag, the engine and its wasm first', () => {
    const build = readSearchBuild(writeSearchBuild('en-gb_abc123', 'wasm.en-gb.pagefind', ['en-gb_f1', 'en-gb_f2'], 600_000));
    expect(build).toEqual({
      tag: 'en-gb_abc123',
      start: [
        '/pagefind/pagefind.js',
        '/pagefind/wasm.en-gb.pagefind',
        '/pagefind/pagefind-entry.json?ts=en-gb_abc123',
        '/pagefind/pagefind.en-gb_abc123.pf_meta',
        '/pagefind/ahp-words.en-gb_abc123.json',
      ],
      filters: ['/pagefind/filter/en-gb_f1.pf_filter', '/pagefind/filter/en-gb_f2.pf_filter'],
      manifest: '/pagefind/ahp-search.en-gb_abc123.json',
      words: '/pagefind/ahp-words.en-gb_abc123.json',
      bytes: 600_000,
    });
  });

  it('refuses anything else: missing, placeholder, or names that would leave /pagefind/', () => {
    for (const bad of [
      undefined,
      null,
      '',
      'pending',
      'en-gb_a wasm.en-gb.pagefind ../x 100',
      'a/../b wasm.en-gb.pagefind f 100',
      'a wasm.x.pagefind f 0',
    ])
      expect(readSearchBuild(bad), String(bad)).toBeUndefined();
  });

  it('finds the index chunks that hold a query’s words', () => {
    const chunks: Array<[string, string, string]> = [
      ['a', 'f', '/i/1'],
      ['fa', 'p', '/i/2'],
      ['pa', 'z', '/i/3'],
    ];
    expect(chunksFor(['physio', 'back'], chunks)).toEqual(['/i/3', '/i/1']);
    expect(chunksFor([], chunks)).toEqual([]);
  });

  it('says sizes as people do', () => {
    expect(sizeForPeople(604_000)).toBe('590 KB');
    expect(sizeForPeople(1_600_000)).toBe('1.5 MB');
  });
});
