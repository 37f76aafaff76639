/** Steps the tool tests share: downloading what a button offers, and a browser that blocks storage. */
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
