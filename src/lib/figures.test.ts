import { describe, expect, it } from 'vitest';
import {
  describeFigure,
  expiredFiguresError,
  figureChecksOf,
  figureReport,
  figureWhen,
  filesShowing,
  payBands,
  type FigureCheck,
} from './figures';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const TODAY = day('2026-12-01');
const check = (id: string, checkBy: string, shownOn: string[] = []): FigureCheck => ({
  id,
  label: `the ${id}`,
  checkBy: day(checkBy),
  shownOn,
});

describe('figureWhen', () => {
  it('dates a rate by the month it applies from, and a past figure by its period', () => {
    expect(figureWhen({ appliesFrom: day('2026-04-01') })).toBe('from April 2026');
    expect(figureWhen({ appliesFrom: day('2021-02-01'), period: 'February to July 2021' })).toBe('February to July 2021');
  });
});

describe('payBands', () => {
  const fig = (id: string, from = '2026-04-01') => ({ id, data: { appliesFrom: day(from) } });

  it('groups pay points by band, bands in pay order and points by years in the band', () => {
    const rows = payBands([
      fig('afc-band-9-0'),
      fig('afc-band-5-4'),
      fig('afc-band-8a-0'),
      fig('afc-band-5-0'),
      fig('ahp-workforce'),
      fig('afc-band-5-2'),
    ]);
    expect(rows.map((r) => [r.band, r.points.map((p) => p.years)])).toEqual([
      ['5', [0, 2, 4]],
      ['8a', [0]],
      ['9', [0]],
    ]);
  });

  it('keeps only the bands asked for', () => {
    expect(payBands([fig('afc-band-2-0'), fig('afc-band-6-0')], ['2']).map((r) => r.band)).toEqual(['2']);
  });

  it('refuses pay points from different years in one table', () => {
    expect(() => payBands([fig('afc-band-2-0'), fig('afc-band-3-0', '2025-04-01')])).toThrow(
      'content/figures.yaml: the afc-band-* pay points apply from different dates. Update them all together.',
    );
  });
});

describe('figure check-by dates', () => {
  it('reads ids, labels and check-by dates, skipping entries it cannot date', () => {
    expect(figureChecksOf([{ id: 'a', label: 'A', checkBy: '2027-04-01' }, { id: 'b' }, 'x'])).toEqual([
      { id: 'a', label: 'A', checkBy: day('2027-04-01') },
    ]);
    expect(figureChecksOf(undefined)).toEqual([]);
  });

  it('finds the pages that show a figure, by id or through the pay table', () => {
    const files: Array<[string, string]> = [
      ['content/figures.yaml', '- id: afc-band-5-0'],
      ['content/careers/a.mdx', 'up to <Figure id="lsf-training-grant" /> a year'],
      ['content/careers/b.mdx', '<PayTable />'],
      ['content/careers/c.mdx', 'lsf-training-grant-extra'],
      ['content/careers/d.mdx', '<PayTable bands={["2", "3", "4"]} />'],
    ];
    expect(filesShowing('lsf-training-grant', files)).toEqual(['content/careers/a.mdx']);
    expect(filesShowing('afc-band-5-0', files)).toEqual(['content/careers/b.mdx']);
    expect(filesShowing('afc-band-3-2', files)).toEqual(['content/careers/b.mdx', 'content/careers/d.mdx']);
  });

  it('splits expired figures from those due within 60 days, soonest first', () => {
    const { expired, dueSoon } = figureReport(
      [
        check('late', '2026-11-30'),
        check('today', '2026-12-01'),
        check('soon', '2027-01-30'),
        check('later', '2027-01-31'),
        check('later-still', '2027-04-01'),
      ],
      TODAY,
    );
    expect(expired.map((f) => f.id)).toEqual(['late']);
    expect(dueSoon.map((f) => f.id)).toEqual(['today', 'soon']);
  });

  it('fails the build for an expired figure, naming the figure, the file and the pages that show it', () => {
    const error = expiredFiguresError(
      [check('apprentice-minimum-wage', '2026-11-28', ['content/careers/degree-apprenticeship.mdx']), check('x', '2027-04-01')],
      TODAY,
    );
    expect(error).toBe(
      [
        '1 figure is past the date by which it had to be checked:',
        '  content/figures.yaml: apprentice-minimum-wage (the apprentice-minimum-wage), check by 28 November 2026 (3 days ago); shown on content/careers/degree-apprenticeship.mdx',
        'Check each against its sources, then update value, display, appliesFrom, sources and checkBy (CONTRIBUTING.md, "Figures and their check-by dates").',
      ].join('\n'),
    );
  });

  it('lets the build through while every figure is in date', () => {
    expect(expiredFiguresError([check('a', '2026-12-01')], TODAY)).toBeUndefined();
  });

  it('describes a figure due in the future', () => {
    expect(describeFigure(check('a', '2026-12-02'), TODAY)).toBe('content/figures.yaml: a (the a), check by 2 December 2026 (in 1 day)');
  });
});
