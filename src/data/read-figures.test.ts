import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expiredFiguresError } from '../lib/figures';
import { figureDates, readFigureChecks } from './read-figures';
import { tempDir } from '../../tests/helpers/temp-dir';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const TODAY = day('2026-12-01');

describe('reading figure check-by dates from a project', () => {
  it('reads a project folder: the figures file, the content and the pages', () => {
    const root = tempDir('figures');
    mkdirSync(join(root, 'content', 'careers'), { recursive: true });
    mkdirSync(join(root, 'src', 'pages'), { recursive: true });
    writeFileSync(join(root, 'content', 'figures.yaml'), '- id: pay-x\n  label: Pay X\n  checkBy: 2026-01-31\n');
    writeFileSync(join(root, 'content', 'careers', 'pay.mdx'), '---\ntitle: Pay\n---\nIt is <Figure id="pay-x" />.\n');
    writeFileSync(join(root, 'src', 'pages', 'index.astro'), '<p>No figures here.</p>\n');
    const figures = readFigureChecks(root);
    expect(figures).toEqual([{ id: 'pay-x', label: 'Pay X', checkBy: day('2026-01-31'), shownOn: ['content/careers/pay.mdx'] }]);
    expect(expiredFiguresError(figures, TODAY)).toContain(
      'content/figures.yaml: pay-x (Pay X), check by 31 January 2026 (304 days ago); shown on content/careers/pay.mdx',
    );
  });

  it('the build step throws for an expired figure on build, and only warns in dev', () => {
    const root = tempDir('figures');
    mkdirSync(join(root, 'content'), { recursive: true });
    mkdirSync(join(root, 'src', 'pages'), { recursive: true });
    writeFileSync(join(root, 'content', 'figures.yaml'), '- id: pay-x\n  label: Pay X\n  checkBy: 2026-11-30\n');
    const setup = figureDates(root, () => TODAY).hooks['astro:config:setup'] as (o: unknown) => void;
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m) };
    expect(() => setup({ command: 'build', logger })).toThrow(
      /content\/figures\.yaml: pay-x \(Pay X\), check by 30 November 2026 \(1 day ago\)/,
    );
    setup({ command: 'dev', logger });
    expect(warnings).toHaveLength(1);
    writeFileSync(join(root, 'content', 'figures.yaml'), '- id: pay-x\n  label: Pay X\n  checkBy: 2026-12-01\n');
    expect(() => setup({ command: 'build', logger })).not.toThrow();
  });
});
