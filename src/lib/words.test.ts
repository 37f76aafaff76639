import { describe, expect, it } from 'vitest';
import { asSentence, capitalised, withArticle, withUnit } from './words';

describe('withArticle', () => {
  it('puts "an" before the professions that start with a vowel sound', () => {
    expect(withArticle('orthoptist')).toBe('an orthoptist');
    expect(withArticle('osteopath')).toBe('an osteopath');
    expect(withArticle('occupational therapist')).toBe('an occupational therapist');
    expect(withArticle('art therapist')).toBe('an art therapist');
    expect(withArticle('operating department practitioner')).toBe('an operating department practitioner');
  });

  it('puts "a" before the professions that start with a consonant sound', () => {
    expect(withArticle('physiotherapist')).toBe('a physiotherapist');
    expect(withArticle('dietitian')).toBe('a dietitian');
    expect(withArticle('speech and language therapist')).toBe('a speech and language therapist');
  });

  it('follows the sound, not the letter, for the usual exceptions', () => {
    expect(withArticle('hour')).toBe('an hour');
    expect(withArticle('university course')).toBe('a university course');
    expect(withArticle('one-off grant')).toBe('a one-off grant');
    expect(withArticle('European course')).toBe('a European course');
  });
});

describe('withUnit', () => {
  it('makes the unit singular for exactly one', () => {
    expect(withUnit(1, 'hours a week')).toBe('1 hour a week');
    expect(withUnit(1, 'hours')).toBe('1 hour');
    expect(withUnit(1, 'weeks')).toBe('1 week');
  });

  it('keeps the plural for any other number, including fractions and zero', () => {
    expect(withUnit(1.5, 'hours a week')).toBe('1.5 hours a week');
    expect(withUnit(0, 'hours')).toBe('0 hours');
    expect(withUnit(2226.9, 'hours', '2,226.9')).toBe('2,226.9 hours');
  });
});

describe('asSentence', () => {
  it('starts with a capital and ends with a full stop', () => {
    expect(asSentence('usually five GCSEs at grades 9 to 4')).toBe('Usually five GCSEs at grades 9 to 4.');
    expect(asSentence('3 to 4 years full time')).toBe('3 to 4 years full time.');
  });

  it('leaves a finished sentence alone', () => {
    expect(asSentence('You need a job first.')).toBe('You need a job first.');
    expect(asSentence('Is it open?')).toBe('Is it open?');
  });
});

describe('capitalised', () => {
  it('capitalises only the first letter', () => {
    expect(capitalised('babies born early or small')).toBe('Babies born early or small');
    expect(capitalised('NHS hospital eye clinics')).toBe('NHS hospital eye clinics');
  });
});
