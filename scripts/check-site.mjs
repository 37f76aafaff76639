#!/usr/bin/env node
/**
 * Post-build checks over every HTML page in dist/:
 * - HTML validity (html-validate, recommended rules; config in .htmlvalidate.json);
 * - every internal link and #anchor resolves to a built page and an element id;
 * - no link text is vague on its own ("click here", "read more", "here", "more", "link");
 * - no inline <script> or style="" that the Content-Security-Policy would block.
 * Prints every problem with its page and exits 1 if there is any.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const VAGUE = /^(click here|read more|more|here|link|this link|learn more|find out more|more info(rmation)?|this page)$/i;

async function* walk(dir) {
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) {
      if (d.name !== 'pagefind') yield* walk(p);
    } else if (d.name.endsWith('.html')) yield p;
  }
}

const pagePath = (file) =>
  '/' +
  relative(DIST, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/');

const stripTags = (s) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

const files = [];
for await (const f of walk(DIST)) files.push(f);
const ids = new Map();
const sources = new Map();
for (const f of files) {
  const html = await readFile(f, 'utf8');
  sources.set(f, html);
  ids.set(pagePath(f), new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
}

const problems = [];
const validator = new HtmlValidate(new FileSystemConfigLoader());
for (const f of files) {
  const html = sources.get(f);
  const page = pagePath(f);
  const report = await validator.validateString(html, f);
  for (const r of report.results)
    for (const m of r.messages) problems.push(`${page}: html-validate ${m.ruleId}: ${m.message} (line ${m.line})`);

  if (
    /<script(?![^>]*\bsrc=)[^>]*>[\s\S]*?\S[\s\S]*?<\/script>/i.test(
      html.replace(/<script[^>]*type="application\/(ld\+)?json"[^>]*>[\s\S]*?<\/script>/gi, ''),
    )
  )
    problems.push(`${page}: has an inline script, which the Content-Security-Policy blocks`);
  if (/\sstyle="/i.test(html)) problems.push(`${page}: has an inline style attribute, which the Content-Security-Policy blocks`);
  if (/<style[\s>]/i.test(html)) problems.push(`${page}: has an inline <style> element, which the Content-Security-Policy blocks`);

  for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
    const href = decode(m[1]);
    const text = stripTags(m[2]);
    const label = /aria-label="([^"]+)"/.exec(m[0])?.[1];
    if (VAGUE.test(label ?? text)) problems.push(`${page}: vague link text "${label ?? text}" for ${href}: say where the link goes`);
    if (!text && !label) problems.push(`${page}: a link to ${href} has no text`);
    if (/^(https?:|mailto:|tel:)/.test(href)) continue;
    const url = new URL(href, `http://site${page}`);
    if (url.host !== 'site') continue;
    const target = url.pathname;
    const isFile = /\.[a-z0-9]+$/i.test(target);
    if (isFile) {
      if (!existsSync(join(DIST, target))) problems.push(`${page}: broken link to ${href}`);
      continue;
    }
    if (!ids.has(target)) {
      problems.push(`${page}: broken link to ${href}`);
      continue;
    }
    const hash = decodeURIComponent(url.hash.slice(1));
    if (hash && !ids.get(target).has(hash)) problems.push(`${page}: link to ${href} names an anchor that does not exist`);
  }
}

for (const p of problems) console.error(p);
console.log(`Checked ${files.length} pages: ${problems.length} problem(s).`);
process.exit(problems.length ? 1 : 0);
