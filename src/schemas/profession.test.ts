/** A profession's front matter; the messages editors see are pinned. */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../data/content-files';
import { problemsIn } from '../../tests/helpers/schema';
import { VALID_PROFESSION } from '../../tests/helpers/entries';
import { profession } from './profession';

describe('a profession', () => {
  it('accepts a valid entry, and every profession in content/', async () => {
    expect(await problemsIn(profession, VALID_PROFESSION)).toEqual([]);
    for (const [file, text] of readContentFiles(process.cwd(), 'content/professions'))
      expect(await problemsIn(profession, text), file).toEqual([]);
  });

  it('says the title is required when it is missing', async () => {
    expect(await problemsIn(profession, VALID_PROFESSION.replace('title: Orthoptists\n', ''))).toEqual([
      'title: This field is required: add some text in quotes, for example title: "Return to practice".',
    ]);
  });

  it('names an unknown regulator and lists the allowed ones', async () => {
    expect(await problemsIn(profession, VALID_PROFESSION.replace('regulator: hcpc', 'regulator: gmc'))).toEqual([
      'regulator: "gmc" is not an allowed value. Use one of: hcpc, gosc.',
    ]);
  });

  it('says how to write self-referral, and refuses an unknown field in access', async () => {
    expect(await problemsIn(profession, VALID_PROFESSION.replace('selfReferral: "no"', 'selfReferral: sometimes'))).toEqual([
      'access.selfReferral: "sometimes" is not an allowed value. Use one of: plan, local, no, emergency.',
    ]);
    expect(await problemsIn(profession, VALID_PROFESSION.replace('  privately:', '  privatly:'))).toEqual([
      'access.privately: This field is required: add some text in quotes, for example privately: "Some words".',
      'access: Unknown field(s): privatly. Did you mean privately (not privatly)? Check the spelling against CONTRIBUTING.md.',
    ]);
  });
});
