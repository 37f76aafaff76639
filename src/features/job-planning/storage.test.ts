import { describe, expect, it } from 'vitest';
import { SAVE_VERSION, readSaved, savedState } from './storage';
import { ALEX, SAM } from '../../../tests/fixtures/capacity';

describe('saved state', () => {
  it('reads back what it saved', () => {
    const saved = JSON.parse(
      JSON.stringify(savedState({ name: 'draft', hoursPerWeek: '3' }, [ALEX, SAM], new Date('2026-11-22T10:00:00Z'))),
    );
    expect(saved.version).toBe(SAVE_VERSION);
    expect(readSaved(saved)).toEqual({
      ok: true,
      draft: { name: 'draft', hoursPerWeek: '3' },
      team: [ALEX, SAM],
      setAside: [],
      editing: null,
    });
    expect(saved).not.toHaveProperty('editing');
  });
  it('remembers who is being edited, so a reload keeps the form in edit mode', () => {
    const saved = JSON.parse(JSON.stringify(savedState({ name: 'Sam' }, [ALEX, SAM], new Date(), SAM.person)));
    const r = readSaved(saved);
    expect(r.ok && r.editing).toEqual(SAM.person);
    // Someone whose stored figures no longer pass is not being edited.
    expect(readSaved({ ...saved, editing: { ...SAM.person, hoursPerWeek: 500 } })).toMatchObject({ ok: true, editing: null });
  });
  it('keeps people whose figures no longer pass aside, and drops nothing', () => {
    const broken = { ...ALEX.person, hoursPerWeek: 500 };
    const r = readSaved({
      version: SAVE_VERSION,
      savedAt: '',
      draft: { name: 'x', unknown: 'y', hoursPerWeek: 3 },
      team: [ALEX.person, broken, 'junk'],
    });
    expect(r.ok && r.team).toEqual([ALEX]);
    expect(r.ok && r.setAside).toEqual([broken, 'junk']);
    expect(r.ok && r.draft).toEqual({ name: 'x' });
  });
  it('refuses data that is not its own or is from an unknown version', () => {
    expect(readSaved(null)).toEqual({ ok: false, reason: 'it is not job planning data' });
    expect(readSaved({ checklist: 'greener-actions' })).toEqual({ ok: false, reason: 'it is not job planning data' });
    expect(readSaved({ version: 99, team: [] })).toEqual({
      ok: false,
      reason: 'it comes from a newer or unknown version of this calculator',
    });
  });
});
