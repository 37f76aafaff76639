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

  it('names access.inShort when the At a glance answer to "how do I see one?" is missing', async () => {
    expect((await problemsIn(profession, VALID_PROFESSION.replace(/ {2}inShort: .*\n/, ''))).join('\n')).toContain('access.inShort');
  });

  it('fails pay with neither a starting band nor a note, saying what to give, and accepts a note alone', async () => {
    const out = (await problemsIn(profession, VALID_PROFESSION.replace('pay:\n  startingBand: "5"\n', 'pay: {}\n'))).join('\n');
    expect(out).toContain('pay');
    expect(out).toContain('startingBand');
    const noted = VALID_PROFESSION.replace(
      '  startingBand: "5"\n',
      '  note: Most work in private practice, so pay depends on the practice.\n',
    );
    expect(await problemsIn(profession, noted)).toEqual([]);
  });

  it('rejects a starting band the pay figures do not cover', async () => {
    expect((await problemsIn(profession, VALID_PROFESSION.replace('startingBand: "5"', 'startingBand: "9"'))).join('\n')).toContain(
      'pay.startingBand',
    );
  });

  it('names entrySubjects.oneOf for a school subject not in the list, listing the allowed ones, and requires its sources', async () => {
    const subject = (await problemsIn(profession, VALID_PROFESSION.replace('oneOf: [biology]', 'oneOf: [astrology]'))).join('\n');
    expect(subject).toContain('entrySubjects.oneOf.0');
    expect(subject).toContain('biology');
    const noSources = VALID_PROFESSION.replace(
      '  sources:\n    - title: Test entry requirements\n      url: https://www.healthcareers.nhs.uk/\n',
      '',
    );
    expect((await problemsIn(profession, noSources)).join('\n')).toContain('entrySubjects.sources');
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
