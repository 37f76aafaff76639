import { describe, expect, it } from 'vitest';
import {
  assess,
  assumptions,
  blankRaw,
  formStart,
  describeBand,
  formatAmount,
  formatStep,
  leaveForService,
  rawFromPerson,
  readPerson,
  type Person,
  type RawPerson,
  type Result,
  workedExample,
} from './capacity';
import { RULES, noActivities, person } from '../../../tests/fixtures/capacity';
import { AMOUNTS, readAmount } from './input';

const raw = (overrides: Partial<RawPerson>): RawPerson => ({ ...blankRaw(RULES), hoursPerWeek: '37.5', ...overrides });

function resultOf(p: Person): Result {
  const outcome = assess(p);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}
const stepValue = (r: Result, id: string) => r.steps.find((s) => s.id === id)?.value;
const stepWorking = (r: Result, id: string) => r.steps.find((s) => s.id === id)?.working;

describe('worked examples checked by hand', () => {
  it('full time, 5 to 10 years of service, sickness in days (the example on the page)', () => {
    /*
     * 37.5 h a week, 29 days annual leave, 8 public holidays, 5 study, 2 mandatory training, 6 sickness;
     * SPA 1.5 supervision + 1.5 CPD + 1 teaching + 0.5 research, ANR 1: 5.5 h a week non-clinical.
     * Hours a day        37.5 ÷ 5                         = 7.5
     * Contracted a year  37.5 × 52                        = 1,950
     * Leave and training (29 + 8 + 5 + 2) × 7.5 = 44 × 7.5 = 330 → 1,950 − 330 = 1,620
     * Sickness           6 × 7.5                          = 45
     * Available          1,620 − 45                       = 1,575
     * Weeks at work      1,575 ÷ 37.5                     = 42
     * Non-clinical       5.5 × 42                         = 231
     * Clinical           1,575 − 231                      = 1,344  (= 32 clinical hours a week × 42 weeks)
     * Share              1,344 ÷ 1,950                    = 0.68923… (68.9%)
     * Per week           1,344 ÷ 52                       = 25.846…
     */
    const example = workedExample(RULES);
    expect(example).toMatchObject({
      hoursPerWeek: 37.5,
      annualLeaveDays: 29,
      publicHolidayDays: 8,
      studyLeaveDays: 5,
      mandatoryTrainingDays: 2,
      sickness: 6,
    });
    const r = resultOf(example);
    expect(stepValue(r, 'hoursPerDay')).toBe(7.5);
    expect(r.contractedHours).toBe(1950);
    expect(stepValue(r, 'annualLeave')).toBe(217.5);
    expect(stepValue(r, 'publicHolidays')).toBe(60);
    expect(stepValue(r, 'studyLeave')).toBe(37.5);
    expect(stepValue(r, 'mandatoryTraining')).toBe(15);
    expect(stepValue(r, 'afterLeave')).toBe(1620);
    expect(stepValue(r, 'sickness')).toBe(45);
    expect(r.availableHours).toBe(1575);
    expect(r.weeksAtWork).toBe(42);
    expect(r.nonClinicalHours).toBeCloseTo(231, 10);
    expect(r.clinicalHours).toBeCloseTo(1344, 10);
    expect(r.clinicalShare).toBeCloseTo(1344 / 1950, 10);
    expect(r.clinicalHoursPerWeek).toBeCloseTo(25.846, 3);
    // Every step is shown with its numbers so the user can redo it.
    expect(stepWorking(r, 'annualLeave')).toBe('29 days × 7.5 hours');
    expect(stepWorking(r, 'afterLeave')).toBe('1,950 − 217.5 − 60 − 37.5 − 15');
    expect(stepWorking(r, 'nonClinicalPerWeek')).toBe(
      '1.5 (supervision) + 1.5 (CPD) + 1 (teaching) + 0.5 (research and service development) + 1 (ANR)',
    );
    expect(stepWorking(r, 'clinicalShare')).toBe('1,344 ÷ 1,950 × 100');
    expect(r.steps.map((s) => formatStep(s)).slice(-3)).toEqual(['1,344 hours', '68.9%', '25.85 hours a week']);
  });

  it('part time with sickness as a percentage', () => {
    /*
     * 22.5 h a week, under 5 years (27 days), 8 public holidays, 2 study, 1 mandatory training,
     * sickness 3%, supervision 1 + CPD 1 = 2 h a week non-clinical.
     * Hours a day        22.5 ÷ 5                               = 4.5
     * Contracted a year  22.5 × 52                              = 1,170
     * Leave and training 121.5 + 36 + 9 + 4.5                   = 171  → 1,170 − 171 = 999
     * Sickness           3% of 999                              = 29.97
     * Available          999 − 29.97                            = 969.03
     * Weeks at work      969.03 ÷ 22.5                          = 43.068
     * Non-clinical       2 × 43.068                             = 86.136
     * Clinical           969.03 − 86.136                        = 882.894 (= 20.5 × 43.068)
     * Share              882.894 ÷ 1,170                        = 0.75461…
     * Per week           882.894 ÷ 52                           = 16.9787…
     */
    const outcome = readPerson(
      raw({
        hoursPerWeek: '22.5',
        yearsOfService: '0',
        studyLeaveDays: '2',
        mandatoryTrainingDays: '1',
        sickness: '3%',
        sicknessUnit: 'percent',
        supervision: '1',
        cpd: '1',
      }),
      RULES,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const r = outcome.result;
    expect(outcome.person.annualLeaveDays).toBe(27);
    expect(stepValue(r, 'annualLeave')).toBe(121.5);
    expect(stepValue(r, 'publicHolidays')).toBe(36);
    expect(stepValue(r, 'afterLeave')).toBe(999);
    expect(stepValue(r, 'sickness')).toBeCloseTo(29.97, 10);
    expect(stepWorking(r, 'sickness')).toBe('3% of 999 hours');
    expect(r.availableHours).toBeCloseTo(969.03, 10);
    expect(r.weeksAtWork).toBeCloseTo(43.068, 10);
    expect(r.nonClinicalHours).toBeCloseTo(86.136, 10);
    expect(r.clinicalHours).toBeCloseTo(882.894, 10);
    expect(r.clinicalShare).toBeCloseTo(0.75461, 5);
    expect(r.clinicalHoursPerWeek).toBeCloseTo(16.9787, 4);
  });

  it('zero non-clinical time leaves all available hours for clinical care', () => {
    /*
     * 30 h a week, 10 years (33 days), 8 public holidays, nothing else.
     * Hours a day 30 ÷ 5 = 6; a year 30 × 52 = 1,560; leave (33 + 8) × 6 = 246 → 1,314 available.
     * Weeks 1,314 ÷ 30 = 43.8; non-clinical 0 × 43.8 = 0; clinical 1,314.
     * Share 1,314 ÷ 1,560 = 0.84230…; per week 1,314 ÷ 52 = 25.269…
     */
    const r = resultOf(person({ hoursPerWeek: 30, annualLeaveDays: leaveForService(RULES, 12) }));
    expect(r.availableHours).toBe(1314);
    expect(r.weeksAtWork).toBe(43.8);
    expect(r.nonClinicalHours).toBe(0);
    expect(stepWorking(r, 'nonClinicalPerWeek')).toBe('none entered');
    expect(r.clinicalHours).toBe(1314);
    expect(r.clinicalShare).toBeCloseTo(0.8423, 4);
    expect(r.clinicalHoursPerWeek).toBeCloseTo(25.269, 3);
  });
});

describe('how amounts read', () => {
  it('says "1 hour" and "1 day", never "1 hours" or "1 days"', () => {
    // 1 day of study leave, and 1 hour a week of CPD as the only non-clinical time.
    const r = resultOf(person({ studyLeaveDays: 1, activities: { ...noActivities, cpd: 1 } }));
    expect(stepWorking(r, 'studyLeave')).toBe('1 day × 7.5 hours');
    expect(stepWorking(r, 'nonClinicalHours')).toMatch(/^1 hour a week × /);
    const perWeek = r.steps.find((s) => s.id === 'nonClinicalPerWeek')!;
    expect(formatStep(perWeek)).toBe('1 hour a week');
    expect(formatAmount(1.5, 'hours a week')).toBe('1.5 hours a week');
  });
});

describe('edge cases', () => {
  it('leave filling the whole year leaves 0 hours, not a negative or a division by zero', () => {
    // 252 + 8 = 260 days = the whole 52 × 5 working year: 0 available, 0 weeks, 0 clinical.
    const r = resultOf(person({ annualLeaveDays: 252, activities: { ...noActivities, cpd: 2 } }));
    expect(r.availableHours).toBe(0);
    expect(r.weeksAtWork).toBe(0);
    expect(r.clinicalHours).toBe(0);
  });

  it('refuses leave larger than the year, and gives no result', () => {
    // 250 + 8 + 5 = 263 days, more than 260.
    const outcome = assess(person({ annualLeaveDays: 250, studyLeaveDays: 5 }));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors.daysTotal).toMatch(/add up to 263 days, more than the 260 working days/);
    expect('result' in outcome).toBe(false);
  });

  it('refuses a single field larger than the year', () => {
    const outcome = readPerson(raw({ annualLeaveDays: '300' }), RULES);
    expect(!outcome.ok && outcome.errors.annualLeaveDays).toMatch(/260 working days/);
  });

  it('refuses 0 contracted hours rather than dividing by zero', () => {
    const outcome = readPerson(raw({ hoursPerWeek: '0' }), RULES);
    expect(!outcome.ok && outcome.errors.hoursPerWeek).toMatch(/Enter more than 0/);
    expect(assess(person({ hoursPerWeek: 0 })).ok).toBe(false);
  });

  it('refuses more non-clinical time than contracted hours, and allows exactly as much', () => {
    const over = assess(person({ hoursPerWeek: 20, activities: { ...noActivities, anr: 15, cpd: 6 } }));
    expect(!over.ok && over.errors.activitiesTotal).toBe(
      'Non-clinical time adds up to 21 hours a week, more than the 20 contracted hours.',
    );
    const all = resultOf(person({ hoursPerWeek: 20, activities: { ...noActivities, anr: 20 } }));
    expect(all.clinicalHours).toBe(0);
  });

  it('a 100% sickness allowance leaves nothing, and more than 100% is refused', () => {
    expect(resultOf(person({ sickness: 100, sicknessUnit: 'percent' })).clinicalHours).toBe(0);
    expect(assess(person({ sickness: 101, sicknessUnit: 'percent' })).ok).toBe(false);
  });

  it('refuses figures that are not finite numbers (for example from damaged storage)', () => {
    const outcome = assess(person({ studyLeaveDays: NaN }));
    expect(!outcome.ok && outcome.errors.studyLeaveDays).toBeDefined();
  });
});

describe('reading what was typed', () => {
  it.each([
    ['', 'Enter a number, or 0 if there is none.'],
    ['   ', 'Enter a number, or 0 if there is none.'],
    ['abc', '“abc” is not a number: use digits, for example 7.5.'],
    ['7,5', '“7,5” is not a number: use digits, for example 7.5.'],
    ['1e3', '“1e3” is written as a power of ten: write the number out in digits, for example 0.5.'],
    ['-3', 'This cannot be less than 0.'],
    ['200', 'A week has only 168 hours: enter 168 or fewer.'],
  ])('an activity of "%s" gets a message and no result', (typed, message) => {
    const outcome = readPerson(raw({ cpd: typed }), RULES);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors.cpd).toBe(message);
  });

  it('gives a message for each bad field at once', () => {
    const outcome = readPerson(raw({ hoursPerWeek: '200', studyLeaveDays: '-1', sickness: 'lots', teaching: '' }), RULES);
    expect(!outcome.ok && Object.keys(outcome.errors).sort()).toEqual(['hoursPerWeek', 'sickness', 'studyLeaveDays', 'teaching']);
    expect(!outcome.ok && outcome.errors.hoursPerWeek).toBe('A week has only 168 hours: enter 168 or fewer.');
  });

  it('asks for contracted hours when they are blank', () => {
    const outcome = readPerson(raw({ hoursPerWeek: '' }), RULES);
    expect(!outcome.ok && outcome.errors.hoursPerWeek).toBe('Enter the contracted hours a week, for example 37.5.');
  });

  it('accepts spaces around numbers, decimals without a leading 0, and a % sign only for percentages', () => {
    expect(readAmount(' 37.5 ', AMOUNTS.hours)).toEqual({ value: 37.5 });
    expect(readAmount('.5', AMOUNTS.hours)).toEqual({ value: 0.5 });
    expect(readPerson(raw({ sickness: '4%', sicknessUnit: 'percent' }), RULES).ok).toBe(true);
    expect(readPerson(raw({ sickness: '4%', sicknessUnit: 'days' }), RULES).ok).toBe(false);
  });

  it('uses the Agenda for Change leave for the length of service unless a number is entered', () => {
    expect([0, 4.9, 5, 9, 10, 40].map((y) => leaveForService(RULES, y))).toEqual([27, 27, 29, 29, 33, 33]);
    const fromService = readPerson(raw({ yearsOfService: '5' }), RULES);
    expect(fromService.ok && fromService.person.annualLeaveDays).toBe(29);
    const entered = readPerson(raw({ yearsOfService: '5', annualLeaveDays: '31.5' }), RULES);
    expect(entered.ok && entered.person.annualLeaveDays).toBe(31.5);
    const neither = readPerson(raw({ yearsOfService: '', annualLeaveDays: '' }), RULES);
    expect(!neither.ok && neither.errors.annualLeaveDays).toMatch(/Enter the annual leave days, or a length of service/);
  });

  it('describes the service bands in the words of the terms', () => {
    expect(RULES.entitlements.map((_, i) => describeBand(RULES, i))).toEqual([
      'On appointment (less than 5 years): 27 days',
      'After 5 years: 29 days',
      'After 10 years: 33 days',
    ]);
  });

  it('turns a person back into form values that read the same', () => {
    const p = person({ name: 'Sam', annualLeaveDays: 29, sickness: 4, sicknessUnit: 'percent', activities: { ...noActivities, ed: 2 } });
    const back = readPerson(rawFromPerson(p, RULES), RULES);
    expect(back.ok && back.person).toEqual(p);
    expect(rawFromPerson(p, RULES).yearsOfService).toBe('5');
    expect(rawFromPerson(person({ annualLeaveDays: 30 }), RULES).annualLeaveDays).toBe('30');
  });
});

describe('what the form asks for and what a result assumes', () => {
  it('starts with sickness and non-clinical time blank, so they must be answered', () => {
    const start = formStart(RULES);
    expect(start.sickness).toBe('');
    expect(start.cpd).toBe('');
    const outcome = readPerson({ ...start, hoursPerWeek: '37.5' }, RULES);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(Object.keys(outcome.errors).sort()).toEqual(['anr', 'cpd', 'ed', 'research', 'sickness', 'supervision', 'teaching']);
    expect(outcome.errors.sickness).toBe('Enter a number, or 0 if there is none.');
  });

  it('says when a result assumes no sickness or no non-clinical time', () => {
    expect(assumptions(person({}))).toBe(
      'This assumes no sickness absence and no non-clinical time, so it is the most clinical time this person could have.',
    );
    expect(assumptions(person({ sickness: 4, sicknessUnit: 'percent' }))).toBe('This assumes no non-clinical time.');
    expect(assumptions(person({ activities: { ...noActivities, cpd: 1 } }))).toBe('This assumes no sickness absence.');
    expect(assumptions(workedExample(RULES))).toBeUndefined();
  });
});

describe('totals that are too high name the fields that make them up', () => {
  it('marks the day fields above 0, and the length of service when annual leave comes from it', () => {
    const outcome = readPerson(raw({ studyLeaveDays: '250', supervision: '50' }), RULES);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(Object.keys(outcome.errors)).toEqual(['daysTotal', 'activitiesTotal']);
    expect(outcome.involved).toEqual({
      daysTotal: ['yearsOfService', 'publicHolidayDays', 'studyLeaveDays'],
      activitiesTotal: ['supervision'],
    });
  });

  it('marks a typed annual leave, and sickness in days but not as a percentage', () => {
    const days = readPerson(raw({ annualLeaveDays: '200', sickness: '60' }), RULES);
    expect(!days.ok && days.involved?.daysTotal).toEqual(['annualLeaveDays', 'publicHolidayDays', 'sickness']);
    const percent = readPerson(raw({ annualLeaveDays: '255', sickness: '5', sicknessUnit: 'percent' }), RULES);
    expect(!percent.ok && percent.involved?.daysTotal).toEqual(['annualLeaveDays', 'publicHolidayDays']);
  });
});
