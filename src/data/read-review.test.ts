import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReviewEntries } from './read-review';
import { tempDir } from '../../tests/helpers/temp-dir';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('reading review dates from content files', () => {
  it('walks every folder of content/', () => {
    const root = tempDir('review');
    mkdirSync(join(root, 'content', 'careers'), { recursive: true });
    writeFileSync(join(root, 'content', 'careers', 'cpd.mdx'), '---\ntitle: CPD\nnextReview: 2020-01-01\n---\n');
    writeFileSync(join(root, 'content', 'figures.yaml'), '- id: x\n');
    expect(readReviewEntries(root)).toEqual([{ file: 'content/careers/cpd.mdx', title: 'CPD', nextReview: day('2020-01-01') }]);
  });
});
