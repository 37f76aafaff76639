/**
 * The readiness toolkit on the hub asks exactly as many questions, set by set and part by part,
 * as HEE's toolkit (seed 004). tests/fixtures/readiness-toolkit-counts.json holds the counts that
 * scripts/count-toolkit-questions.ts derives from the seed; this test re-derives them, then
 * compares them with content/checklists/readiness-toolkit.yaml.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { countToolkitQuestions } from '../../scripts/count-toolkit-questions.ts';
import { skipSharedChecks } from '../../scripts/lib/shared.ts';

type Count = { set: string; part: string | null; count: number };
type Checklist = { sections: { id: string; title: string; items: { id: string }[] }[] };

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/readiness-toolkit-counts.json'), 'utf8')) as Count[];
const checklist = parse(readFileSync(join(process.cwd(), 'content/checklists/readiness-toolkit.yaml'), 'utf8')) as Checklist;

describe('readiness toolkit question counts', () => {
  it.skipIf(skipSharedChecks)('the fixture is what the script derives from the seed (../shared)', () => {
    expect(countToolkitQuestions() as Count[]).toEqual(fixture);
  });

  it('the seed has three sets, the employer set in five parts, 39 questions in all', () => {
    expect(new Set(fixture.map((c) => c.set)).size).toBe(3);
    expect(fixture.filter((c) => c.set === 'Employer readiness').map((c) => c.part)).toEqual([
      'Strategy',
      'Workforce planning',
      'Roles and responsibilities',
      'Recruitment and retention',
      'Training and education',
    ]);
    expect(fixture.reduce((n, c) => n + c.count, 0)).toBe(39);
  });

  it('the checklist has one section per set or part, in the same order, each titled after it', () => {
    expect(checklist.sections).toHaveLength(fixture.length);
    checklist.sections.forEach((section, i) => {
      const expected = fixture[i]!;
      const title = section.title.toLowerCase();
      expect(title, section.id).toContain(expected.set.toLowerCase());
      if (expected.part) expect(title, section.id).toContain(expected.part.toLowerCase());
    });
  });

  it('each section has exactly as many questions as the seed', () => {
    expect(checklist.sections.map((s) => ({ section: s.id, count: s.items.length }))).toEqual(
      fixture.map((c, i) => ({ section: checklist.sections[i]?.id, count: c.count })),
    );
  });
});
