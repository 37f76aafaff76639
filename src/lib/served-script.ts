/**
 * A hand-written script as it is served: without its comments, which are for editors, and without
 * the indentation of its lines. Only whole-line comments and leading white space go, so no code is
 * touched; a script served this way must hold no template literal that runs over several lines.
 */
export const servedScript = (js: string): string =>
  js
    .replace(/^[ \t]*\/\*[\s\S]*?\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/.*\n/gm, '')
    .replace(/^[ \t]+/gm, '')
    .replace(/\n{2,}/g, '\n');
