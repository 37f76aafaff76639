/**
 * Reads a Netlify-style _headers file: a path pattern on its own line, then indented
 * "Name: value" lines. Later matching rules override earlier ones for the same header.
 */
export function parseHeaders(text) {
  const rules = [];
  let current = null;
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

const toRegExp = (pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** The headers that apply to a request path. */
export function headersFor(rules, path) {
  const out = {};
  for (const rule of rules) if (toRegExp(rule.pattern).test(path)) Object.assign(out, rule.headers);
  return out;
}
