import { describe, expect, it } from 'vitest';
import { copyEntry } from './scale.ts';

describe('copyEntry', () => {
  const source = [
    '---',
    'title: "Caring: an update"',
    'type: report',
    'series:',
    '  name: "Caring"',
    '  part: 2',
    'route: support-worker',
    'summary: "The title: not this one"',
    '---',
    'title: body text stays',
    '',
  ].join('\n');

  it('renames the title, keeping its quotes, and only the first title line', () => {
    const copy = copyEntry(source, 3);
    expect(copy).toContain('title: "Caring: an update (copy 3)"\n');
    expect(copy).toContain('\ntitle: body text stays\n');
  });

  it('drops the series block and the route, and keeps the other fields', () => {
    const copy = copyEntry(source, 2);
    expect(copy).not.toMatch(/series|route|part: 2/);
    expect(copy).toContain('type: report\nsummary: "The title: not this one"\n');
  });

  it('handles unquoted and single-quoted titles', () => {
    expect(copyEntry('title: Plain words\n', 2)).toBe('title: Plain words (copy 2)\n');
    expect(copyEntry("title: 'It''s here'\n", 5)).toBe("title: 'It''s here (copy 5)'\n");
  });
});
