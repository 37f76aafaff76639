#!/usr/bin/env node
/**
 * Inclusive language check (run before the build by scripts/test-all.ts): every MDX body and
 * every text field written in our own words in content/ (frontmatter and YAML), against
 * retext-equality, retext-profanities and the hub's word list in language-rules.yaml. It also
 * reports template text that `npm run new` left for the editor to replace (PLACEHOLDER).
 * Prints each finding with its file, line and field, and exits 1 if there is any.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { languageChecker, parseLanguageRules, placeholderFindings, proseFields } from './lib/language.ts';

const ROOT = process.cwd();
const rules = parseLanguageRules(await readFile(join(ROOT, 'language-rules.yaml'), 'utf8'));
const check = languageChecker(rules);

const files = (await readdir(join(ROOT, 'content'), { recursive: true }))
  .filter((f) => f.endsWith('.mdx') || f.endsWith('.yaml'))
  .map((f) => relative(ROOT, join(ROOT, 'content', f)).replace(/\\/g, '/'))
  .sort();

const findings = [];
for (const file of files) {
  const text = await readFile(join(ROOT, file), 'utf8');
  const collection = file.split('/')[1] ?? '';
  findings.push(...placeholderFindings(text, file));
  const front = file.endsWith('.mdx') ? splitFrontmatter(text) : { yaml: text, firstLine: 1 };
  if (file.endsWith('.mdx')) findings.push(...(await check.mdx(text, file)));
  if (!front) continue;
  for (const f of proseFields(front.yaml, collection)) {
    for (const finding of await check.plain(f.value, file)) {
      findings.push({ ...finding, line: front.firstLine + f.line - 1, field: f.field });
    }
  }
}

for (const f of findings) {
  console.error(`${f.file}:${f.line}${f.field ? ` (${f.field})` : ''}: ${f.message} [${f.rule}]`);
  if (f.note) console.error(`  Why: ${f.note}`);
}
console.log(`Checked ${files.length} content files against language-rules.yaml: ${findings.length} finding(s).`);
if (findings.length) {
  console.log(
    'Replace any PLACEHOLDER with real content. Reword every other finding in your own words (see the style guide), or, if the word is right where it stands, add it with a reason to language-rules.yaml.',
  );
}
process.exit(findings.length ? 1 : 0);
