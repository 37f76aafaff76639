/**
 * The checklist engine (src/features/checklists/ChecklistTool.astro and its one script) and the three
 * pages that use it. Each page gets its own checks that it renders its own checklist, with and
 * without JavaScript, that answering an item on its own answer scale saves, and that it passes
 * axe. The engine's behaviour (export and import, refusing bad files, damaged or blocked storage,
 * the keyboard, printing, tabs) is the same code whichever checklist it is given, so it is tested
 * on one page: a fault in it shows on any of them, and running it on all three tripled the time.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseCsv } from '../src/lib/csv';
import { expectNoAxeViolations, blockSiteScripts } from './helpers/site';
import { blockStorage, downloadFrom, failStorage } from './helpers/tools';

const TOOLS = [
  { path: '/greener/my-greener-actions/', id: 'greener-actions', answer: 'Done' },
  { path: '/health-inequalities/reflection-tool/', id: 'inequalities-reflection', answer: 'Yes' },
  { path: '/careers/readiness-toolkit/', id: 'readiness-toolkit', answer: 'Yes' },
];

const firstItem = (page: Page) => page.locator('.check-item').first();

/** How many items a checklist has, read from its content file, so the page can be held to all of them. */
const itemCount = (id: string): number =>
  (
    parse(readFileSync(join(process.cwd(), 'content', 'checklists', `${id}.yaml`), 'utf8')) as { sections: { items: unknown[] }[] }
  ).sections.reduce((n, section) => n + section.items.length, 0);

for (const tool of TOOLS) {
  test.describe(`checklist on ${tool.path}`, () => {
    test('saves answers and notes, and restores them after a reload', async ({ page }) => {
      await page.goto(tool.path);
      await firstItem(page).getByLabel(tool.answer, { exact: true }).check();
      await firstItem(page).getByLabel('Your notes').fill('Talk to the team on Monday');
      await expect(page.locator('#tool-summary')).toContainText('You have answered 1 of');
      await expect(page.locator('.section-progress').first()).toContainText('1 of');
      await page.reload();
      await expect(firstItem(page).getByLabel(tool.answer, { exact: true })).toBeChecked();
      await expect(firstItem(page).getByLabel('Your notes')).toHaveValue('Talk to the team on Monday');
      await expectNoAxeViolations(page);
    });

    test('passes axe when its script cannot load', async ({ page }) => {
      await blockSiteScripts(page);
      await page.goto(tool.path);
      await expect(page.locator('.no-js-note')).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test.describe('when JavaScript is unavailable', () => {
      test.use({ javaScriptEnabled: false });
      test('shows the complete checklist, ready to print', async ({ page }) => {
        await page.goto(tool.path);
        await expect(page.locator('.no-js-note')).toBeVisible();
        await expect(page.locator('.tool-bar')).toBeHidden();
        await expect(page.locator('.check-item')).toHaveCount(itemCount(tool.id));
        await expect(page.locator('.check-item textarea')).toHaveCount(itemCount(tool.id));
      });
    });
  });
}

test.describe(`the checklist engine, on ${TOOLS[0]!.path}`, () => {
  const tool = TOOLS[0]!;

  test('exports CSV and Markdown that import back after clearing', async ({ page }) => {
    await page.goto(tool.path);
    await firstItem(page).getByLabel(tool.answer, { exact: true }).check();
    await firstItem(page).getByLabel('Your notes').fill('Note with, a comma and "quotes"');
    for (const [button, ext] of [
      ['Export as CSV', 'csv'],
      ['Export as Markdown', 'md'],
    ] as const) {
      const file = await downloadFrom(page, button);
      expect(file.suggestedFilename()).toMatch(new RegExp(`^${tool.id}-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`));
      const path = await file.path();
      await page.getByRole('button', { name: 'Clear all answers' }).click();
      await page.getByRole('button', { name: 'Yes, clear all answers' }).click();
      await expect(page.locator('#tool-status')).toHaveText('All answers have been cleared from this browser.');
      await expect(firstItem(page).getByLabel('Your notes')).toHaveValue('');
      await page.locator('#tool-import').setInputFiles(path);
      await expect(page.locator('#tool-status')).toContainText('Imported');
      await expect(firstItem(page).getByLabel(tool.answer, { exact: true })).toBeChecked();
      await expect(firstItem(page).getByLabel('Your notes')).toHaveValue('Note with, a comma and "quotes"');
    }
  });

  test('refuses a malformed or foreign file and keeps the answers', async ({ page }) => {
    await page.goto(tool.path);
    await firstItem(page).getByLabel('Your notes').fill('Keep me');
    const other = TOOLS.find((t) => t.id !== tool.id)!.id;
    const files = [
      { name: 'junk.csv', mimeType: 'text/csv', buffer: Buffer.from('name,age\nAnn,3') },
      { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('checklist,version,section,item,question,status,note\n"oops') },
      {
        name: 'other.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`checklist,version,section,item,question,status,note\n${other},1,S,x,Q,Yes,`),
      },
      { name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.from('') },
    ];
    for (const f of files) {
      await page.locator('#tool-import').setInputFiles(f);
      await expect(page.locator('#tool-error')).toContainText(`We could not import ${f.name}`);
      await expect(page.locator('#tool-error')).toContainText('Your answers have not changed');
      await expect(firstItem(page).getByLabel('Your notes')).toHaveValue('Keep me');
    }
  });

  test('keeps corrupt stored data as a download instead of dropping it', async ({ page }) => {
    await page.goto(tool.path);
    await page.evaluate((key) => localStorage.setItem(key, '{"checklist": broken'), `ahp-hub:checklist:${tool.id}`);
    await page.reload();
    await expect(page.locator('#backup-message')).toContainText('We could not read the answers saved in this browser');
    const file = await downloadFrom(page, 'Download the answers we could not use');
    expect(readFileSync(await file.path(), 'utf8')).toBe('{"checklist": broken');
    await expectNoAxeViolations(page);
  });

  test('works for the visit when storage is blocked, and says so', async ({ page }) => {
    await blockStorage(page);
    await page.goto(tool.path);
    await expect(page.locator('#tool-error')).toContainText('not letting this site save');
    await firstItem(page).getByLabel(tool.answer, { exact: true }).check();
    await expect(page.locator('#tool-summary')).toContainText('You have answered 1 of');
  });

  test('can be used with the keyboard alone', async ({ page }) => {
    await page.goto(tool.path);
    const radio = firstItem(page).getByRole('radio').first();
    await radio.focus();
    await page.keyboard.press('ArrowRight');
    await expect(firstItem(page).getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(firstItem(page).getByLabel('Your notes')).toBeFocused();
    await page.keyboard.type('typed');
    await expect(page.locator('#tool-summary')).toContainText('You have answered 1 of');
  });

  test('prints a summary of what was recorded', async ({ page }) => {
    await page.goto(tool.path);
    await firstItem(page).getByLabel(tool.answer, { exact: true }).check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.tool-bar')).toBeHidden();
    await expect(page.locator('.site-header nav')).toBeHidden();
    await expect(firstItem(page).locator('.choice').filter({ hasText: tool.answer })).toBeVisible();
    await expect(firstItem(page).locator('.choice').filter({ hasNotText: tool.answer }).first()).toBeHidden();
  });
});

test.describe('checklist data, saving and tabs', () => {
  const tool = TOOLS[0]!;
  const key = `ahp-hub:checklist:${tool.id}`;
  const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), key);

  test('reads the questions from the page’s data block, not from the labels on screen', async ({ page }) => {
    // Change the first question's label as served; the export must still use the checklist's own wording.
    let question = '';
    await page.route(`**${tool.path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(<span class="item-number">1\.<\/span>)\s*([^<]+)/,
        (_, number: string, text: string) => {
          question = text.trim();
          return `${number} Relabelled on screen`;
        },
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(tool.path);
    await expect(firstItem(page).locator('legend')).toContainText('Relabelled on screen');
    const file = await downloadFrom(page, 'Export as CSV');
    const rows = parseCsv(readFileSync(await file.path(), 'utf8'));
    expect(question).not.toBe('');
    expect(rows[1]![4]).toBe(question);
  });

  test('saves at once when the page is hidden or left, without waiting for typing to stop', async ({ page }) => {
    // A paused clock: the save after typing stops can never fire by itself.
    await page.clock.install({ time: new Date('2026-12-01T09:00:00Z') });
    await page.goto(tool.path);
    await page.clock.pauseAt(new Date('2026-12-01T10:00:00Z'));
    await firstItem(page).getByLabel('Your notes').fill('Typed just now');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(Object.values((await stored(page)).answers ?? {})).toContainEqual({ status: '', note: 'Typed just now' });
    await firstItem(page).getByLabel('Your notes').fill('Typed before leaving');
    await page.reload();
    await expect(firstItem(page).getByLabel('Your notes')).toHaveValue('Typed before leaving');
  });

  test('two tabs bring in each other’s answers and neither overwrites the other', async ({ context }) => {
    const [one, two] = [await context.newPage(), await context.newPage()];
    await one.goto(tool.path);
    await two.goto(tool.path);
    const item = (page: Page, n: number) => page.locator('.check-item').nth(n);
    await item(one, 0).getByLabel(tool.answer, { exact: true }).check();
    await expect(item(two, 0).getByLabel(tool.answer, { exact: true })).toBeChecked();
    await expect(two.locator('#tool-status')).toHaveText('Answers changed in another tab have been brought in.');
    await item(two, 1).getByLabel('Your notes').fill('From tab two');
    await expect(item(one, 1).getByLabel('Your notes')).toHaveValue('From tab two');
    await item(one, 2).getByLabel('Your notes').fill('From tab one');
    await expect(item(two, 2).getByLabel('Your notes')).toHaveValue('From tab one');
    for (const page of [one, two]) {
      await page.reload();
      await expect(item(page, 0).getByLabel(tool.answer, { exact: true })).toBeChecked();
      await expect(item(page, 1).getByLabel('Your notes')).toHaveValue('From tab two');
      await expect(item(page, 2).getByLabel('Your notes')).toHaveValue('From tab one');
    }
  });

  test('a storage-full message goes away once a save works again', async ({ page }) => {
    await failStorage(page, key, false);
    await page.goto(tool.path);
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
    await firstItem(page).getByLabel(tool.answer, { exact: true }).check();
    await expect(page.locator('#tool-error')).toContainText('storage for this site is full');
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
    await firstItem(page).getByLabel('Your notes').fill('Saved now');
    await expect(page.locator('#tool-error')).toHaveText('');
  });

  test('says answers were kept aside only when they were, and otherwise offers them at once', async ({ page }) => {
    await page.goto(tool.path);
    await page.evaluate((k) => localStorage.setItem(k, '{"checklist": broken'), key);
    await failStorage(page, `${key}:backup`, true);
    await page.reload();
    await expect(page.locator('#backup-message')).toContainText('could not be kept in this browser, so download it now');
    await expect(page.locator('#backup-message')).not.toContainText('has been kept aside');
    const file = await downloadFrom(page, 'Download the answers we could not use');
    expect(readFileSync(await file.path(), 'utf8')).toBe('{"checklist": broken');
  });

  test('sets aside stored answers whose status is not one of its own', async ({ page }) => {
    await page.goto(tool.path);
    const first = await firstItem(page).getAttribute('data-item');
    await page.evaluate(
      ([k, id]) =>
        localStorage.setItem(
          k,
          JSON.stringify({ checklist: 'greener-actions', version: 1, answers: { [id]: { status: 'toString', note: 'odd' } } }),
        ),
      [key, first!] as const,
    );
    await page.reload();
    await expect(page.locator('#backup-message')).toContainText('some saved answers could not be used');
    await expect(page.locator('#tool-summary')).toContainText('You have answered 0 of');
    await expect(firstItem(page).getByLabel('Your notes')).toHaveValue('');
  });
});
