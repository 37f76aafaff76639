/**
 * The dated figures in content/figures.yaml: how a page words their date, how the pay table groups
 * the Agenda for Change pay points, and which figures are past (or near) their check-by date. The
 * build (astro.config.mjs) stops on a figure past its date; `npm run review` lists those due soon.
 * src/data/read-figures.ts reads the files directly, like the review report, so it works without building.
 */
import { daysUntil, formatDate, isOverdue } from './dates.ts';

export const FIGURES_FILE = 'content/figures.yaml';

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The words that date a figure on a page: its period ("February to July 2021") or "from April 2026". */
export function figureWhen(f: { appliesFrom: Date; period?: string | undefined }): string {
  return f.period ?? `from ${MONTH_YEAR.format(f.appliesFrom)}`;
}

/** One Agenda for Change pay point, read from its id (afc-band-<band>-<years in band>). */
export interface PayPoint<F> {
  band: string;
  years: number;
  figure: F;
}

const PAY_ID = /^afc-band-([2-9][a-d]?)-(\d+)$/;

/**
 * The pay points grouped by band, bands in order (2 ... 8a ... 9) and points by years in the band,
 * keeping only `bands` when given. Throws when they do not all apply from one date, as one table
 * cannot then say which year it shows.
 */
export function payBands<F extends { id: string; data: { appliesFrom: Date } }>(
  figures: readonly F[],
  bands?: readonly string[],
): Array<{ band: string; points: PayPoint<F>[] }> {
  const points = figures.flatMap((figure) => {
    const m = PAY_ID.exec(figure.id);
    return m && (!bands || bands.includes(m[1]!)) ? [{ band: m[1]!, years: Number(m[2]), figure }] : [];
  });
  const dates = new Set(points.map((p) => p.figure.data.appliesFrom.getTime()));
  if (dates.size > 1) throw new Error(`${FIGURES_FILE}: the afc-band-* pay points apply from different dates. Update them all together.`);
  const order = [...new Set(points.map((p) => p.band))].sort((a, b) => parseFloat(a) - parseFloat(b) || a.localeCompare(b));
  return order.map((band) => ({ band, points: points.filter((p) => p.band === band).sort((a, b) => a.years - b.years) }));
}

/** A figure as the check reads it from the YAML, with the files that show it. */
export interface FigureCheck {
  id: string;
  label: string;
  checkBy: Date;
  shownOn: string[];
}

/** The figures in a parsed figures.yaml that carry an id and a readable checkBy date. */
export function figureChecksOf(data: unknown): Array<Omit<FigureCheck, 'shownOn'>> {
  if (!Array.isArray(data)) return [];
  return data.flatMap((d: Record<string, unknown>) => {
    const checkBy =
      typeof d?.['checkBy'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d['checkBy']) ? new Date(`${d['checkBy']}T00:00:00Z`) : undefined;
    if (typeof d?.['id'] !== 'string' || !checkBy || Number.isNaN(checkBy.getTime())) return [];
    return [{ id: d['id'], label: typeof d['label'] === 'string' ? d['label'] : d['id'], checkBy }];
  });
}

/** Whether a page's <PayTable> (every band, or those in its bands list) shows pay point `id`. */
function payTableShows(id: string, text: string): boolean {
  const band = PAY_ID.exec(id)?.[1];
  if (!band) return false;
  return [...text.matchAll(/<PayTable\b([^>]*)\/?>/g)].some(([, attrs]) => {
    const list = /bands=\{\[([^\]]*)\]\}/.exec(attrs ?? '');
    return !list || list[1]!.split(',').some((b) => b.trim().replace(/^["']|["']$/g, '') === band);
  });
}

/** The files, of those given, that show figure `id`: by its id, or through the pay table for a pay point. */
export function filesShowing(id: string, files: ReadonlyArray<[file: string, text: string]>): string[] {
  const token = new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`);
  return files.filter(([file, text]) => file !== FIGURES_FILE && (token.test(text) || payTableShows(id, text))).map(([file]) => file);
}

/** One line naming the figure, its file, its date and where it shows. */
export function describeFigure(f: FigureCheck, today: Date = new Date()): string {
  const days = daysUntil(f.checkBy, today);
  const when = days < 0 ? `${-days} day${days === -1 ? '' : 's'} ago` : days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;
  const shown = f.shownOn.length ? `; shown on ${f.shownOn.join(', ')}` : '';
  return `${FIGURES_FILE}: ${f.id} (${f.label}), check by ${formatDate(f.checkBy)} (${when})${shown}`;
}

/** Figures past their check-by date, and those due within `windowDays`, each soonest first. */
export function figureReport(figures: readonly FigureCheck[], today: Date = new Date(), windowDays = 60) {
  const byDate = [...figures].sort((a, b) => a.checkBy.getTime() - b.checkBy.getTime() || a.id.localeCompare(b.id));
  return {
    expired: byDate.filter((f) => isOverdue(f.checkBy, today)),
    dueSoon: byDate.filter((f) => !isOverdue(f.checkBy, today) && daysUntil(f.checkBy, today) <= windowDays),
  };
}

/** The build's error for expired figures, or undefined when none has expired. */
export function expiredFiguresError(figures: readonly FigureCheck[], today: Date = new Date()): string | undefined {
  const { expired } = figureReport(figures, today);
  if (expired.length === 0) return undefined;
  return [
    `${expired.length} figure${expired.length === 1 ? ' is' : 's are'} past the date by which ${expired.length === 1 ? 'it' : 'they'} had to be checked:`,
    ...expired.map((f) => `  ${describeFigure(f, today)}`),
    'Check each against its sources, then update value, display, appliesFrom, sources and checkBy (CONTRIBUTING.md, "Figures and their check-by dates").',
  ].join('\n');
}
