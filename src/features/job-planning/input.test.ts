import { describe, expect, it } from 'vitest';
import { AMOUNTS, checkAmount, hoursFromWte, questionHours, readAmount, wteFromHours } from './input';
import { assess, readPerson, blankRaw } from './capacity';
import { RULES, noActivities, person } from '../../../tests/fixtures/capacity';

describe('the one schema for a capacity figure', () => {
  it.each([
    ['1e-7', '“1e-7” is written as a power of ten: write the number out in digits, for example 0.5.'],
    ['', 'Enter the contracted hours a week, for example 37.5.'],
    ['abc', '“abc” is not a number: use digits, for example 7.5.'],
    ['-1', 'This cannot be less than 0.'],
    ['0', 'Enter more than 0: with no contracted hours there is no time to plan.'],
    ['169', 'A week has only 168 hours: enter 168 or fewer.'],
    [`1${'0'.repeat(400)}`, 'A week has only 168 hours: enter 168 or fewer.'],
  ])('typed hours of "%s" get one clear message', (typed, message) => {
    expect(readAmount(typed, AMOUNTS.weeklyHours)).toEqual({ error: message });
  });

  it('reads typed text once and checks the number with the same rules as stored numbers', () => {
    expect(readAmount('0.0000001', AMOUNTS.hours)).toEqual({ value: 1e-7 });
    // A stored number is checked as a number: 1e-7 is tiny, not "not a number".
    expect(checkAmount(1e-7, AMOUNTS.hours)).toEqual({ value: 1e-7 });
    expect(checkAmount(NaN, AMOUNTS.hours)).toEqual({ error: 'Enter a number, or 0 if there is none.' });
    expect(checkAmount(Infinity, AMOUNTS.days)).toEqual({ error: AMOUNTS.days.tooBig });
    expect(readAmount('4 %', AMOUNTS.percent)).toEqual({ value: 4 });
    expect(readAmount('4%', AMOUNTS.days)).toEqual({ error: '“4%” is not a number: use digits, for example 7.5.' });
  });

  it('a stored person with a tiny figure passes, as it would if typed', () => {
    expect(assess(person({ activities: { ...noActivities, cpd: 1e-7 } })).ok).toBe(true);
    expect(readPerson({ ...blankRaw(RULES), hoursPerWeek: '37.5', cpd: '0.0000001' }, RULES).ok).toBe(true);
  });

  it('questions contracted hours above 60 but keeps them', () => {
    expect(questionHours(60)).toBeUndefined();
    expect(questionHours(61)).toBe('61 hours a week is more than 60: check this is right. The figure is used as you entered it.');
    const outcome = readPerson({ ...blankRaw(RULES), hoursPerWeek: '70' }, RULES);
    expect(outcome.ok && outcome.person.hoursPerWeek).toBe(70);
    expect(outcome.ok && outcome.warnings.hoursPerWeek).toMatch(/more than 60: check this is right/);
    const usual = readPerson({ ...blankRaw(RULES), hoursPerWeek: '37.5' }, RULES);
    expect(usual.ok && usual.warnings).toEqual({});
  });
  it('turns WTE into hours a week and back, 1.0 WTE being 37.5 hours', () => {
    expect(hoursFromWte('1')).toBe('37.5');
    expect(hoursFromWte('1.0')).toBe('37.5');
    expect(hoursFromWte('0.6')).toBe('22.5');
    expect(hoursFromWte('0.8')).toBe('30');
    expect(hoursFromWte('0.33')).toBe('12.375');
    expect(wteFromHours('37.5')).toBe('1');
    expect(wteFromHours('22.5')).toBe('0.6');
    expect(wteFromHours('16')).toBe('0.43');
    for (const bad of ['', 'one', '0', '-1', '5']) expect(hoursFromWte(bad)).toBe('');
    expect(wteFromHours('200')).toBe('');
    expect(readAmount('5', AMOUNTS.wte)).toEqual({ error: 'A week has only 168 hours, which is 4.48 WTE: enter less.' });
  });

  it('reads the WTE when the hours are blank, and the hours when both are given', () => {
    const fromWte = readPerson({ ...blankRaw(RULES), wte: '0.6' }, RULES);
    expect(fromWte.ok && fromWte.person.hoursPerWeek).toBe(22.5);
    const both = readPerson({ ...blankRaw(RULES), hoursPerWeek: '30', wte: '0.6' }, RULES);
    expect(both.ok && both.person.hoursPerWeek).toBe(30);
    expect(readPerson({ ...blankRaw(RULES), wte: 'half' }, RULES)).toEqual({
      ok: false,
      errors: { wte: '“half” is not a number: use digits, for example 7.5.' },
    });
    expect(readPerson(blankRaw(RULES), RULES)).toEqual({
      ok: false,
      errors: { hoursPerWeek: 'Enter the contracted hours a week, for example 37.5.' },
    });
  });
});
