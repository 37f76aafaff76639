import { describe, expect, it } from 'vitest';
import { teamTotals } from './team';
import { ALEX, SAM } from '../../../tests/fixtures/capacity';

describe('team totals', () => {
  it('adds up clinical hours and works out the team share (checked by hand)', () => {
    /*
     * Clinical 1,344 + 882.894 = 2,226.894; contracted 1,950 + 1,170 = 3,120;
     * share 2,226.894 ÷ 3,120 = 0.713748… (71.37%); a week 2,226.894 ÷ 52 = 42.8249…
     */
    const t = teamTotals([ALEX, SAM]);
    expect(t.people).toBe(2);
    expect(t.clinicalHours).toBeCloseTo(2226.894, 9);
    expect(t.contractedHours).toBe(3120);
    expect(t.clinicalShare).toBeCloseTo(0.713748, 6);
    expect(t.clinicalHoursPerWeek).toBeCloseTo(42.8249, 4);
  });
  it('is all zeros for an empty team', () => {
    expect(teamTotals([])).toEqual({
      people: 0,
      contractedHours: 0,
      availableHours: 0,
      clinicalHours: 0,
      clinicalShare: 0,
      clinicalHoursPerWeek: 0,
    });
  });
});
