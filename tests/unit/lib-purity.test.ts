/**
 * src/lib and each feature folder's logic are pure; readers live in src/data (src/data/README.md)
 * or in a feature's read*.ts, and only a feature's client.ts (and src/lib/browser/) touches the
 * page. ESLint enforces the split (eslint.config.mjs); this proves the rule is in force: each way
 * of reading is refused in pure logic, and allowed where it belongs.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const problems = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.filter((m) =>
    ['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals'].includes(m.ruleId ?? ''),
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

  for (const [what, code] of Object.entries(READS)) {
    it(`refuses a feature's logic that reads ${what}, and lets its reader do it`, async () => {
      expect(await problems(code, 'src/features/search/probe.ts')).toHaveLength(1);
      expect(await problems(code.replace("'../data/content'", "'../../data/content'"), 'src/features/search/read-probe.ts')).toEqual([]);
    });
  }

  const TOUCHES_PAGE = "export const read = () => document.title + localStorage.getItem('x');\n";
  it("refuses a feature's logic that touches the page, and lets its client.ts, client-*.ts and src/lib/browser do it", async () => {
    expect(await problems(TOUCHES_PAGE, 'src/features/search/probe.ts')).toHaveLength(2);
    expect(await problems(TOUCHES_PAGE, 'src/lib/probe.ts')).toHaveLength(2);
    expect(await problems(TOUCHES_PAGE, 'src/features/search/client.ts')).toEqual([]);
    expect(await problems(TOUCHES_PAGE, 'src/features/search/client-probe.ts')).toEqual([]);
    expect(await problems(TOUCHES_PAGE, 'src/features/search/clientele.ts')).toHaveLength(2);
    expect(await problems(TOUCHES_PAGE, 'src/lib/browser/probe.ts')).toEqual([]);
  });
});
