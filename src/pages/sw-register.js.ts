/**
 * /sw-register.js, the one small script every page loads (src/lib/browser/sw-register.js), served
 * minified (Vite's minifier, the one that builds the other scripts): every visitor downloads it,
 * on every first visit.
 */
import { minify } from 'vite';
import source from '../lib/browser/sw-register.js?raw';

export async function GET(): Promise<Response> {
  const { code } = await minify('sw-register.js', source, {});
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
