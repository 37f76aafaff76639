/** A glossary term's file; the messages are pinned. */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../data/content-files';
import { problemsIn } from '../../tests/helpers/schema';
import { VALID_GLOSSARY } from '../../tests/helpers/entries';
import { glossaryTerm } from './glossary';

describe('a glossary term', () => {
  it('accepts a valid entry, and every term in content/', async () => {
    expect(await problemsIn(glossaryTerm, VALID_GLOSSARY)).toEqual([]);
    for (const [file, text] of readContentFiles(process.cwd(), 'content/glossary'))
      expect(await problemsIn(glossaryTerm, text), file).toEqual([]);
  });

  it('says a seeAlso must be a path on the hub', async () => {
    expect(await problemsIn(glossaryTerm, `${VALID_GLOSSARY}seeAlso: careers/cpd\n`)).toEqual([
      'seeAlso: "careers/cpd" is not a path on the hub. Start and end it with a slash, for example /careers/cpd/.',
    ]);
  });

  it('keeps a definition to 400 characters', async () => {
    expect(await problemsIn(glossaryTerm, VALID_GLOSSARY.replace(/definition: .*/, `definition: ${'word '.repeat(81)}`))).toEqual([
      'definition: This text is too long: keep it to 400 characters. Cut words, or split it into two sentences.',
    ]);
  });
});
