/** Steps the tool tests share: downloading what a button offers, and a browser that blocks storage or is full. */
import type { Download, Page } from '@playwright/test';

/** Clicks the button with this accessible name and returns the file it downloads. */
export async function downloadFrom(page: Page, button: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return downloading;
}

/** Makes every use of localStorage throw, as it does when a browser blocks site storage. */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
}

/**
 * Makes saving under exactly `key` fail as it does when the site's storage is full, while
 * `window.storageFull` is true (it starts as `startFull`; a test can flip it to free space).
 */
export async function failStorage(page: Page, key: string, startFull: boolean): Promise<void> {
  await page.addInitScript(
    ([key, startFull]) => {
      const w = window as unknown as { storageFull: boolean };
      w.storageFull = startFull;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (w.storageFull && k === key) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, k, v);
      };
    },
    [key, startFull] as const,
  );
}

/** A tool's larger script, which its small entry loads on first use (src/lib/browser/load-on-use.ts). */
export const TOOL_ENGINE = /\/_astro\/client-engine\.[\w-]+\.js$/;

/** Holds a tool's larger script back until `release` is called; `asked` says whether the page has asked for it. */
export async function holdEngine(page: Page): Promise<{ asked: boolean; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = { asked: false, release };
  await page.route(TOOL_ENGINE, async (route) => {
    held.asked = true;
    await released;
    await route.continue();
  });
  return held;
}
