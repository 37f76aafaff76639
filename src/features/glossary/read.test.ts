import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../tests/helpers/temp-dir';
import rehypeGlossary, { loadGlossary } from './read';

describe('the glossary files', () => {
  const terms = loadGlossary(join(process.cwd(), 'content', 'glossary'));

  it('are read from content/glossary with their file names as ids', () => {
    const hcpc = terms.find((t) => t.id === 'hcpc');
    expect(hcpc).toMatchObject({ term: 'Health and Care Professions Council', abbreviation: 'HCPC' });
    expect(terms.length).toBeGreaterThanOrEqual(25);
  });

  it('give no term for a file that cannot be read or is empty, rather than stop Astro loading its config without naming it', () => {
    const dir = tempDir('glossary');
    writeFileSync(join(dir, 'tab.yaml'), 'term: Tabbed\n\tabbreviation: T\n');
    writeFileSync(join(dir, 'empty.yaml'), '');
    writeFileSync(join(dir, 'hcpc.yaml'), 'term: Health and Care Professions Council\nabbreviation: HCPC\n');
    expect(loadGlossary(dir).map((t) => t.id)).toEqual(['hcpc']);
  });

  it('mean an empty glossary when the folder is missing', () => {
    expect(loadGlossary(join(process.cwd(), 'no-such-folder'))).toEqual([]);
  });

  it('drive the plugin as the build registers it, in MDX too', async () => {
    const plugin = rehypeGlossary({ dir: join(process.cwd(), 'content', 'glossary') });
    const { code } = await mdxToJs('## The HCPC\n\nRegister with the HCPC.', { hastPlugins: [plugin] });
    expect(code).toContain('href: "/glossary/#hcpc"');
    expect(code).toMatch(/title: "Health and Care Professions Council"/);
  });
});
