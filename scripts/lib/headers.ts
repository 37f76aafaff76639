/**
 * Reads a Netlify-style _headers file (a path pattern on its own line, then indented
 * "Name: value" lines) and applies it as Netlify and Cloudflare Pages do: a path gets the
 * headers of every rule it matches, and a header set by two matching rules gets both values,
 * joined by a comma. So two rules must never both set a header such as Cache-Control for one
 * path (`overlaps` finds such pairs), or the host sends a mixed value.
 */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      current = { pattern: raw.trim(), headers: {} };
      rules.push(current);
    } else if (current) {
      const i = raw.indexOf(':');
      if (i > 0) current.headers[raw.slice(0, i).trim()] = raw.slice(i + 1).trim();
    }
  }
  return rules;
}

const toRegExp = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** The headers that apply to a request path: every matching rule's, values of one header joined by ", ". */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!toRegExp(rule.pattern).test(path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** For each path, any header that two or more matching rules set (their values would be joined). */
export function overlaps(rules: readonly HeaderRule[], paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    const setters: Record<string, string[]> = {};
    for (const rule of rules.filter((r) => toRegExp(r.pattern).test(path)))
      for (const name of Object.keys(rule.headers)) (setters[name.toLowerCase()] ??= []).push(rule.pattern);
    for (const [name, patterns] of Object.entries(setters))
      if (patterns.length > 1) found.push(`${path}: ${name} is set by ${patterns.join(' and ')}`);
  }
  return found;
}
