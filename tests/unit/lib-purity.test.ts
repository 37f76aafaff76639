/**
 * src/lib holds pure logic; readers live in src/data (src/data/README.md). ESLint enforces the
 * split (eslint.config.mjs); this proves the rule is in force: each way of reading is refused
 * in src/lib, and allowed in src/data.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const problems = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.filter(
    (m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax',
  );

const READS = {
  'a collection': "import { getCollection } from 'astro:content';\nexport const read = getCollection;\n",
  'the file system': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'the file system, unprefixed': "import { readdirSync } from 'fs';\nexport const read = readdirSync;\n",
  'a reader in src/data': "import { professions } from '../data/content';\nexport const read = professions;\n",
  'files through Vite': "export const read = import.meta.glob('../../content/*.yaml');\n",
};

describe('src/lib stays pure', () => {
  for (const [what, code] of Object.entries(READS)) {
    it(`refuses a module in src/lib that reads ${what}`, async () => {
      expect(await problems(code, 'src/lib/probe.ts')).toHaveLength(1);
    });
  }

  it('lets src/data read, and src/lib name a collection entry type', async () => {
    expect(await problems(READS['a collection'], 'src/data/probe.ts')).toEqual([]);
    expect(
      await problems(
        "import type { CollectionEntry } from 'astro:content';\nexport type R = CollectionEntry<'resources'>;\n",
        'src/lib/probe.ts',
      ),
    ).toEqual([]);
  });
});
