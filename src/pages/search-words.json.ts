/**
 * /search-words.json: the words of every page title and search term, built with the site, for
 * the search page's spelling step (src/lib/search-spelling.ts). Fetched only when a search starts.
 */
import type { APIRoute } from 'astro';
import { atoZEntries } from '../data/a-to-z';
import { vocabulary } from '../lib/search-terms';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ words: vocabulary(await atoZEntries()) }), { headers: { 'Content-Type': 'application/json' } });
