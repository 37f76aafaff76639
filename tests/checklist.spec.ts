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
import { LOAD_FAILED } from '../src/lib/browser/load-on-use';
import { expectNoAxeViolations, blockSiteScripts } from './helpers/site';
import { TOOL_ENGINE, blockStorage, downloadFrom, failStorage, holdEngine } from './helpers/tools';

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
      await firstItem(page).getByRole('textbox').fill('Talk to the team on Monday');
      await expect(page.locator('#tool-summary')).toContainText('You have answered 1 of');
      await expect(page.locator('.section-progress').first()).toContainText('1 of');
      await page.reload();
      await expect(firstItem(page).getByLabel(tool.answer, { exact: true })).toBeChecked();
      await expect(firstItem(page).getByRole('textbox')).toHaveValue('Talk to the team on Monday');
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
    await firstItem(page).getByRole('textbox').fill('Note with, a comma and "quotes"');
    for (const [button, ext] of [
      ['Export as CSV', 'csv'],
      ['Export as Markdown', 'md'],
    ] as const) {
      const file = await downloadFrom(page, button);
      expect(file.suggestedFilename()).toMatch(new RegExp(`^${tool.id}-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`));
      const path = await file.path();
      await page.getByRole('button', { name: 'Clear all answers' }).click();
      await page.getByRole('button', { name: 'Yes, clear all answers' }).click();
      await expect(page.locator('#tool-status')).toHaveText('All answers have been cleared from this browser: 1 answer and 1 note.');
      await expect(firstItem(page).getByRole('textbox')).toHaveValue('');
      await page.locator('#tool-import').setInputFiles(path);
      await expect(page.locator('#tool-status')).toContainText('Imported');
      await expect(firstItem(page).getByLabel(tool.answer, { exact: true })).toBeChecked();
      await expect(firstItem(page).getByRole('textbox')).toHaveValue('Note with, a comma and "quotes"');
    }
  });

  test('refuses a malformed or foreign file and keeps the answers', async ({ page }) => {
    await page.goto(tool.path);
    await firstItem(page).getByRole('textbox').fill('Keep me');
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
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(`${f.name} could not be imported`);
      await expect(page.locator('.error-summary')).toContainText('Your answers have not changed');
      await expect(firstItem(page).getByRole('textbox')).toHaveValue('Keep me');
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
    await expect(firstItem(page).getByRole('textbox')).toBeFocused();
    // The notes box is inside its question's group, so leaving the radios lands in it, named after the question.
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('input[type=radio]') !== null)).toBe(true);
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
    // The rest of the script loads on first use: this test is of the rest, so it is running (it has
    // marked every question unanswered) before the typing starts. Its arriving late is tested below.
    await firstItem(page).getByRole('textbox').focus();
    await expect(firstItem(page).getByRole('radio').first()).toBeChecked();
    await firstItem(page).getByRole('textbox').fill('Typed just now');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(Object.values((await stored(page)).answers ?? {})).toContainEqual({ status: '', note: 'Typed just now' });
    await firstItem(page).getByRole('textbox').fill('Typed before leaving');
    await page.reload();
    await expect(firstItem(page).getByRole('textbox')).toHaveValue('Typed before leaving');
  });

  test('two tabs bring in each other’s answers and neither overwrites the other', async ({ context }) => {
    const [one, two] = [await context.newPage(), await context.newPage()];
    await one.goto(tool.path);
    await two.goto(tool.path);
    const item = (page: Page, n: number) => page.locator('.check-item').nth(n);
    await item(one, 0).getByLabel(tool.answer, { exact: true }).check();
    await expect(item(two, 0).getByLabel(tool.answer, { exact: true })).toBeChecked();
    await expect(two.locator('#tool-status')).toHaveText('Answers changed in another tab have been brought in.');
    await item(two, 1).getByRole('textbox').fill('From tab two');
    await expect(item(one, 1).getByRole('textbox')).toHaveValue('From tab two');
    await item(one, 2).getByRole('textbox').fill('From tab one');
    await expect(item(two, 2).getByRole('textbox')).toHaveValue('From tab one');
    for (const page of [one, two]) {
      await page.reload();
      await expect(item(page, 0).getByLabel(tool.answer, { exact: true })).toBeChecked();
      await expect(item(page, 1).getByRole('textbox')).toHaveValue('From tab two');
      await expect(item(page, 2).getByRole('textbox')).toHaveValue('From tab one');
    }
  });

  test('a storage-full message goes away once a save works again', async ({ page }) => {
    await failStorage(page, key, false);
    await page.goto(tool.path);
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
    await firstItem(page).getByLabel(tool.answer, { exact: true }).check();
    await expect(page.locator('#tool-error')).toContainText('storage for this site is full');
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
    await firstItem(page).getByRole('textbox').fill('Saved now');
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
    await expect(firstItem(page).getByRole('textbox')).toHaveValue('');
  });
});

test.describe('the rest of the checklist’s script, loaded on first use', () => {
  // Once the service worker controls the page it fetches scripts itself, past page.route and the page's request events.
  test.use({ serviceWorkers: 'block' });
  const tool = TOOLS[0]!;
  const key = `ahp-hub:checklist:${tool.id}`;
  const total = itemCount(tool.id);

  for (const { path } of TOOLS)
    test(`a visit to ${path} that only reads it never fetches the rest, and shows the tool bar and progress at once`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.mouse.wheel(0, 3000);
      await page.keyboard.press('Tab'); // the skip link, outside the checklist
      await page.waitForLoadState('networkidle');
      expect(requested.filter((p) => TOOL_ENGINE.test(p))).toEqual([]);
      await expect(page.locator('.tool-bar')).toBeVisible();
      await expect(page.locator('.no-js-note')).toBeHidden();
      await expect(page.locator('#tool-summary')).toHaveText(/^You have answered 0 of \d+\.$/);
      await expect(page.locator('.section-progress').first()).toBeVisible();
      await expect(page.locator('.section-progress').first()).toHaveText(/^0 of \d+ answered$/);
      // Starting to use it fetches the rest.
      await page.locator('.check-item textarea').first().focus();
      await expect.poll(() => requested.filter((p) => TOOL_ENGINE.test(p)).length).toBe(1);
    });

  test('printed before it is used, the checklist shows every answer, to fill in on paper', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(tool.path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.tool-bar')).toBeHidden();
    await expect(firstItem(page).locator('.choice')).toHaveCount(4);
    for (const choice of await firstItem(page).locator('.choice').all()) await expect(choice).toBeVisible();
    expect(requested.filter((p) => TOOL_ENGINE.test(p))).toEqual([]);
  });

  test('the build writes the same progress lines the script writes, for no answers', async ({ page }) => {
    await page.goto(tool.path);
    const built = await page.locator('#tool-summary, .section-progress').allTextContents();
    await page.locator('.check-item textarea').first().focus();
    await expect(firstItem(page).getByRole('radio').first()).toBeChecked();
    expect(await page.locator('#tool-summary, .section-progress').allTextContents()).toEqual(built.map((t) => t.trim()));
    expect(built[0]).toBe(`You have answered 0 of ${total}.`);
  });

  test('when the rest cannot be loaded, the tool says so, keeps the answer, and loads it on the next use', async ({ page }) => {
    let offline = true;
    await page.route(TOOL_ENGINE, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(tool.path);
    await firstItem(page).getByLabel(tool.answer, { exact: true }).check();
    const alert = page.locator('#tool').getByRole('alert').filter({ hasText: LOAD_FAILED });
    await expect(alert).toBeVisible();
    await expect(page.locator('#tool-summary')).toHaveText(`You have answered 0 of ${total}.`);
    // Back online, the next use loads it: the answer given while it could not load is counted and saved, and the message goes.
    offline = false;
    await firstItem(page).getByRole('textbox').focus();
    await expect(page.locator('#tool-summary')).toHaveText(`You have answered 1 of ${total}.`);
    await expect(alert).toHaveCount(0);
    const item = await firstItem(page).getAttribute('data-item');
    await expect
      .poll(() => page.evaluate((k) => Object.entries(localStorage).find(([name]) => name.startsWith(k))?.[1] ?? '', key))
      .toContain(`"${item}"`);
  });

  test('an answer, a note and a button pressed while the rest is on its way are carried through once it arrives', async ({ page }) => {
    const held = await holdEngine(page);
    await page.goto(tool.path);
    // While it is held back the tool bar is already there, with its buttons.
    await expect(page.locator('.tool-bar')).toBeVisible();
    await expect(page.locator('.no-js-note')).toBeHidden();
    await firstItem(page).getByLabel(tool.answer, { exact: true }).check();
    await firstItem(page).getByRole('textbox').fill('Typed while it loaded');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    await expect.poll(() => held.asked).toBe(true);
    await expect(page.locator('#tool-summary')).toHaveText(`You have answered 0 of ${total}.`);
    held.release();
    // The export pressed while it was held is made once it arrives, with the answer and the note in it.
    const rows = parseCsv(readFileSync(await (await downloading).path(), 'utf8'));
    expect(rows[1]!.slice(5)).toEqual([tool.answer, 'Typed while it loaded']);
    await expect(page.locator('#tool-status')).toHaveText(/^Your answers have been exported as a CSV file/);
    await expect(page.locator('#tool-summary')).toHaveText(`You have answered 1 of ${total}.`);
    await expect(page.locator('.section-progress').first()).toHaveText(/^1 of \d+ answered \(1 done\)$/);
    await expect(firstItem(page).getByLabel(tool.answer, { exact: true })).toBeChecked();
    await expect(firstItem(page).getByRole('textbox')).toHaveValue('Typed while it loaded');
    const first = await firstItem(page).getAttribute('data-item');
    await expect
      .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').answers, key))
      .toEqual({ [first!]: { status: 'done', note: 'Typed while it loaded' } });
    // Saved answers load the rest at once, without waiting for use, and it restores them.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.reload();
    await expect(firstItem(page).getByLabel(tool.answer, { exact: true })).toBeChecked();
    await expect(firstItem(page).getByRole('textbox')).toHaveValue('Typed while it loaded');
    await expect(page.locator('#tool-summary')).toHaveText(`You have answered 1 of ${total}.`);
    expect(requested.filter((p) => TOOL_ENGINE.test(p))).toHaveLength(1);
  });

  test('a note typed while it is on its way is saved at once if the page is hidden before it arrives', async ({ page }) => {
    // A paused clock: the save after typing stops can never fire by itself.
    await page.clock.install({ time: new Date('2026-12-01T09:00:00Z') });
    const held = await holdEngine(page);
    await page.goto(tool.path);
    await page.clock.pauseAt(new Date('2026-12-01T10:00:00Z'));
    await firstItem(page).getByRole('textbox').fill('Typed, then the page was hidden');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => held.asked).toBe(true);
    held.release();
    await expect
      .poll(() => page.evaluate((k) => Object.values(JSON.parse(localStorage.getItem(k) ?? '{}').answers ?? {}), key))
      .toContainEqual({ status: '', note: 'Typed, then the page was hidden' });
  });

  test('only something saved for this checklist loads the rest at once: its answers or its set-aside copy, not another tool’s', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const engineAsked = () => requested.filter((p) => TOOL_ENGINE.test(p)).length;
    await page.goto(tool.path);
    for (const [k, v, loads] of [
      ['ahp-hub:checklist:inequalities-reflection', '{}', false],
      ['ahp-hub:job-planning', '{}', false],
      [`${key}:backup`, 'set aside earlier', true],
    ] as const) {
      await page.evaluate(([k, v]) => (localStorage.clear(), localStorage.setItem(k, v)), [k, v] as const);
      requested.length = 0;
      await page.reload();
      await page.waitForLoadState('networkidle');
      expect(engineAsked(), `with ${k} saved`).toBe(loads ? 1 : 0);
    }
    await expect(page.locator('#backup-message')).toBeVisible();
  });

  test('another tab’s answers load the rest at once, which brings them in and says so', async ({ context }) => {
    const [one, two] = [await context.newPage(), await context.newPage()];
    await one.goto(tool.path);
    await two.goto(tool.path);
    const requested: string[] = [];
    two.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await firstItem(one).getByLabel(tool.answer, { exact: true }).check();
    await expect(firstItem(two).getByLabel(tool.answer, { exact: true })).toBeChecked();
    await expect(two.locator('#tool-status')).toHaveText('Answers changed in another tab have been brought in.');
    await expect(two.locator('#tool-summary')).toHaveText(`You have answered 1 of ${total}.`);
    expect(requested.filter((p) => TOOL_ENGINE.test(p))).toHaveLength(1);
  });
});

/** The element with keyboard focus, described as `tag#id` or `tag "text"` (document.activeElement). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    return e.id ? `${e.tagName.toLowerCase()}#${e.id}` : `${e.tagName.toLowerCase()} "${e.textContent?.trim()}"`;
  });

/** The checklist's sections and its first item, read from its content file. */
const content = (id: string) =>
  parse(readFileSync(join(process.cwd(), 'content', 'checklists', `${id}.yaml`), 'utf8')) as {
    version: number;
    sections: { title: string; items: { id: string; text: string; prompts?: string[] }[] }[];
  };

test.describe('the checklist as keyboard and screen-reader users meet it', () => {
  const tool = TOOLS[0]!;
  const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

  test('each question is one named group holding its answers and its notes, and each section is a heading', async ({ page }) => {
    await page.goto(tool.path);
    const { sections } = content(tool.id);
    const item = sections[0]!.items[0]!;
    const group = page.getByRole('group', { name: `1. ${item.text}` });
    await expect(group.getByRole('radio')).toHaveCount(4);
    const notes = group.getByRole('textbox', { name: `Notes on ${item.text}`, exact: true });
    await expect(notes).toBeVisible();
    await expect(notes).toHaveAccessibleDescription(item.prompts!.join(' '));
    await expect(group).toHaveAccessibleDescription(item.prompts!.join(' '));
    // Every notes box has its own name: none is left called only "Notes".
    const names = await page.locator('.check-item textarea').evaluateAll((boxes) => boxes.map((b) => b.id));
    expect(new Set(names).size).toBe(itemCount(tool.id));
    for (const section of sections) {
      const heading = page.getByRole('heading', { level: 3, name: section.title, exact: true });
      await expect(heading).toBeVisible();
      expect(await heading.evaluate((h) => h.parentElement?.tagName)).toBe('LEGEND');
    }
  });

  test('clearing: Cancel returns to the button that opened it, and clearing lands on the tool’s heading', async ({ page }) => {
    await page.goto(tool.path);
    await firstItem(page).getByLabel(tool.answer, { exact: true }).check();
    // Focus is checked at once below: the rest of the script, which loads on first use, has counted the answer first.
    await expect(page.locator('#tool-summary')).toHaveText(/^You have answered 1 of/);
    const clear = page.getByRole('button', { name: 'Clear all answers' });
    await clear.focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('button "Cancel"');
    const box = page.getByRole('group', { name: 'Clear all answers?' });
    await expect(box).toHaveAccessibleDescription(
      'This removes every answer and note from this browser. Export them first if you want to keep them.',
    );
    await page.keyboard.press('Enter');
    await expect(box).toBeHidden();
    expect(await focused(page)).toBe('button "Clear all answers"');
    await expect(page.getByRole('status')).toHaveText('Nothing was cleared.');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button "Yes, clear all answers"');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('h2#tool-heading');
    await expect(page.getByRole('status')).toHaveText('All answers have been cleared from this browser: 1 answer.');
    await expect(page.locator('#tool-heading')).toHaveAttribute('tabindex', '-1');
  });

  test('an export says what it saved', async ({ page }) => {
    await page.goto(tool.path);
    await downloadFrom(page, 'Export as CSV');
    await expect(page.getByRole('status')).toHaveText(/^Your answers have been exported as a CSV file, greener-actions-[\d-]+\.csv\.$/);
    await downloadFrom(page, 'Export as Markdown');
    await expect(page.getByRole('status')).toHaveText(/^Your answers have been exported as a Markdown file, .+\.md\.$/);
  });

  test('an import error is summarised at the top, focused, and links to the file field', async ({ page }) => {
    await page.goto(tool.path);
    await page.locator('#tool-import').setInputFiles(file('junk.csv', 'name,age\nAnn,3'));
    const summary = page.locator('.error-summary');
    await expect(summary).toBeVisible();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    // The summary sits above the tool's controls, just under its heading.
    expect(await summary.evaluate((s) => s.previousElementSibling?.id)).toBe('tool-heading');
    const message = 'junk.csv could not be imported: it is not a checklist exported from AHP Hub. Your answers have not changed.';
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(message);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a#error-summary-link');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('input#tool-import');
    const input = page.getByLabel('Import answers from a file you exported (CSV or Markdown)');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(`Error: ${message}`);
    await expect(page.locator('#tool-error')).toHaveText('');
  });

  test('an import says how many answers it took, singular or plural, and how many it did not recognise', async ({ page }) => {
    await page.goto(tool.path);
    const { version, sections } = content(tool.id);
    const id = sections[0]!.items[0]!.id;
    const head = 'checklist,version,section,item,question,status,note';
    await page
      .locator('#tool-import')
      .setInputFiles(file('one.csv', `${head}\n${tool.id},${version},S,${id},Q,Done,\n${tool.id},${version},S,no-such-item,Q,Done,note`));
    await expect(page.getByRole('status')).toHaveText(
      'Imported 1 answer from one.csv. 1 answer in the file was not recognised (its question is not in this checklist) and was not imported.',
    );
    await expect(firstItem(page).getByLabel('Done', { exact: true })).toBeChecked();
  });

  test('a note that looks like the export’s own markers still imports from Markdown', async ({ page }) => {
    await page.goto(tool.path);
    const note = 'See <!-- item: php-mecc --> and\nAnswer: Done';
    await firstItem(page).getByRole('textbox').fill(note);
    const exported = await downloadFrom(page, 'Export as Markdown');
    const path = await exported.path();
    await page.getByRole('button', { name: 'Clear all answers' }).click();
    await page.getByRole('button', { name: 'Yes, clear all answers' }).click();
    await page.locator('#tool-import').setInputFiles(path);
    await expect(page.getByRole('status')).toContainText('Imported 1 answer from');
    await expect(firstItem(page).getByRole('textbox')).toHaveValue(note);
  });

  test('an import asks before it replaces answers that differ, and can be undone', async ({ page }) => {
    await page.goto(tool.path);
    const item = firstItem(page);
    await item.getByLabel('Done', { exact: true }).check();
    await item.getByRole('textbox').fill('Earlier note');
    const earlier = await (await downloadFrom(page, 'Export as CSV')).path();
    await item.getByLabel('Doing', { exact: true }).check();
    await item.getByRole('textbox').fill('Newer note');
    await page.locator('.check-item').nth(1).getByLabel('Planned', { exact: true }).check();

    // Cancel: nothing changes, and focus goes back to the file field.
    await page.locator('#tool-import').setInputFiles(earlier);
    const box = page.getByRole('group', { name: 'Replace 2 of your answers with the file’s?' });
    await expect(box).toBeVisible();
    await expect(box).toHaveAccessibleDescription(/^2 answers you have given differ from .+\. Importing it replaces them/);
    expect(await focused(page)).toBe('button "Cancel"');
    await page.keyboard.press('Enter');
    await expect(box).toBeHidden();
    expect(await focused(page)).toBe('input#tool-import');
    await expect(page.getByRole('status')).toHaveText('Nothing was imported. Your answers have not changed.');
    await expect(item.getByRole('textbox')).toHaveValue('Newer note');

    // Replace: focus moves to the undo the import offers.
    await page.locator('#tool-import').setInputFiles(earlier);
    // The file is read before the question shows: wait for it, and for focus on its Cancel.
    await expect(box).toBeVisible();
    expect(await focused(page)).toBe('button "Cancel"');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button#confirm-import');
    await expect(page.locator('#confirm-import')).toHaveText('Yes, replace 2 answers');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('button "Undo the import"');
    await expect(page.getByRole('status')).toHaveText(/^Imported 1 answer from .+\. 2 answers of yours were replaced\.$/);
    await expect(item.getByRole('textbox')).toHaveValue('Earlier note');
    await expect(page.locator('.check-item').nth(1).getByLabel('Not started', { exact: true })).toBeChecked();

    // Undo: back as before, saved, and focus on the file field as the undo button hides itself.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('input#tool-import');
    await expect(page.getByRole('status')).toHaveText('The import has been undone: your answers are as they were before it.');
    await expect(item.getByRole('textbox')).toHaveValue('Newer note');
    await page.reload();
    await expect(item.getByLabel('Doing', { exact: true })).toBeChecked();
    await expect(page.locator('.check-item').nth(1).getByLabel('Planned', { exact: true })).toBeChecked();
  });

  test('discarding set-aside answers moves focus to the tool’s heading', async ({ page }) => {
    await page.goto(tool.path);
    await page.evaluate((k) => localStorage.setItem(k, 'not json'), `ahp-hub:checklist:${tool.id}`);
    await page.reload();
    await page.getByRole('button', { name: 'Discard them' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('h2#tool-heading');
    await expect(page.getByRole('status')).toHaveText('The set-aside answers have been discarded.');
  });
});

test.describe('at 320 px wide with text at 200%, with JavaScript', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const tool of TOOLS)
    test(`no row of buttons on ${tool.path} scrolls sideways, with every box open`, async ({ page }) => {
      await page.goto(tool.path);
      await page.evaluate((k) => localStorage.setItem(`${k}:backup`, 'set aside earlier'), `ahp-hub:checklist:${tool.id}`);
      await page.reload();
      await page.evaluate(() => {
        document.documentElement.style.setProperty('font-size', '200%');
        for (const box of document.querySelectorAll<HTMLElement>('.confirm, .import-confirm, .undo-import, .error-summary'))
          box.hidden = false;
      });
      await page.locator('#confirm-import').evaluate((b) => (b.textContent = 'Yes, replace 25 answers'));
      await expect(page.locator('.backup')).toBeVisible();
      const sticking = await page.evaluate(() =>
        [...document.querySelectorAll('#tool *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((e) => `${e.tagName} ${e.className}`),
      );
      expect(sticking).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });
});
