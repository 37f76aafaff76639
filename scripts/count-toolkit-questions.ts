#!/usr/bin/env node
/**
 * Counts the numbered questions in each question set of HEE's readiness toolkit (seed 004),
 * and in each part of a set that has parts (the employer set's "Strategy", "Workforce planning"...),
 * so a test can prove content/checklists/readiness-toolkit.yaml has exactly as many.
 *
 * `node scripts/count-toolkit-questions.ts` writes the counts to
 * tests/fixtures/readiness-toolkit-counts.json and prints them; the unit test
 * tests/unit/readiness-toolkit-counts.test.ts re-derives them from the seed and compares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from './lib/shared.ts';

/** The seed sits beside the repository (see scripts/lib/shared.ts). */
export const SEED = sharedPath('seeds', '004_133d3833f8c4517f.txt');
export const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'readiness-toolkit-counts.json');

const SET_HEADING = /^Section \d+: (.+?) - .+$/;
const QUESTION = /^(\d+)\. \S/;
/** A table row whose only filled cell is the first: the heading of a part within a set. */
const PART_HEADING = /^([A-Z][A-Za-z ,&-]+)\t\t\t$/;
const END_OF_QUESTIONS = /^Supporting resources\s*$/;

export interface QuestionCount {
  set: string;
  part: string | null;
  count: number;
}

/** One row per set of the seed's text, or per part where a set has parts, in the seed's order. */
export function countToolkitQuestions(text = readFileSync(SEED, 'utf8')): QuestionCount[] {
  const rows: QuestionCount[] = [];
  let set: string | null = null;
  let lastNumber = 0;
  for (const line of text.split(/\r?\n/)) {
    if (END_OF_QUESTIONS.test(line)) break;
    const heading = SET_HEADING.exec(line);
    if (heading) {
      set = heading[1]!.trim();
      lastNumber = 0;
      continue;
    }
    if (!set) continue;
    const part = PART_HEADING.exec(line);
    if (part) {
      rows.push({ set, part: part[1]!.trim(), count: 0 });
      continue;
    }
    const question = QUESTION.exec(line);
    if (!question) continue;
    // The seed numbers questions 1, 2, 3... within each set; a gap means a question was missed.
    const number = Number(question[1]);
    if (number !== lastNumber + 1) throw new Error(`${set}: question ${number} follows question ${lastNumber}`);
    lastNumber = number;
    const current = rows.at(-1);
    if (!current || current.set !== set) rows.push({ set, part: null, count: 1 });
    else current.count += 1;
  }
  if (rows.length === 0) throw new Error('No question sets found in the seed');
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = countToolkitQuestions();
  writeFileSync(FIXTURE, `${JSON.stringify(rows, null, 2)}\n`);
  for (const r of rows) console.log(`${r.set}${r.part ? `: ${r.part}` : ''}: ${r.count}`);
  console.log(`${rows.reduce((n, r) => n + r.count, 0)} questions in all; written to ${FIXTURE}`);
}
