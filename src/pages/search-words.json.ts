/**
 * /search-words.json: the words of every page title and search term, built with the site, for
 * the search page's spelling step (src/features/search/spelling.ts). Fetched only when a search starts.
 */
import type { APIRoute } from 'astro';
import { atoZEntries } from '../data/read-a-to-z';
import { vocabulary } from '../features/search/word-index';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ words: vocabulary(await atoZEntries()) }), { headers: { 'Content-Type': 'application/json' } });
