/**
 * Saved answers across versions, for both tools that save (the checklist engine, on one
 * checklist, and the job planning calculator): data saved by a newer version is never written
 * over, whether found on load or saved by another tab after this one opened; data this version
 * cannot use is set aside once, however many visits find it, within a size limit; and clearing
 * says what it cleared. The pure rules are unit-tested beside src/lib/browser/store.ts and set-aside.ts.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { downloadFrom } from './helpers/tools';

const OUT_OF_DATE = 'This page is out of date: reload to see your latest answers.';
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const store = (page: Page, key: string, value: string) => page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
/** Saves at once, as when the page is hidden, instead of waiting for typing to stop. */
const flush = (page: Page) =>
  page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });

test.describe('a checklist’s saved answers across versions', () => {
  const path = '/greener/my-greener-actions/';
  const id = 'greener-actions';
  const key = `ahp-hub:checklist:${id}`;
  const yaml = parse(readFileSync(join(process.cwd(), 'content', 'checklists', `${id}.yaml`), 'utf8')) as {
    version: number;
    sections: { items: { id: string }[] }[];
  };
  const first = yaml.sections[0]!.items[0]!.id;
  const newer = JSON.stringify({
    checklist: id,
    version: yaml.version + 1,
    savedAt: '2027-01-01T00:00:00.000Z',
    answers: { [first]: { status: 'done', note: 'Saved by the newer version' }, 'new-item': { status: 'planned', note: '' } },
  });
  const item = (page: Page) => page.locator('.check-item').first();

  test('finds newer data on load, keeps it untouched, says so, and saves nothing over it', async ({ page }) => {
    await page.goto(path);
    await store(page, key, newer);
    await page.reload();
    await expect(page.locator('#tool-error')).toContainText(OUT_OF_DATE);
    await item(page).getByLabel('Planned', { exact: true }).check();
    await item(page).getByRole('textbox').fill('Typed in the old page');
    await flush(page);
    expect(await stored(page, key)).toBe(newer);
    await page.getByRole('button', { name: 'Clear all answers' }).click();
    await page.getByRole('button', { name: 'Yes, clear all answers' }).click();
    await expect(page.locator('#tool-status')).toHaveText(`${OUT_OF_DATE} Nothing you change here will be saved. Nothing was cleared.`);
    expect(await stored(page, key)).toBe(newer);
    await page.locator('#tool-import').setInputFiles(await (await downloadFrom(page, 'Export as CSV')).path());
    await expect(page.locator('#tool-status')).toContainText('Nothing was imported.');
    expect(await stored(page, key)).toBe(newer);
    await expect(page.locator('.backup')).toBeHidden();
  });

  test('a tab still open on the old version checks before every save', async ({ context }) => {
    const [old, fresh] = [await context.newPage(), await context.newPage()];
    await old.goto(path);
    await item(old).getByLabel('Planned', { exact: true }).check();
    await expect.poll(() => stored(old, key)).toContain('"planned"');
    // Another tab, on the newer version, saves: the old tab hears of it and stops saving.
    await fresh.goto(path);
    await store(fresh, key, newer);
    await expect(old.locator('#tool-error')).toContainText(OUT_OF_DATE);
    await item(old).getByLabel('Doing', { exact: true }).check();
    await flush(old);
    expect(await stored(old, key)).toBe(newer);
  });

  test('the check before a save catches newer data even when no storage event arrived', async ({ page }) => {
    await page.goto(path);
    // Written from this page, so no storage event reaches it: only the check before saving can see it.
    await store(page, key, newer);
    await item(page).getByRole('textbox').fill('Edited in the old tab');
    await flush(page);
    expect(await stored(page, key)).toBe(newer);
    await expect(page.locator('#tool-error')).toContainText(OUT_OF_DATE);
  });

  test('older answers are migrated and set aside once, however many visits follow', async ({ page }) => {
    await page.goto(path);
    const older = {
      checklist: id,
      version: yaml.version - 1,
      savedAt: '',
      answers: { [first]: { status: 'done', note: 'kept' }, retired: { status: 'doing', note: 'an item since removed' } },
    };
    await store(page, key, JSON.stringify(older));
    for (let visit = 0; visit < 4; visit += 1) {
      await page.reload();
      await expect(page.locator('#backup-message')).toBeVisible();
      await expect(item(page).getByRole('textbox')).toHaveValue('kept');
    }
    const saved = JSON.parse((await stored(page, key))!);
    expect(saved.version).toBe(yaml.version);
    expect(saved.answers.retired).toBeUndefined();
    const backup = JSON.parse((await stored(page, `${key}:backup`))!);
    expect(backup).toHaveLength(2);
    expect(JSON.parse(backup[1]).answers).toEqual({ retired: { status: 'doing', note: 'an item since removed' } });
  });

  test('unreadable data is set aside once, not appended again on every visit', async ({ page }) => {
    await page.goto(path);
    await store(page, key, '{"a": bad');
    const sizes: number[] = [];
    for (let visit = 0; visit < 4; visit += 1) {
      await page.reload();
      await expect(page.locator('#backup-message')).toBeVisible();
      sizes.push((await stored(page, `${key}:backup`))!.length);
    }
    expect(new Set(sizes).size).toBe(1);
    expect(await stored(page, key)).toBeNull();
    const file = await downloadFrom(page, 'Download the answers we could not use');
    expect(readFileSync(await file.path(), 'utf8')).toBe('{"a": bad');
  });

  test('a backup an earlier version repeated is read as one copy', async ({ page }) => {
    await page.goto(path);
    await store(page, `${key}:backup`, Array(4).fill('{"a": bad').join('\n\n'));
    await page.reload();
    await expect(page.locator('#backup-message')).toContainText('Some answers saved earlier could not be used');
    expect(JSON.parse((await stored(page, `${key}:backup`))!)).toEqual(['ahp-hub:set-aside', '{"a": bad']);
    const file = await downloadFrom(page, 'Download the answers we could not use');
    expect(readFileSync(await file.path(), 'utf8')).toBe('{"a": bad');
  });

  test('data too large to keep aside is offered at once, and the notice says why', async ({ page }) => {
    await page.goto(path);
    const huge = `{"broken": "${'x'.repeat(300_000)}`;
    await store(page, key, huge);
    await page.reload();
    await expect(page.locator('#backup-message')).toContainText('is too large to keep in this browser, so download it now');
    expect(await stored(page, `${key}:backup`)).toBeNull();
    const file = await downloadFrom(page, 'Download the answers we could not use');
    expect(readFileSync(await file.path(), 'utf8')).toBe(huge);
  });

  test('“Clear all answers” clears the set-aside answers too, and says what it cleared', async ({ page }) => {
    await page.goto(path);
    await store(page, `${key}:backup`, 'set aside earlier');
    await page.reload();
    await item(page).getByLabel('Done', { exact: true }).check();
    await item(page).getByRole('textbox').fill('A note');
    await page.locator('.check-item').nth(1).getByLabel('Planned', { exact: true }).check();
    await page.getByRole('button', { name: 'Clear all answers' }).click();
    await expect(page.getByRole('group', { name: 'Clear all answers?' })).toHaveAccessibleDescription(
      'This removes every answer and note from this browser, and the answers set aside that could not be used. Export them first if you want to keep them.',
    );
    await page.getByRole('button', { name: 'Yes, clear all answers' }).click();
    await expect(page.locator('#tool-status')).toHaveText(
      'All answers have been cleared from this browser: 2 answers, 1 note and the answers set aside.',
    );
    await expect(page.locator('.backup')).toBeHidden();
    expect(await stored(page, key)).toBeNull();
    expect(await stored(page, `${key}:backup`)).toBeNull();
  });
});

test.describe('the calculator’s saved team across versions', () => {
  const path = '/job-planning/';
  const key = 'ahp-hub:job-planning';
  const newer = JSON.stringify({ version: 2, savedAt: '2027-01-01T00:00:00.000Z', draft: {}, team: [{ name: 'Saved by v2' }] });

  test('finds newer data on load, keeps it untouched, says so, and saves nothing over it', async ({ page }) => {
    await page.goto(path);
    await store(page, key, newer);
    await page.reload();
    await expect(page.locator('#jp-error')).toContainText(OUT_OF_DATE);
    await page.getByLabel('Name or role').fill('Typed in the old page');
    await flush(page);
    expect(await stored(page, key)).toBe(newer);
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect(page.locator('#jp-status')).toContainText('Nothing was cleared.');
    expect(await stored(page, key)).toBe(newer);
    await expect(page.locator('.backup')).toBeHidden();
  });

  test('a tab still open on the old version checks before every save', async ({ context }) => {
    const [old, fresh] = [await context.newPage(), await context.newPage()];
    await old.goto(path);
    await fresh.goto(path);
    await store(fresh, key, newer);
    await expect(old.locator('#jp-error')).toContainText(OUT_OF_DATE);
    await old.getByLabel('Name or role').fill('Edited in the old tab');
    await flush(old);
    expect(await stored(old, key)).toBe(newer);
    // And without the storage event: written from the page itself, caught by the check before saving.
    const page = await context.newPage();
    await page.goto(path);
    await store(page, key, '{"version":1,"savedAt":"","draft":{},"team":[]}');
    await page.reload();
    await store(page, key, newer);
    await page.getByLabel('Name or role').fill('Edited');
    await flush(page);
    expect(await stored(page, key)).toBe(newer);
  });

  test('unreadable data is set aside once, and clearing removes it too, saying so', async ({ page }) => {
    await page.goto(path);
    await store(page, key, '{"version": 1, "team": [broken');
    for (let visit = 0; visit < 3; visit += 1) {
      await page.reload();
      await expect(page.locator('#jp-backup-message')).toBeVisible();
    }
    expect(JSON.parse((await stored(page, `${key}:backup`))!)).toHaveLength(2);
    expect(await stored(page, key)).toBeNull();
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect(page.locator('#jp-status')).toHaveText(
      'The team and the form’s figures, and the data set aside that could not be used, have been cleared from this browser.',
    );
    expect(await stored(page, `${key}:backup`)).toBeNull();
  });
});
