/**
 * Pay on a profession page: which Agenda for Change pay points show where a newly qualified
 * professional usually starts and how far the same band goes with time. The numbers stay in
 * content/figures.yaml (ids afc-band-<band>-<years in band>); this only chooses the ids.
 */

/** The bands a profession's content may give as its usual starting band. */
export const STARTING_BANDS = ['5', '6'] as const;

const PAY_ID = /^afc-band-([2-9][a-d]?)-(\d+)$/;

/**
 * The first and the last pay point of `band` among the figure ids: its starting pay and its top
 * pay point. Throws, naming the band, when the figures have no starting point for it (years 0) or
 * only one point, as the page would then have nothing true to say about growth.
 */
export function bandRange(band: string, ids: readonly string[]): { start: string; top: string; topYears: number } {
  const points = ids
    .map((id) => PAY_ID.exec(id))
    .filter((m): m is RegExpExecArray => m !== null && m[1] === band)
    .map((m) => ({ id: m[0], years: Number(m[2]) }))
    .sort((a, b) => a.years - b.years);
  if (points[0]?.years !== 0) throw new Error(`content/figures.yaml has no starting pay point (afc-band-${band}-0) for band ${band}.`);
  const top = points.at(-1)!;
  if (top.years === 0) throw new Error(`content/figures.yaml has only the starting pay point for band ${band}: add its later points.`);
  return { start: points[0].id, top: top.id, topYears: top.years };
}
