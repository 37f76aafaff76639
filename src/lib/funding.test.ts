import { describe, expect, it } from 'vitest';
import { LEARNING_SUPPORT_FUND_PROFESSIONS, learningSupportFundCovers } from './funding';
import { PROFESSIONS } from './vocabulary';

describe('the NHS Learning Support Fund', () => {
  it('covers ten of the fourteen professions, and not the arts therapies or osteopathy', () => {
    expect(LEARNING_SUPPORT_FUND_PROFESSIONS.size).toBe(10);
    for (const p of ['art-therapists', 'dramatherapists', 'music-therapists', 'osteopaths'] as const)
      expect(learningSupportFundCovers(p)).toBe(false);
    for (const p of ['physiotherapists', 'paramedics', 'speech-and-language-therapists'] as const)
      expect(learningSupportFundCovers(p)).toBe(true);
  });

  it('names only real professions', () => {
    for (const p of LEARNING_SUPPORT_FUND_PROFESSIONS) expect(PROFESSIONS).toContain(p);
  });

  it('is offered when no profession is chosen, as it covers many', () => {
    expect(learningSupportFundCovers()).toBe(true);
  });
});
