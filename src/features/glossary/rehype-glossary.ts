/**
 * Marks the first use of each glossary term on a page as a link to its definition on
 * /glossary/, so a reader can check what it means; the link says "(glossary)" to screen readers. A short form (HCPC) is also wrapped in
 * <abbr> with the full term as its title, which is what <abbr> is for.
 *
 * It is a hast (HTML tree) plugin. Astro 7 renders Markdown and MDX with Sätteri, which runs hast
 * plugins through its own visitor API and ignores rehype (unified) plugins, so the plugin is
 * written for Sätteri. It runs outside Astro's content layer, so src/features/glossary/read.ts reads the
 * glossary files (content/glossary/*.yaml) itself. The content layer validates those files; here
 * an entry without a term is skipped.
 */
import type { Element, ElementContent, Parents as HastParents, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';

export interface GlossaryTerm {
  /** The file name without .yaml: the term's id on /glossary/. */
  id: string;
  term: string;
  abbreviation?: string | undefined;
  aliases: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** The term that a glossary file's data defines, or undefined for one without a term (the content layer reports those). */
export function glossaryTermOf(id: string, data: unknown): GlossaryTerm | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  if (typeof d['term'] !== 'string') return undefined;
  return {
    id,
    term: d['term'],
    abbreviation: typeof d['abbreviation'] === 'string' ? d['abbreviation'] : undefined,
    aliases: strings(d['aliases']),
  };
}

/**
 * Where a term is never marked: headings (they label, the text below explains), links and
 * existing abbreviations (no link inside a link), code, form controls, and italics, which the
 * hub uses for the titles of published documents (AHPs Deliver).
 */
const SKIPPED = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'abbr',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'button',
  'label',
  'select',
  'textarea',
  'summary',
  'legend',
  'cite',
  'em',
  'dfn',
]);

interface Form {
  term: GlossaryTerm;
  pattern: RegExp;
  /** True for the term's short form, which is wrapped in <abbr>. */
  isAbbreviation: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for one way of writing a term. It matches whole words only, and any run of spaces
 * or line breaks between words. A form with a capital after its first letter (HCPC, AfC, NHS
 * Long Term Plan) is a short form or a name and must match exactly; any other form matches in
 * any case, so "Preceptorship" at the start of a sentence is found too.
 */
export function formPattern(form: string): RegExp {
  const exact = /\p{Lu}/u.test(form.trim().slice(1));
  const body = form.trim().split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, exact ? 'u' : 'iu');
}

function formsOf(terms: readonly GlossaryTerm[]): Form[] {
  return terms.flatMap((term) => {
    const texts = [...new Set([term.term, ...(term.abbreviation ? [term.abbreviation] : []), ...term.aliases])];
    return texts.map((text) => ({ term, pattern: formPattern(text), isAbbreviation: text === term.abbreviation }));
  });
}

/** The earliest use of any term not yet marked on this page; the longest wins a tie. */
function firstMatch(text: string, forms: readonly Form[], marked: ReadonlySet<string>) {
  let best: { form: Form; index: number; length: number } | undefined;
  for (const form of forms) {
    if (marked.has(form.term.id)) continue;
    const m = form.pattern.exec(text);
    if (!m) continue;
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))
      best = { form, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * Said after the term's words to a screen reader (and in a list of links), so the link says it
 * leads to the glossary and not to a page about the term; Pagefind leaves it out of the index.
 */
export const GLOSSARY_HINT = ' (glossary)';

function termLink(form: Form, words: string): Element {
  const text: Text = { type: 'text', value: words };
  const inner: ElementContent = form.isAbbreviation
    ? { type: 'element', tagName: 'abbr', properties: { title: form.term.term }, children: [text] }
    : text;
  const hint: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['sr-only'], dataPagefindIgnore: true },
    children: [{ type: 'text', value: GLOSSARY_HINT }],
  };
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `/glossary/#${form.term.id}`, className: ['term'] },
    children: [inner, hint],
  };
}

/** Splits one text node around the first uses of terms in it, marking each term as used. */
function markText(value: string, forms: readonly Form[], marked: Set<string>): (Text | Element)[] {
  const out: (Text | Element)[] = [];
  let rest = value;
  for (let m = firstMatch(rest, forms, marked); m; m = firstMatch(rest, forms, marked)) {
    if (m.index > 0) out.push({ type: 'text', value: rest.slice(0, m.index) });
    out.push(termLink(m.form, rest.slice(m.index, m.index + m.length)));
    marked.add(m.form.term.id);
    rest = rest.slice(m.index + m.length);
  }
  if (rest) out.push({ type: 'text', value: rest });
  return out;
}

/**
 * True when a text node sits inside an element where terms are never marked, written as HTML
 * or as an MDX component (<abbr> in MDX), or inside what is marked as not the page's own words
 * (data-pagefind-ignore). Text beside raw HTML in plain Markdown is skipped too,
 * because it may sit inside the raw tags.
 */
function isInSkippedElement(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
  const parent = ctx.parent(node);
  if (parent?.children.some((sibling) => sibling.type === 'raw')) return true;
  for (let p: Readonly<HastParents> | undefined = parent; p && p.type !== 'root'; p = ctx.parent(p)) {
    if (p.type === 'element' && (SKIPPED.has(p.tagName) || p.properties['dataPagefindIgnore'] !== undefined)) return true;
    if (p.type === 'mdxJsxTextElement' || p.type === 'mdxJsxFlowElement') {
      if (p.name && SKIPPED.has(p.name)) return true;
      // Not the page's own words (the mark search and the reading-grade check honour too).
      if (p.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'data-pagefind-ignore')) return true;
    }
  }
  return false;
}

/**
 * The hast plugin for Sätteri, Astro's Markdown and MDX processor (astro.config.mjs registers
 * it). Sätteri calls the factory once per page, so each page starts with no term marked, and
 * visits text in document order, so the first use is the one marked.
 */
export function glossaryPlugin(terms: readonly GlossaryTerm[]): (ctx: PluginFactoryContext) => HastPluginDefinition {
  const forms = formsOf(terms);
  return () => {
    const marked = new Set<string>();
    return {
      name: 'ahp-glossary',
      text(node, ctx) {
        if (forms.length === 0 || isInSkippedElement(node, ctx)) return;
        const parts = markText(node.value, forms, marked);
        if (parts.some((part) => part.type === 'element')) ctx.replaceNode(node, parts);
      },
    };
  };
}
