/**
 * The inclusive language check: two maintained checkers from the retext family,
 * retext-equality (inconsiderate words) and retext-profanities (profane words), plus the
 * hub's own list of words it does not use (language-rules.yaml). Every exception lives in that
 * file with its reason. scripts/check-language.ts runs this over content/.
 */
import { unified, type Plugin, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import { search } from 'nlcst-search';
import { toString as nlcstToString } from 'nlcst-to-string';
import type { Root as NlcstRoot } from 'nlcst';
import { VFile } from 'vfile';
import { isMap, isScalar, isSeq, parse, parseDocument, type Node as YamlNode } from 'yaml';

/** A word the hub does not use, with what to write instead. */
interface ForbiddenWords {
  phrases: string[];
  use: string;
  why: string;
}
/** Phrases in which a flagged word is right, optionally only in some files. */
interface Allowance {
  phrases: string[];
  /** Paths from the project root; when given, the allowance holds only in these files. */
  files?: string[];
  why: string;
}
export interface LanguageRules {
  /** How sure retext-profanities must be before it warns: 0 maybe, 1 somewhat, 2 likely. */
  profanitySureness: 0 | 1 | 2;
  forbid: ForbiddenWords[];
  allow: Allowance[];
}

export interface Finding {
  file: string;
  line: number;
  /** The field, for YAML and frontmatter text. */
  field?: string | undefined;
  /** The word or phrase that was flagged, as written. */
  actual: string;
  message: string;
  /** The checker's explanation, where it gives one. */
  note?: string | undefined;
  /** Which checker and rule raised it, such as retext-equality/just. */
  rule: string;
}

/** Reads and checks the shape of language-rules.yaml. */
export function parseLanguageRules(text: string): LanguageRules {
  const data: unknown = parse(text);
  if (!data || typeof data !== 'object') throw new Error('language-rules.yaml is empty.');
  const d = data as Record<string, unknown>;
  const sureness = d['profanitySureness'];
  if (sureness !== 0 && sureness !== 1 && sureness !== 2) throw new Error('language-rules.yaml: profanitySureness must be 0, 1 or 2.');
  const list = (key: string): Record<string, unknown>[] => {
    const v = d[key];
    if (!Array.isArray(v)) throw new Error(`language-rules.yaml: ${key} must be a list.`);
    return v as Record<string, unknown>[];
  };
  const strings = (v: unknown, where: string): string[] => {
    if (!Array.isArray(v) || v.length === 0 || !v.every((s) => typeof s === 'string'))
      throw new Error(`language-rules.yaml: ${where} needs a list of words.`);
    return v as string[];
  };
  const reason = (v: unknown, where: string): string => {
    if (typeof v !== 'string' || v.trim().length < 10) throw new Error(`language-rules.yaml: ${where} needs a reason (why).`);
    return v;
  };
  return {
    profanitySureness: sureness,
    forbid: list('forbid').map((f, i) => ({
      phrases: strings(f['phrases'], `forbid ${i + 1}`),
      use: reason(f['use'], `forbid ${i + 1} (use)`),
      why: reason(f['why'], `forbid ${i + 1}`),
    })),
    allow: list('allow').map((a, i) => ({
      phrases: strings(a['phrases'], `allow ${i + 1}`),
      ...(a['files'] === undefined ? {} : { files: strings(a['files'], `allow ${i + 1} (files)`) }),
      why: reason(a['why'], `allow ${i + 1}`),
    })),
  };
}

/** A retext plugin that reports the hub's forbidden words. Quoted mentions ("citizens") are not reported. */
const retextForbidden: Plugin<[ForbiddenWords[]], NlcstRoot> = (forbidden) => (tree, file) => {
  const byPhrase = new Map(forbidden.flatMap((f) => f.phrases.map((p) => [p.toLowerCase(), f] as const)));
  search(tree, [...byPhrase.keys()], (nodes, _index, _parent, phrase) => {
    const rule = byPhrase.get(phrase.toLowerCase());
    if (!rule) return;
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    if (!first?.position || !last?.position) return;
    const actual = nodes.map((n) => nlcstToString(n)).join('');
    const message = file.message(`Do not use \`${actual}\`: say ${rule.use}. ${rule.why}`, {
      place: { start: first.position.start, end: last.position.end },
      ruleId: phrase.toLowerCase().replace(/\s+/g, '-'),
      source: 'ahp-hub',
    });
    message.actual = actual;
  });
};

function retextPipeline(rules: LanguageRules) {
  return unified()
    .use(retextEnglish)
    .use(retextEquality)
    .use(retextProfanities, { sureness: rules.profanitySureness })
    .use(retextForbidden, rules.forbid);
}

/** True when the flagged span [start, end) sits inside one of the allowed phrases in this text. */
function isAllowed(text: string, start: number, end: number, file: string, rules: LanguageRules): boolean {
  const lower = text.toLowerCase();
  return rules.allow.some(
    (a) =>
      (!a.files || a.files.includes(file)) &&
      a.phrases.some((phrase) => {
        const p = phrase.toLowerCase();
        for (let at = lower.indexOf(p); at !== -1; at = lower.indexOf(p, at + 1)) if (at <= start && end <= at + p.length) return true;
        return false;
      }),
  );
}

function findingsOf(vfile: VFile, text: string, file: string, rules: LanguageRules): Omit<Finding, 'field'>[] {
  const found: Omit<Finding, 'field'>[] = [];
  for (const m of vfile.messages) {
    const start = m.place && 'start' in m.place ? m.place.start.offset : undefined;
    const end = m.place && 'end' in m.place ? m.place.end.offset : undefined;
    if (start !== undefined && end !== undefined && isAllowed(text, start, end, file, rules)) continue;
    found.push({
      file,
      line: m.line ?? 1,
      actual: m.actual ?? (start !== undefined && end !== undefined ? text.slice(start, end) : ''),
      message: m.reason,
      note: m.note ?? undefined,
      rule: `${m.source ?? 'retext'}/${m.ruleId ?? 'unknown'}`,
    });
  }
  return found;
}

export interface LanguageChecker {
  /** Checks the body of an MDX file (its frontmatter is skipped: see proseFields). */
  mdx(text: string, file: string): Promise<Finding[]>;
  /** Checks one piece of plain text, such as a YAML field. */
  plain(text: string, file: string): Promise<Finding[]>;
}

export function languageChecker(rules: LanguageRules): LanguageChecker {
  const retext = retextPipeline(rules);
  // remark-retext's types expect a bare retext processor; the plugins added above do not change what it takes.
  const bridge = retext as unknown as Processor<NlcstRoot>;
  const markdown = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkRetext, bridge);
  return {
    async mdx(text, file) {
      const vfile = new VFile({ path: file, value: text });
      await markdown.run(markdown.parse(vfile), vfile);
      return findingsOf(vfile, text, file, rules);
    },
    async plain(text, file) {
      const vfile = new VFile({ path: file, value: text });
      await retext.run(retext.parse(vfile), vfile);
      return findingsOf(vfile, text, file, rules);
    },
  };
}

/** Fields written in our own words; everything else is a name, an address, an id or a fixed value. */
const PROSE_FIELDS = new Set([
  'title',
  'singular',
  'summary',
  'definition',
  'term',
  'aliases',
  'text',
  'intro',
  'prompts',
  'settings',
  'helps',
  'note',
  'entry',
  'label',
]);
/**
 * Fields left as published: sources and the professional body are named as their publishers
 * name them, search terms are the words people type (including words we avoid), and a series
 * has its published name.
 */
const PUBLISHED_SUBTREES = new Set(['sources', 'professionalBody', 'series', 'searchTerms', 'alsoKnownAs', 'protectedTitles']);
/** Fields that must stay exactly as published in one kind of content. */
const PUBLISHED_IN: Record<string, Set<string>> = {
  resources: new Set(['title']), // resource titles exactly as published
  quotes: new Set(['text', 'attribution']), // quotations word for word, attributed as the strategy does
};

export interface ProseField {
  /** Dotted path, such as summary or sections.0.items.2.text. */
  field: string;
  value: string;
  /** Line in the YAML text, counting from 1. */
  line: number;
}

/**
 * The text fields of a YAML document (a data file or an MDX file's frontmatter) that are in our
 * own words. `collection` is the content folder, which decides what stays as published.
 */
export function proseFields(yamlText: string, collection: string): ProseField[] {
  const doc = parseDocument(yamlText);
  const published = PUBLISHED_IN[collection] ?? new Set<string>();
  const lineAt = (offset: number) => yamlText.slice(0, offset).split('\n').length;
  const found: ProseField[] = [];
  const walk = (node: YamlNode | null, path: string[], key: string | undefined, depth: number): void => {
    if (!node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (k === undefined || PUBLISHED_SUBTREES.has(k) || (depth === 0 && published.has(k))) continue;
        walk(pair.value as YamlNode | null, [...path, k], k, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as YamlNode | null, [...path, String(i)], key, depth));
    } else if (isScalar(node) && typeof node.value === 'string' && key !== undefined && PROSE_FIELDS.has(key)) {
      found.push({ field: path.join('.'), value: node.value, line: lineAt(node.range?.[0] ?? 0) });
    }
  };
  walk(doc.contents as YamlNode | null, [], undefined, 0);
  return found;
}

/** Template text that `npm run new` leaves for the editor to replace: one finding per line that still has it. */
export function placeholderFindings(text: string, file: string): Finding[] {
  return text.split('\n').flatMap((line, i) =>
    line.includes('PLACEHOLDER')
      ? [
          {
            file,
            line: i + 1,
            actual: 'PLACEHOLDER',
            message: 'This is still template text from npm run new: replace the PLACEHOLDER with real content.',
            rule: 'ahp-hub/placeholder',
          },
        ]
      : [],
  );
}
