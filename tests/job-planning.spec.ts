/**
 * The clinical capacity calculator on /job-planning/: one person, a team, pasting, export,
 * saving, damaged and blocked storage, bad input, printing, and the page without JavaScript.
 * The sums themselves are hand-checked in src/features/job-planning/capacity.test.ts. Here the expected figures are
 * worked out by the same code from the test's own inputs and the Agenda for Change leave rules the
 * page is built from (content/leave.yaml), so a change of leave rules or of the page's worked
 * example does not fail these tests, while a page that shows other figures than its sum does.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  DAYS_PER_WEEK,
  WEEKS_PER_YEAR,
  WORKING_DAYS_PER_YEAR,
  assess,
  describeBand,
  formatAmount,
  formatNumber,
  formatStep,
  leaveForService,
  workedExample,
  type LeaveRules,
  type Person,
  type Result,
} from '../src/features/job-planning/capacity';
import { parseCsv } from '../src/lib/csv';
import { formatDate } from '../src/lib/dates';
import { expectNoAxeViolations, blockSiteScripts } from './helpers/site';
import { TOOL_ENGINE, blockStorage, downloadFrom, failStorage, holdEngine } from './helpers/tools';

// axe over this long page takes 20 seconds or more on a busy machine, and some tests run it twice.
test.describe.configure({ timeout: 120_000 });

const PATH = '/job-planning/';
const KEY = 'ahp-hub:job-planning';

const status = (page: Page) => page.locator('#jp-status');
const teamRows = (page: Page) => page.locator('#jp-team-table tbody tr');
const teamTotal = (page: Page) => page.locator('#jp-team-table tfoot tr');

/** Full time, 6 years of service: FULL_TIME below (the page's worked example when this was written). */
async function fillFullTime(page: Page, name = '') {
  await page.getByLabel('Name or role').fill(name);
  await page.getByLabel('Contracted hours a week').fill('37.5');
  await page.getByLabel('Length of NHS service', { exact: true }).selectOption(bandFor(FULL_TIME_YEARS));
  await page.getByLabel('Study leave days').fill('5');
  await page.getByLabel('Mandatory training days').fill('2');
  await page.getByLabel('Sickness allowance amount').fill('6');
  await page.getByLabel('Days a year').check();
  await page.getByLabel('Supervision, given and received (SPA)').fill('1.5');
  await page.getByLabel('CPD and learning (SPA)').fill('1.5');
  await page.getByLabel('Teaching and supporting learners (SPA)').fill('1');
  await page.getByLabel('Research and service development (SPA)').fill('0.5');
  await page.getByLabel('Additional NHS responsibilities (ANR)').fill('1');
  await page.getByLabel('Externally funded duties (ED)').fill('0');
}

/** Part time, on appointment, 3% sickness: PART_TIME below. */
async function fillPartTime(page: Page, name: string) {
  await page.getByLabel('Name or role').fill(name);
  await page.getByLabel('Contracted hours a week').fill('22.5');
  await page.getByLabel('Length of NHS service', { exact: true }).selectOption(bandFor(0));
  await page.getByLabel('Study leave days').fill('2');
  await page.getByLabel('Mandatory training days').fill('1');
  await page.getByLabel('Sickness allowance amount').fill('3');
  await page.getByLabel('Percentage').check();
  for (const label of ['Supervision, given and received (SPA)', 'CPD and learning (SPA)']) await page.getByLabel(label).fill('1');
  for (const label of [
    'Teaching and supporting learners (SPA)',
    'Research and service development (SPA)',
    'Additional NHS responsibilities (ANR)',
    'Externally funded duties (ED)',
  ])
    await page.getByLabel(label).fill('0');
}

/** Waits until the rest of the calculator's script (client-engine.ts) has set itself up: it draws the team's total row, hidden until someone is added. */
const calculatorRunning = (page: Page) => expect(page.locator('#jp-team-table tfoot tr')).toBeAttached();

/** Tells the page it is hidden, as switching tab or app does. */
async function hidePage(page: Page) {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** The leave rules the page is built from, and the date they were checked. */
const LEAVE = (parse(readFileSync(join(process.cwd(), 'content', 'leave.yaml'), 'utf8')) as Record<string, LeaveRules & { asOf: string }>)[
  'agenda-for-change'
]!;
const RULES: LeaveRules = { entitlements: LEAVE.entitlements, publicHolidays: LEAVE.publicHolidays };

/** The option of the service-length list that a length of service falls in: the longest band it has reached. */
const bandFor = (years: number) => String(RULES.entitlements.filter((b) => b.yearsOfService <= years).at(-1)!.yearsOfService);

const NO_ACTIVITIES = { supervision: 0, cpd: 0, teaching: 0, research: 0, anr: 0, ed: 0 };
/** The people fillFullTime and fillPartTime enter (years of service stand for the leave they give). */
const FULL_TIME_YEARS = 6;
const FULL_TIME: Person = {
  name: '',
  hoursPerWeek: 37.5,
  annualLeaveDays: leaveForService(RULES, FULL_TIME_YEARS),
  publicHolidayDays: RULES.publicHolidays,
  studyLeaveDays: 5,
  mandatoryTrainingDays: 2,
  sickness: 6,
  sicknessUnit: 'days',
  activities: { ...NO_ACTIVITIES, supervision: 1.5, cpd: 1.5, teaching: 1, research: 0.5, anr: 1 },
};
const PART_TIME: Person = {
  name: '',
  hoursPerWeek: 22.5,
  annualLeaveDays: leaveForService(RULES, 0),
  publicHolidayDays: RULES.publicHolidays,
  studyLeaveDays: 2,
  mandatoryTrainingDays: 1,
  sickness: 3,
  sicknessUnit: 'percent',
  activities: { ...NO_ACTIVITIES, supervision: 1, cpd: 1 },
};

/** The calculator's result for a person, from src/features/job-planning/capacity.ts. */
function resultOf(person: Person): Result {
  const outcome = assess(person);
  if (!outcome.ok) throw new Error(`The test's person fails the calculator's checks: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}
const stepOf = (r: Result, id: string) => r.steps.find((s) => s.id === id)!;
/** A share as the page shows it: a percentage to one decimal place. */
const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
/** A figure as the CSV export writes it: at most two decimal places, no grouping. */
const csvNumber = (n: number) => String(Math.round(n * 100) / 100);
const FULL = resultOf(FULL_TIME);
const PART = resultOf(PART_TIME);

/** The id of the element that has focus. */
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const summaryLinks = (page: Page) => page.locator('#jp-error-summary a');

const addToTeam = (page: Page) => page.getByRole('button', { name: 'Add this person to the team' }).click();

/** Adds one full-time person per name, exports the team, and gives the CSV file's path. */
async function exportPeople(page: Page, names: readonly string[]): Promise<string> {
  for (const name of names) {
    await fillFullTime(page, name);
    await addToTeam(page);
  }
  return (await downloadFrom(page, 'Export the team as CSV')).path();
}

/** The first cell of each person's row in an exported CSV (the header and the total row left out). */
const firstCells = (file: string) =>
  parseCsv(readFileSync(file, 'utf8'))
    .slice(1, -1)
    .map((r) => r[0]);

/** The team most tests start from: Alex full time, then Sam part time. */
async function addAlexAndSam(page: Page) {
  await fillFullTime(page, 'Alex');
  await addToTeam(page);
  await fillPartTime(page, 'Sam');
  await addToTeam(page);
}

test.describe('the clinical capacity calculator', () => {
  test('works out one person with every step of the sum shown', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('.no-js-note')).toBeHidden();
    await fillFullTime(page);
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect(status(page)).toHaveText(
      `Clinical care: ${formatAmount(FULL.clinicalHours, 'hours a year')}, ${pct(FULL.clinicalShare)} of contracted hours, or ${formatAmount(FULL.clinicalHoursPerWeek, 'hours a week')} on average.`,
    );
    const steps = page.locator('#jp-steps');
    const leave = stepOf(FULL, 'annualLeave');
    await expect(steps.locator('tr').filter({ hasText: 'Annual leave' })).toContainText(`${leave.working}${formatStep(leave)}`);
    await expect(steps.locator('tr').filter({ hasText: 'Hours left after leave and training' })).toContainText(
      stepOf(FULL, 'afterLeave').working,
    );
    for (const [label, id] of [
      ['Available working hours a year', 'availableHours'],
      ['Weeks at work', 'weeksAtWork'],
      ['Non-clinical time a year', 'nonClinicalHours'],
    ] as const)
      await expect(steps.locator('tr').filter({ hasText: label })).toContainText(formatStep(stepOf(FULL, id)));
    await expect(page.locator('#jp-summary')).toContainText(`Clinical care hours a year${formatAmount(FULL.clinicalHours, 'hours')}`);
    await expectNoAxeViolations(page);
  });

  test('can be used with the keyboard alone, asking for sickness and non-clinical time', async ({ page }) => {
    await page.goto(PATH);
    await page.getByLabel('Name or role').focus();
    await page.keyboard.type('Kai');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Contracted hours a week')).toBeFocused();
    await page.keyboard.type('30');
    await expect(page.getByLabel('Or whole-time equivalent (WTE)')).toHaveValue('0.8');
    await page.keyboard.press('Enter');
    // Sickness and the six kinds of non-clinical time start blank: they are asked for, not assumed.
    await expect(status(page)).toHaveText(
      'No result: 7 answers need correcting. They are listed at the top of the form, each with a link to it.',
    );
    expect(await activeId(page)).toBe('jp-error-summary');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Sickness allowance amount: Enter a number, or 0 if there is none.' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('jp-sickness');
    await page.keyboard.type('0');
    // Past the days-or-percentage choice (one stop) to each kind of non-clinical time.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      await page.keyboard.type('0');
    }
    expect(await activeId(page)).toBe('jp-ed');
    await page.keyboard.press('Enter');
    // 30 hours, the leave on appointment and nothing else away: the rest is all clinical, and the result says what it assumes.
    const kai = resultOf({
      ...PART_TIME,
      hoursPerWeek: 30,
      studyLeaveDays: 0,
      mandatoryTrainingDays: 0,
      sickness: 0,
      sicknessUnit: 'days',
      activities: NO_ACTIVITIES,
    });
    const assumed = 'This assumes no sickness absence and no non-clinical time, so it is the most clinical time this person could have.';
    await expect(status(page)).toContainText(`Clinical care: ${formatAmount(kai.clinicalHours, 'hours a year')}`);
    await expect(status(page)).toContainText(assumed);
    await expect(page.locator('#jp-assumes')).toHaveText(assumed);
    await expect(page.locator('#jp-error-summary')).toBeHidden();
  });

  test('adds people to a team and totals their clinical capacity', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('#jp-team-empty')).toBeVisible();
    await fillFullTime(page, 'Alex');
    await addToTeam(page);
    await expect(status(page)).toContainText(
      `Added Alex. The team has 1 person, with ${formatNumber(FULL.clinicalHoursPerWeek)} clinical care hours a week.`,
    );
    await expect(page.getByLabel('Name or role')).toBeFocused();
    await expect(page.getByLabel('Name or role')).toHaveValue('');
    await fillPartTime(page, 'Sam');
    await addToTeam(page);
    await expect(teamRows(page)).toHaveCount(2);
    const n = formatNumber;
    await expect(teamRows(page).nth(1)).toContainText(
      `Sam${n(22.5)}${n(PART.availableHours)}${n(PART.clinicalHours)}${pct(PART.clinicalShare)}${n(PART.clinicalHoursPerWeek)}`,
    );
    // The total adds the two people's hours and works out the share from their added contracted hours.
    const clinical = FULL.clinicalHours + PART.clinicalHours;
    const share = clinical / (FULL.contractedHours + PART.contractedHours);
    await expect(teamTotal(page)).toContainText(
      `Team total (2 people)${n(37.5 + 22.5)}${n(FULL.availableHours + PART.availableHours)}${n(clinical)}${pct(share)}${n(clinical / WEEKS_PER_YEAR)}`,
    );
    await page.getByRole('button', { name: 'Remove Alex' }).click();
    await expect(teamRows(page)).toHaveCount(1);
    await expect(status(page)).toHaveText(
      `Removed Alex. The team has 1 person, with ${n(PART.clinicalHoursPerWeek)} clinical care hours a week.`,
    );
    await page.getByRole('button', { name: 'Edit Sam' }).click();
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('22.5');
    await expect(page.getByLabel('Percentage')).toBeChecked();
    // Sam stays in the team until the changes are saved.
    await expect(teamRows(page)).toHaveCount(1);
    await page.getByLabel('Contracted hours a week').fill('30');
    await page.getByRole('button', { name: 'Save changes to Sam' }).click();
    await expect(status(page)).toContainText('Saved the changes to Sam.');
    await expect(teamRows(page)).toHaveCount(1);
    await expect(teamRows(page).first()).toContainText('Sam30');
    await expectNoAxeViolations(page);
  });

  test('editing a second person while one is being edited asks first and never removes anyone', async ({ page }) => {
    await page.goto(PATH);
    await addAlexAndSam(page);
    await page.getByRole('button', { name: 'Edit Alex' }).click();
    await page.getByLabel('Contracted hours a week').fill('30');
    await page.getByRole('button', { name: 'Edit Sam' }).click();
    await expect(page.locator('#jp-edit-question')).toHaveText(
      'The form has your changes to Alex. Editing Sam replaces them. Everyone stays in the team.',
    );
    await expect(page.getByRole('button', { name: 'Keep the form as it is' })).toBeFocused();
    await expect(teamRows(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Keep the form as it is' }).click();
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('30');
    await page.getByRole('button', { name: 'Edit Sam' }).click();
    await page.getByRole('button', { name: 'Yes, edit Sam' }).click();
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('22.5');
    await expect(teamRows(page)).toHaveCount(2);
    await expect(teamRows(page).nth(0)).toContainText('Alex37.5');
    // Editing with nothing changed in the form needs no question.
    await page.getByRole('button', { name: 'Edit Alex' }).click();
    await expect(page.locator('.confirm-edit')).toBeHidden();
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('37.5');
    await expect(teamRows(page)).toHaveCount(2);
    await page.reload();
    await expect(teamRows(page)).toHaveCount(2);
  });

  test('questions more than 60 hours a week but keeps and uses the figure', async ({ page }) => {
    await page.goto(PATH);
    await fillFullTime(page, 'Long');
    await page.getByLabel('Contracted hours a week').fill('70');
    await addToTeam(page);
    const question = '70 hours a week is more than 60: check this is right. The figure is used as you entered it.';
    await expect(page.locator('#jp-hoursPerWeek-error')).toHaveText(question);
    await expect(page.getByLabel('Contracted hours a week')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('70');
    await expect(status(page)).toContainText(`Added Long.`);
    await expect(status(page)).toContainText(`Please check: ${question}`);
    await expect(teamRows(page).first()).toContainText('Long70');
  });

  test('needs a name to add someone to the team', async ({ page }) => {
    await page.goto(PATH);
    await fillFullTime(page, '');
    await addToTeam(page);
    await expect(page.locator('#jp-name-error')).toHaveText('Enter a name or role, for example Band 6 physiotherapist.');
    expect(await activeId(page)).toBe('jp-error-summary');
    await expect(summaryLinks(page)).toHaveText(['Name or role: Enter a name or role, for example Band 6 physiotherapist.']);
    await summaryLinks(page).click();
    await expect(page.getByLabel('Name or role')).toBeFocused();
    await expect(teamRows(page)).toHaveCount(0);
  });

  test('adds pasted rows and lists the ones it cannot read, with the reason', async ({ page }) => {
    await page.goto(PATH);
    const rows = [
      'Name\tHours per week\tYears of service\tSickness percent\tCPD hours',
      'Alex\t37.5\t6\t\t1.5',
      'Bo\tforty\t2\t\t',
      'Cy\t22.5\t0\t4%\t',
      'Di\t37.5\t\t\t',
    ];
    await page.getByLabel('Rows to add, header row first').fill(rows.join('\n'));
    await page.getByRole('button', { name: 'Add the pasted rows' }).click();
    await expect(teamRows(page)).toHaveCount(2);
    await expect(teamRows(page).nth(0)).toContainText('Alex');
    await expect(teamRows(page).nth(1)).toContainText('Cy');
    await expect(page.locator('#jp-paste-summary')).toHaveText(
      'Added 2 people from the pasted rows. 2 rows could not be added: they are listed below and left in the box to correct.',
    );
    const rejected = page.locator('#jp-rejected li');
    await expect(rejected).toHaveCount(2);
    await expect(rejected.nth(0)).toHaveText(
      'Line 3 (Bo, forty, 2, , ): hours_per_week: “forty” is not a number: use digits, for example 7.5.',
    );
    await expect(rejected.nth(1)).toContainText(
      'Line 5 (Di, 37.5, , , ): annual_leave_days: Enter the annual leave days, or a length of service',
    );
    await expect(page.getByLabel('Rows to add, header row first')).toHaveValue([rows[0], rows[2], rows[4]].join('\n'));

    await page.getByLabel('Rows to add, header row first').fill('Alex,37.5\nBo,30');
    await page.getByRole('button', { name: 'Add the pasted rows' }).click();
    await expect(page.locator('#jp-paste-summary')).toContainText('Nothing was added. The first row must be a header row');
    await expect(teamRows(page)).toHaveCount(2);
  });

  test('exports the team as CSV that lists each person and the total', async ({ page }) => {
    await page.goto(PATH);
    await fillFullTime(page, 'Alex, "lead"');
    await addToTeam(page);
    await fillPartTime(page, 'Sam');
    await addToTeam(page);
    const file = await downloadFrom(page, 'Export the team as CSV');
    expect(file.suggestedFilename()).toMatch(/^clinical-capacity-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await file.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'name,hours_per_week,years_of_service,annual_leave_days,public_holiday_days,study_leave_days,mandatory_training_days,sickness_days,sickness_percent,supervision_hours,cpd_hours,teaching_hours,research_hours,anr_hours,ed_hours,available_hours_year,clinical_hours_year,clinical_share_percent,clinical_hours_week',
    );
    const results = (r: Result) =>
      [r.availableHours, r.clinicalHours, r.clinicalShare * 100, r.clinicalHoursPerWeek].map(csvNumber).join(',');
    const [full, part] = [FULL_TIME, PART_TIME];
    expect(lines[1]).toBe(
      `"Alex, ""lead""",37.5,,${full.annualLeaveDays},${full.publicHolidayDays},5,2,6,,1.5,1.5,1,0.5,1,0,${results(FULL)}`,
    );
    expect(lines[2]).toBe(`Sam,22.5,,${part.annualLeaveDays},${part.publicHolidayDays},2,1,,3,1,1,0,0,0,0,${results(PART)}`);
    const clinical = FULL.clinicalHours + PART.clinicalHours;
    const share = clinical / (FULL.contractedHours + PART.contractedHours);
    const totals = [FULL.availableHours + PART.availableHours, clinical, share * 100, clinical / WEEKS_PER_YEAR];
    expect(lines[3]).toBe(`Team total,,,,,,,,,,,,,,,${totals.map(csvNumber).join(',')}`);
  });

  test('exports names a spreadsheet would run as formulas as plain text', async ({ page }) => {
    await page.goto(PATH);
    const names = ['=HYPERLINK("http://example.invalid","x")', '+44 20', '-1+1', '@SUM(A1)'];
    const file = await exportPeople(page, names);
    // The first cell of each row, as a spreadsheet reads it: an apostrophe first makes it text.
    expect(firstCells(file)).toEqual(names.map((n) => `'${n}`));
    // Pasting the file back gives the names as typed.
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await page.getByLabel('Rows to add, header row first').fill(readFileSync(file, 'utf8'));
    await page.getByRole('button', { name: 'Add the pasted rows' }).click();
    await expect(teamRows(page).locator('th')).toHaveText(names);
  });

  test('two tabs share the team and neither overwrites the other', async ({ context }) => {
    const [one, two] = [await context.newPage(), await context.newPage()];
    await one.goto(PATH);
    await two.goto(PATH);
    await fillFullTime(one, 'Alex');
    await addToTeam(one);
    await expect(teamRows(two)).toHaveCount(1);
    await expect(status(two)).toContainText('The team was changed in another tab.');
    await fillPartTime(two, 'Sam');
    await addToTeam(two);
    await expect(teamRows(one)).toHaveCount(2);
    // Typing in one tab's form leaves the other tab's form alone.
    await one.getByLabel('Contracted hours a week').fill('20');
    await expect(two.getByLabel('Contracted hours a week')).toHaveValue('22.5');
    await fillFullTime(one, 'Kim');
    await addToTeam(one);
    await expect(teamRows(two).locator('th')).toHaveText(['Alex', 'Sam', 'Kim']);
    await two.reload();
    await expect(teamRows(two).locator('th')).toHaveText(['Alex', 'Sam', 'Kim']);
    await one.getByRole('button', { name: 'Clear everything' }).click();
    await one.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect(teamRows(two)).toHaveCount(0);
  });

  test('saves at once when the page is hidden', async ({ page }) => {
    // A paused clock: the save after typing stops can never fire by itself.
    await page.clock.install({ time: new Date('2026-12-01T09:00:00Z') });
    await page.goto(PATH);
    await page.clock.pauseAt(new Date('2026-12-01T10:00:00Z'));
    // The calculator's script loads on first use: typing before it has arrived is the next describe's case.
    await page.getByLabel('Contracted hours a week').focus();
    await calculatorRunning(page);
    await page.getByLabel('Contracted hours a week').fill('16');
    await hidePage(page);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').draft?.hoursPerWeek).toBe('16');
  });

  test('a storage-full message goes away once a save works again', async ({ page }) => {
    await failStorage(page, KEY, false);
    await page.goto(PATH);
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
    await fillFullTime(page, 'Alex');
    await addToTeam(page);
    await expect(page.locator('#jp-error')).toContainText('storage for this site is full');
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
    await fillPartTime(page, 'Sam');
    await addToTeam(page);
    await expect(page.locator('#jp-error')).toHaveText('');
    await page.reload();
    await expect(teamRows(page)).toHaveCount(2);
  });

  test('says data was kept aside only when it was, and otherwise offers it at once', async ({ page }) => {
    await page.goto(PATH);
    await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "team": [broken'), KEY);
    await failStorage(page, `${KEY}:backup`, true);
    await page.reload();
    const message = page.locator('#jp-backup-message');
    await expect(message).toContainText('could not be kept in this browser, so download it now');
    await expect(message).not.toContainText('has been kept aside');
    const file = await downloadFrom(page, 'Download the data we could not use');
    expect(readFileSync(await file.path(), 'utf8')).toBe('{"version": 1, "team": [broken');
  });

  test('keeps the team and the form after a reload, and clears them only when confirmed', async ({ page }) => {
    await page.goto(PATH);
    await fillFullTime(page, 'Alex');
    await addToTeam(page);
    await page.getByLabel('Contracted hours a week').fill('16');
    // No wait for the typing pause: leaving the page saves at once (pagehide).
    await page.reload();
    await expect(teamRows(page)).toHaveCount(1);
    await expect(teamRows(page).first()).toContainText('Alex');
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('16');
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').version).toBe(1);

    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(teamRows(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect(status(page)).toHaveText('The team and the form’s figures have been cleared from this browser.');
    await expect(teamRows(page)).toHaveCount(0);
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('');
    await page.reload();
    await expect(page.locator('#jp-team-empty')).toBeVisible();
  });

  test('keeps damaged stored data as a download instead of dropping it', async ({ page }) => {
    await page.goto(PATH);
    await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "team": [broken'), KEY);
    await page.reload();
    await expect(page.locator('#jp-backup-message')).toContainText('We could not read the figures saved in this browser');
    const file = await downloadFrom(page, 'Download the data we could not use');
    expect(readFileSync(await file.path(), 'utf8')).toBe('{"version": 1, "team": [broken');
    // Discarding hides the notice and its buttons: focus goes to the tool's heading, not the page.
    await page.getByRole('button', { name: 'Discard it' }).click();
    await expect(page.getByRole('heading', { name: 'Clinical capacity calculator' })).toBeFocused();
    await expect(status(page)).toHaveText('The data that could not be used has been discarded.');
    // The calculator still works.
    await fillFullTime(page, 'Alex');
    await addToTeam(page);
    await expect(teamRows(page)).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('works for the visit when storage is blocked, and says so', async ({ page }) => {
    await blockStorage(page);
    await page.goto(PATH);
    await expect(page.locator('#jp-error')).toContainText('not letting this site save');
    await fillFullTime(page, 'Alex');
    await addToTeam(page);
    await expect(teamRows(page)).toHaveCount(1);
    await expect(teamTotal(page)).toContainText(formatNumber(FULL.clinicalHours));
  });

  test('prints a summary of the team alone', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.goto(PATH);
    await fillFullTime(page, 'Alex');
    await addToTeam(page);
    await page.getByRole('button', { name: 'Print the team summary' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#jp-team-table')).toBeVisible();
    await expect(page.locator('#jp-printed')).toContainText('Clinical capacity summary');
    await expect(page.locator('#jp-form')).toBeHidden();
    await expect(page.locator('#worksheet')).toBeHidden();
    await expect(page.locator('.prose')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Remove Alex' })).toBeHidden();
  });
});

test.describe('bad input gets a message beside the field and no total', () => {
  const CASES = [
    { label: 'Study leave days', id: 'studyLeaveDays', value: '-2', message: 'This cannot be less than 0.' },
    { label: 'Contracted hours a week', id: 'hoursPerWeek', value: '', message: 'Enter the contracted hours a week, for example 37.5.' },
    { label: 'Contracted hours a week', id: 'hoursPerWeek', value: '200', message: 'A week has only 168 hours: enter 168 or fewer.' },
    { label: 'CPD and learning (SPA)', id: 'cpd', value: 'two', message: '“two” is not a number: use digits, for example 7.5.' },
  ];
  for (const [i, c] of CASES.entries()) {
    test(`${c.label}: "${c.value}"`, async ({ page }) => {
      await page.goto(PATH);
      await fillFullTime(page);
      await page.getByRole('button', { name: 'Calculate' }).click();
      await expect(page.locator('#jp-result')).toBeVisible();
      await page.getByLabel(c.label).fill(c.value);
      await page.getByRole('button', { name: 'Calculate' }).click();
      const input = page.getByLabel(c.label);
      await expect(page.locator(`#jp-${c.id}-error`)).toHaveText(c.message);
      await expect(input).toHaveAccessibleDescription(new RegExp(c.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      // Focus goes to the summary at the top, whose one link leads to the field.
      expect(await activeId(page)).toBe('jp-error-summary');
      await expect(page.getByRole('group', { name: 'There is a problem' })).toHaveAccessibleDescription(`${c.label}: ${c.message}`);
      await page.keyboard.press('Tab');
      await expect(summaryLinks(page)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(input).toBeFocused();
      await expect(page.locator('#jp-result')).toBeHidden();
      await expect(status(page)).toHaveText(
        'No result: 1 answer needs correcting. It is listed at the top of the form, with a link to it.',
      );
      // Every field shows its error with the same markup, so axe checks the error state once: over
      // this long page it takes 20 seconds or more on a busy machine.
      if (i === 0) await expectNoAxeViolations(page);
      // Correcting it brings the result back and clears the message.
      await input.fill(c.id === 'hoursPerWeek' ? '37.5' : c.id === 'cpd' ? '1.5' : '5');
      await page.getByRole('button', { name: 'Calculate' }).click();
      await expect(status(page)).toContainText(formatAmount(FULL.clinicalHours, 'hours a year'));
      await expect(input).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator(`#jp-${c.id}-error`)).toHaveText('');
    });
  }

  test('leave larger than the year is refused', async ({ page }) => {
    await page.goto(PATH);
    await fillFullTime(page);
    // 250 + the public holidays + 5 study + 2 training + 6 sickness.
    const away = 250 + RULES.publicHolidays + 5 + 2 + 6;
    await page.getByLabel('Annual leave days (optional)').fill('250');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect(page.locator('#jp-daysTotal-error')).toHaveText(
      `Leave, training and sickness add up to ${away} days, more than the ${WORKING_DAYS_PER_YEAR} working days in a year (${WEEKS_PER_YEAR} weeks × ${DAYS_PER_WEEK} days).`,
    );
    await expect(page.getByRole('group', { name: 'Leave and time away, in days a year' })).toHaveAccessibleDescription(
      new RegExp(`add up to ${away} days`),
    );
    await expect(page.locator('#jp-result')).toBeHidden();
  });
});

test.describe('errors, focus and confirmations as keyboard and screen-reader users meet them', () => {
  test('totals that are too high are summarised at the top, explained under their legend, and mark the fields that make them up', async ({
    page,
  }) => {
    await page.goto(PATH);
    await fillFullTime(page);
    await page.getByLabel('Study leave days').fill('250');
    await page.getByLabel('Supervision, given and received (SPA)').fill('50');
    await page.getByRole('button', { name: 'Calculate' }).click();
    const away = leaveForService(RULES, FULL_TIME_YEARS) + RULES.publicHolidays + 250 + 2 + 6;
    const days = `Leave, training and sickness add up to ${away} days, more than the ${WORKING_DAYS_PER_YEAR} working days in a year (${WEEKS_PER_YEAR} weeks × ${DAYS_PER_WEEK} days).`;
    const weekly = 50 + 1.5 + 1 + 0.5 + 1;
    const activities = `Non-clinical time adds up to ${formatAmount(weekly, 'hours a week')}, more than the 37.5 contracted hours.`;
    expect(await activeId(page)).toBe('jp-error-summary');
    await expect(page.getByRole('group', { name: 'There is a problem' })).toBeInViewport();
    await expect(summaryLinks(page)).toHaveText([
      `Leave and time away, in days a year: ${days}`,
      `Non-clinical time, in hours a week: ${activities}`,
    ]);
    await expect(status(page)).toHaveText(
      'No result: 2 answers need correcting. They are listed at the top of the form, each with a link to it.',
    );
    // Each group's message sits straight under its legend, and is the group's description.
    const leave = page.getByRole('group', { name: 'Leave and time away, in days a year' });
    await expect(leave.locator(':scope > legend + p')).toHaveText(days);
    await expect(leave).toHaveAccessibleDescription(days);
    await expect(page.locator('legend + p#jp-activitiesTotal-error')).toHaveText(activities);
    // The fields that make up each total are marked; the blank optional annual leave is not.
    for (const label of ['Study leave days', 'Public holidays', 'Mandatory training days', 'Sickness allowance amount'])
      await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Length of NHS service', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Annual leave days (optional)')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Externally funded duties (ED)')).not.toHaveAttribute('aria-invalid', 'true');
    for (const label of ['Supervision, given and received (SPA)', 'CPD and learning (SPA)'])
      await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
    // Each link leads into its group.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('jp-yearsOfService');
    await summaryLinks(page).nth(1).click();
    expect(await activeId(page)).toBe('jp-supervision');
    // Corrected, the summary and the marks go.
    await page.getByLabel('Study leave days').fill('5');
    await page.getByLabel('Supervision, given and received (SPA)').fill('1.5');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect(page.locator('#jp-error-summary')).toBeHidden();
    await expect(page.getByLabel('Study leave days')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(status(page)).toContainText(formatAmount(FULL.clinicalHours, 'hours a year'));
    await expectNoAxeViolations(page);
  });

  test('focus lands somewhere meaningful whenever a button hides itself or its panel', async ({ page }) => {
    await page.goto(PATH);
    await addAlexAndSam(page);

    // Clear: the warning is the buttons' description; Cancel goes back to the button that opened it.
    await page.getByRole('button', { name: 'Clear everything' }).focus();
    await page.keyboard.press('Enter');
    const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
    await expect(cancel).toBeFocused();
    const warning = 'This removes the team and the form’s figures from this browser. Export the team first if you want to keep it.';
    await expect(cancel).toHaveAccessibleDescription(warning);
    await expect(page.getByRole('button', { name: 'Yes, clear everything' })).toHaveAccessibleDescription(warning);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Clear everything' })).toBeFocused();
    await expect(status(page)).toHaveText('Nothing was cleared.');

    // Editing: the question is the buttons' description; "Keep the form" goes back to the Edit button that asked.
    await page.getByRole('button', { name: 'Edit Alex' }).click();
    await page.getByLabel('Contracted hours a week').fill('30');
    await page.getByRole('button', { name: 'Edit Sam' }).focus();
    await page.keyboard.press('Enter');
    const keep = page.getByRole('button', { name: 'Keep the form as it is' });
    await expect(keep).toBeFocused();
    await expect(keep).toHaveAccessibleDescription(
      'The form has your changes to Alex. Editing Sam replaces them. Everyone stays in the team.',
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Edit Sam' })).toBeFocused();

    // Stop editing hides itself: focus goes to the name field.
    await page.getByRole('button', { name: 'Stop editing' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Stop editing' })).toBeHidden();
    await expect(page.getByLabel('Name or role')).toBeFocused();
    await expect(status(page)).toHaveText(
      'Stopped editing Alex, who is still in the team as before. The form’s figures can be added as someone new.',
    );

    // Remove takes its own row away: focus goes to its undo, which puts the person back where they were.
    await page.getByRole('button', { name: 'Remove Alex' }).focus();
    await page.keyboard.press('Enter');
    const undo = page.getByRole('button', { name: 'Undo: put Alex back' });
    await expect(undo).toBeFocused();
    await expect(page.locator('#jp-undo-message')).toHaveText('Removed Alex from the team.');
    await expect(teamRows(page).locator('th')).toHaveText(['Sam']);
    await page.keyboard.press('Enter');
    await expect(teamRows(page).locator('th')).toHaveText(['Alex', 'Sam']);
    await expect(page.getByRole('button', { name: 'Edit Alex' })).toBeFocused();
    await expect(undo).toBeHidden();
    const both = FULL.clinicalHoursPerWeek + PART.clinicalHoursPerWeek;
    await expect(status(page)).toHaveText(
      `Put Alex back in the team. The team has 2 people, with ${formatNumber(both)} clinical care hours a week.`,
    );
    await page.reload();
    await expect(teamRows(page).locator('th')).toHaveText(['Alex', 'Sam']);

    // Confirming a clear hides the panel and the team: focus goes to the tool's heading.
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect(page.getByRole('heading', { name: 'Clinical capacity calculator' })).toBeFocused();
    await expect(status(page)).toHaveText('The team and the form’s figures have been cleared from this browser.');
  });

  test('a reload while editing someone keeps the form editing them, so saving does not count them twice', async ({ page }) => {
    await page.goto(PATH);
    await addAlexAndSam(page);
    await page.getByRole('button', { name: 'Edit Sam' }).click();
    await page.getByLabel('Contracted hours a week').fill('30');
    await page.reload();
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('30');
    await expect(status(page)).toHaveText(
      'You are still editing Sam: the form holds your changes. Choose “Save changes to Sam” to keep them, or “Stop editing”.',
    );
    await expect(page.getByRole('button', { name: 'Stop editing' })).toBeVisible();
    await page.getByRole('button', { name: 'Save changes to Sam' }).click();
    await expect(teamRows(page)).toHaveCount(2);
    await expect(teamRows(page).locator('th')).toHaveText(['Alex', 'Sam']);
    await expect(teamRows(page).nth(1)).toContainText('Sam30');
    // Saved, the form is no longer editing anyone, after a reload too.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Add this person to the team' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop editing' })).toBeHidden();
  });

  test('on a phone, Edit and Remove are on screen without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(PATH);
    await fillFullTime(page, 'Alex Example-Longname');
    await addToTeam(page);
    for (const name of ['Edit Alex Example-Longname', 'Remove Alex Example-Longname']) {
      const box = (await page.getByRole('button', { name }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    const wrap = page.locator('#jp-team .table-scroll');
    expect(await wrap.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
    // Each figure keeps its column's name beside it.
    await expect(teamRows(page).first().locator('td').first()).toHaveAttribute('data-label', 'Hours a week');
  });
});

test.describe('how teams work: WTE or hours, no silent assumptions, and the calculator near the top', () => {
  test('takes WTE or hours, 1.0 WTE being 37.5 hours, as the page says', async ({ page }) => {
    await page.goto(PATH);
    const wte = page.getByLabel('Or whole-time equivalent (WTE)');
    await expect(wte).toHaveAccessibleDescription(/37\.5 hours a week, the full-time week on Agenda for Change, is 1\.0 WTE/);
    await fillPartTime(page, 'Sam');
    await page.getByLabel('Contracted hours a week').fill('');
    await wte.fill('0.6');
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('22.5');
    await addToTeam(page);
    await expect(teamRows(page).first()).toContainText(`Sam${formatNumber(22.5)}${formatNumber(PART.availableHours)}`);
    await wte.fill('lots');
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect(summaryLinks(page)).toHaveText(['Or whole-time equivalent (WTE): “lots” is not a number: use digits, for example 7.5.']);
    await expect(wte).toHaveAttribute('aria-invalid', 'true');
  });

  test('the calculator is reachable from the first screen of its page on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(PATH);
    const link = page.getByRole('link', { name: 'Go to the clinical capacity calculator' });
    const box = (await link.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    await link.click();
    await expect(page.getByRole('heading', { name: 'Clinical capacity calculator' })).toBeInViewport();
  });

  test('a pasted cell with a line break is one person, not two', async ({ page }) => {
    await page.goto(PATH);
    await page
      .getByLabel('Rows to add, header row first')
      .fill(['name\thours_per_week\tyears_of_service', '"Band 6\nphysio, two lines"\t37.5\t6'].join('\n'));
    await page.getByRole('button', { name: 'Add the pasted rows' }).click();
    await expect(teamRows(page).locator('th')).toHaveText(['Band 6 physio, two lines']);
    await expect(page.locator('#jp-paste-summary')).toHaveText('Added 1 person from the pasted rows.');
    await expect(status(page)).toContainText(
      '1 person has no sickness allowance or no non-clinical time in the pasted rows: their figures assume none.',
    );
  });

  test('exports names starting with a full-width formula sign as plain text', async ({ page }) => {
    await page.goto(PATH);
    const names = ['\uFF1D1+1', '\uFF0BSUM(A1)', '\uFF20SUM(A1)'];
    expect(firstCells(await exportPeople(page, names))).toEqual(names.map((n) => `'${n}`));
  });
});

test.describe('the rest of the calculator’s script loads on first use (client.ts, then client-engine.ts)', () => {
  // Once the worker controls the page it fetches scripts itself, past page.route and the page's request events.
  test.use({ serviceWorkers: 'block' });

  test('a visit that reads the page, and jumps to the calculator, never asks for the rest; the calculator shows at once', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(PATH);
    await expect(page.locator('.no-js-note')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Calculate' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export the team as CSV' })).toBeVisible();
    await expect(page.locator('#jp-team-empty')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the clinical capacity calculator' }).click();
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => TOOL_ENGINE.test(p))).toEqual([]);
    expect(requested.some((p) => p.startsWith('/_astro/') && p.endsWith('.js'))).toBe(true);
  });

  test('figures typed and a button pressed before the rest arrives are calculated, added and saved once it does', async ({ page }) => {
    const engine = await holdEngine(page);
    await page.goto(PATH);
    await fillFullTime(page, 'Alex');
    // "Add", not "Calculate": the button that sent the form is the one handed over.
    await addToTeam(page);
    expect(engine.asked).toBe(true);
    await expect(page.locator('#jp-result')).toBeHidden();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    engine.release();
    await expect(status(page)).toContainText(
      `Added Alex. The team has 1 person, with ${formatNumber(FULL.clinicalHoursPerWeek)} clinical care hours a week.`,
    );
    await expect(teamRows(page)).toHaveCount(1);
    await expect(page.getByLabel('Or whole-time equivalent (WTE)')).toHaveValue('1');
    await expect
      .poll(async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').team?.[0]?.name)
      .toBe('Alex');
  });

  test('figures typed before the rest arrives, on a page hidden meanwhile, are saved as soon as it arrives', async ({ page }) => {
    // A paused clock: the save after typing stops can never fire by itself.
    await page.clock.install({ time: new Date('2026-12-01T09:00:00Z') });
    const engine = await holdEngine(page);
    await page.goto(PATH);
    await page.clock.pauseAt(new Date('2026-12-01T10:00:00Z'));
    await page.getByLabel('Contracted hours a week').fill('16');
    await hidePage(page);
    engine.release();
    await expect
      .poll(async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').draft?.hoursPerWeek)
      .toBe('16');
  });

  test('rows pasted and added before the rest arrives are added once it does', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const engine = await holdEngine(page);
    await page.goto(PATH);
    await page.getByLabel('Rows to add, header row first').fill(['name\thours_per_week\tyears_of_service', 'Bo\t22.5\t0'].join('\n'));
    await page.getByRole('button', { name: 'Add the pasted rows' }).click();
    await expect(teamRows(page)).toHaveCount(0);
    engine.release();
    await expect(teamRows(page).locator('th')).toHaveText(['Bo']);
    await expect(page.locator('#jp-paste-summary')).toHaveText('Added 1 person from the pasted rows.');
  });

  test('the page opens idle until used, and a rest that has arrived moves nothing', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(PATH);
    // Where the section after the calculator starts on the page (not in the window, which scrolls to the field).
    const below = () => page.locator('#how-it-works').evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    const before = await below();
    const arrived = page.waitForResponse((r) => TOOL_ENGINE.test(new URL(r.url()).pathname));
    await page.getByLabel('Name or role').focus();
    await arrived;
    await calculatorRunning(page);
    expect(await below()).toBe(before);
  });

  test('with a team saved, the rest loads at once and restores it, keeping what was typed before it arrived', async ({ page }) => {
    await page.goto(PATH);
    await fillFullTime(page, 'Alex');
    await addToTeam(page);
    await page.getByLabel('Contracted hours a week').fill('16');
    await hidePage(page);
    const engine = await holdEngine(page);
    await page.reload();
    await expect.poll(() => engine.asked).toBe(true);
    // Typed while the rest is on its way: it wins over the saved 16.
    await page.getByLabel('Contracted hours a week').fill('30');
    engine.release();
    await expect(teamRows(page).locator('th')).toHaveText(['Alex']);
    await expect(page.getByLabel('Contracted hours a week')).toHaveValue('30');
    await expect(page.getByLabel('Or whole-time equivalent (WTE)')).toHaveValue('0.8');
    await expect(page.getByLabel('Study leave days')).toHaveValue('5');
    await hidePage(page);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').draft?.hoursPerWeek).toBe('30');
  });
});

test.describe('without JavaScript', () => {
  test('passes axe, showing the worked example and the worksheet', async ({ page }) => {
    await blockSiteScripts(page);
    await page.goto(PATH);
    await expect(page.locator('.no-js-note')).toBeVisible();
    await expect(page.locator('.capacity-app')).toBeHidden();
    await expectNoAxeViolations(page);
  });

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });
    test('the method can be followed and the worksheet printed', async ({ page }) => {
      await page.goto(PATH);
      await expect(page.locator('#jp-form')).toBeHidden();
      await expect(page.getByRole('link', { name: 'worked example' })).toBeVisible();
      // The worked example and the leave table as content/leave.yaml and src/features/job-planning/capacity.ts make them.
      const worked = resultOf(workedExample(RULES));
      const example = page.locator('#how-it-works');
      await expect(example.getByRole('table', { name: 'Every step of the example’s sum' })).toContainText(
        stepOf(worked, 'clinicalShare').working,
      );
      await expect(example).toContainText(formatAmount(worked.clinicalHours, 'hours a year'));
      const leave = example.getByRole('table', { name: 'Agenda for Change leave for full-time staff, by length of NHS service' });
      await expect(leave.locator('tbody tr')).toHaveCount(RULES.entitlements.length);
      for (const [i, band] of RULES.entitlements.entries())
        await expect(leave.locator('tbody tr').nth(i).getByRole('cell')).toHaveText([
          describeBand(RULES, i).replace(/: \d+ days$/, ''),
          `${band.days} days`,
          `${RULES.publicHolidays} days`,
        ]);
      await expect(example).toContainText(`Figures checked on ${formatDate(new Date(LEAVE.asOf))}`);
      const worksheet = page.getByRole('table', { name: 'Clinical capacity worksheet' });
      // Lines A to Q: the method's steps, a fixed part of the calculator rather than content.
      await expect(worksheet.locator('tbody tr')).toHaveCount(17);
      await expect(worksheet.locator('tbody tr').filter({ hasText: 'Clinical care hours a year' }).locator('th, td')).toHaveText([
        'O',
        'Clinical care hours a year',
        'K − N',
        formatNumber(worked.clinicalHours),
        '',
        '',
        '',
      ]);
      // The person columns are blank, to fill in by hand.
      expect(await worksheet.locator('tbody td:nth-child(5)').allTextContents()).toEqual(Array(17).fill(''));
      await page.emulateMedia({ media: 'print' });
      await expect(worksheet).toBeVisible();
    });
  });
});
