import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, overlaps, parseHeaders } from './headers.ts';

const file = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

describe('headersFor', () => {
  const rules = parseHeaders('/*\n  X-Frame-Options: DENY\n  Link: </a.css>\n/docs/*\n  X-Robots-Tag: noindex\n  link: </b.css>\n');

  it('gives a path the headers of every rule it matches, as Netlify and Cloudflare Pages do', () => {
    expect(headersFor(rules, '/docs/x/')).toEqual({ 'X-Frame-Options': 'DENY', Link: '</a.css>, </b.css>', 'X-Robots-Tag': 'noindex' });
    expect(headersFor(rules, '/other/')).toEqual({ 'X-Frame-Options': 'DENY', Link: '</a.css>' });
  });

  it('reads patterns as text, not as regular expressions', () => {
    expect(headersFor(parseHeaders('/a.b\n  X: 1\n'), '/aXb')).toEqual({});
  });
});

describe('public/_headers', () => {
  const paths = [
    '/',
    '/professions/',
    '/sw.js',
    '/favicon.svg',
    '/_astro/index.abc123.css',
    '/pagefind/pagefind.js',
    '/resources/feed.xml',
  ];

  it('never sets one header from two rules for the same path', () => {
    expect(overlaps(file, paths)).toEqual([]);
  });

  it('the overlap check can fail', () => {
    expect(overlaps(parseHeaders('/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: immutable\n'), paths)).toContain(
      '/_astro/index.abc123.css: cache-control is set by /* and /_astro/*',
    );
  });

  it('caches hashed assets for a year and the search index for an hour; pages fall to the default', () => {
    expect(headersFor(file, '/_astro/index.abc123.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(file, '/pagefind/pagefind.js')['Cache-Control']).toBe('public, max-age=3600');
    expect(headersFor(file, '/professions/')['Cache-Control']).toBeUndefined();
  });
});
