/**
 * /sw-register.js, the one small script every page loads (src/lib/browser/sw-register.js), served
 * without its comments and indentation: every visitor downloads it, on every first visit.
 */
import source from '../lib/browser/sw-register.js?raw';
import { servedScript } from '../lib/served-script';

export function GET(): Response {
  return new Response(servedScript(source), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
