/**
 * Reads the titles listed in Appendix 2 and Appendix 3 of the strategy (the seed document) so
 * tests can prove every one of them has an entry in the resources collection.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from './shared.ts';

const SEED = sharedPath('seeds', '000_b64a19f1b9dc009d.txt');

/** The link texts of each appendix's bullet list, with Markdown escapes removed. */
export function appendixTitles(text = readFileSync(SEED, 'utf8')): Record<'appendix-2' | 'appendix-3', string[]> {
  const section = (start: string, end?: string) => {
    const from = text.indexOf(start);
    const to = end ? text.indexOf(end, from) : text.length;
    if (from < 0 || to < 0) throw new Error(`The seed has no "${start}" section`);
    return text.slice(from, to);
  };
  const titles = (chunk: string) =>
    chunk
      .split('\n')
      .filter((l) => l.trim().startsWith('- '))
      .flatMap((l) => [...l.matchAll(/\[((?:\\.|[^\]])+)\]\(#\)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1').trim()));
  return {
    'appendix-2': titles(section('Appendix 2\n', 'Appendix 3\n')),
    'appendix-3': titles(section('Appendix 3\n')),
  };
}
