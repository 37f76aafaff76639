import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const q of process.argv.slice(2)) {
  await page.goto(`http://localhost:4424/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => { const t = document.querySelector('#search-status')?.textContent ?? ''; return t !== '' && t !== 'Searching…'; }, null, { timeout: 20000 });
  console.log(q, '=>', await page.locator('#search-status').textContent());
  console.log((await page.locator('#search-results > li').evaluateAll((l) => l.slice(0, 5).map((x) => x.querySelector('a')?.getAttribute('href') + ' | ' + (x.querySelector('.search-part')?.textContent ?? '')))).join('\n'));
}
await browser.close();
