/**
 * The calculator's saved state in the browser: its format, and reading it back. People whose
 * stored figures no longer pass the checks are returned to be set aside, never dropped.
 */
import { ACTIVITIES, RAW_FIELDS, assess, type Person, type RawPerson } from './capacity';
import type { Member } from './team';

/** The saved state's format; bump it when the shape changes, and read older versions here. */
export const SAVE_VERSION = 1;

export interface SavedState {
  version: number;
  savedAt: string;
  /** What is typed in the form, field by field, as typed. */
  draft: Partial<RawPerson>;
  team: Person[];
  /** The team member whose figures are in the form to be changed, if any (absent in older saves). */
  editing?: Person;
}

export type ReadSaved =
  { ok: true; draft: Partial<RawPerson>; team: Member[]; setAside: unknown[]; editing: Person | null } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored person, if every figure is there and still passes the checks. */
function personFrom(v: unknown): Member | undefined {
  if (!isRecord(v) || typeof v['name'] !== 'string' || !isRecord(v['activities'])) return undefined;
  const num = (x: unknown) => (typeof x === 'number' ? x : NaN);
  const activities = v['activities'];
  const outcome = assess({
    name: v['name'],
    hoursPerWeek: num(v['hoursPerWeek']),
    annualLeaveDays: num(v['annualLeaveDays']),
    publicHolidayDays: num(v['publicHolidayDays']),
    studyLeaveDays: num(v['studyLeaveDays']),
    mandatoryTrainingDays: num(v['mandatoryTrainingDays']),
    sickness: num(v['sickness']),
    sicknessUnit: v['sicknessUnit'] === 'percent' ? 'percent' : 'days',
    activities: Object.fromEntries(ACTIVITIES.map((a) => [a.id, num(activities[a.id])])) as Person['activities'],
  });
  return outcome.ok && (v['sicknessUnit'] === 'days' || v['sicknessUnit'] === 'percent')
    ? { person: outcome.person, result: outcome.result }
    : undefined;
}

/**
 * Reads what was saved in the browser. People whose figures no longer pass the checks are
 * returned in setAside for the user to download; data that is not ours at all is refused.
 */
export function readSaved(value: unknown): ReadSaved {
  if (!isRecord(value) || !Array.isArray(value['team'])) return { ok: false, reason: 'it is not job planning data' };
  if (value['version'] !== SAVE_VERSION) return { ok: false, reason: 'it comes from a newer or unknown version of this calculator' };
  const draft: Partial<RawPerson> = {};
  if (isRecord(value['draft']))
    for (const field of RAW_FIELDS) {
      const typed = value['draft'][field];
      if (typeof typed === 'string') draft[field] = typed;
    }
  const team: Member[] = [];
  const setAside: unknown[] = [];
  for (const entry of value['team']) {
    const member = personFrom(entry);
    if (member) team.push(member);
    else setAside.push(entry);
  }
  const editing = value['editing'] === undefined ? undefined : personFrom(value['editing']);
  return { ok: true, draft, team, setAside, editing: editing?.person ?? null };
}

export function savedState(draft: Partial<RawPerson>, team: readonly Member[], now: Date, editing: Person | null = null): SavedState {
  const state: SavedState = { version: SAVE_VERSION, savedAt: now.toISOString(), draft, team: team.map((m) => m.person) };
  if (editing) state.editing = editing;
  return state;
}
