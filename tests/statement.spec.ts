import { test, expect } from '@playwright/test';
import { CONTACT, expectNoAxeViolations } from './helpers/site';

test.describe('the accessibility statement', () => {
  test('gives a working contact, the enforcement procedure, the compliance status, known problems and its review date', async ({
    page,
  }) => {
    await page.goto('/about/accessibility/');
    const main = page.getByRole('main');
    // The contact is the deployer's, from CONTACT_URL: the test build's is a reserved example.org address.
    const contact = main.getByRole('link', { name: CONTACT.text });
    await expect(contact).toHaveAttribute('href', CONTACT.href);
    expect(CONTACT.href).toMatch(/^(mailto:[^@]+@|https:\/\/)/);
    await expect(main.getByRole('heading', { name: 'If you are not happy with our reply' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Equality Advisory and Support Service (EASS)', exact: true })).toHaveAttribute(
      'href',
      'https://www.equalityadvisoryservice.com/',
    );
    await expect(main).toContainText('Equality and Human Rights Commission (EHRC)');
    await expect(main.getByRole('heading', { name: 'Compliance status' })).toBeVisible();
    await expect(main).toContainText('partially compliant with WCAG 2.2 level AA');
    const known = main.getByRole('heading', { name: 'Known problems' });
    await expect(known).toBeVisible();
    // Each known problem names the WCAG criterion it fails; with none listed, the section says none is known.
    const problems = await page.locator('#known-problems').evaluate((heading) => {
      const items: string[] = [];
      for (let el = heading.nextElementSibling; el && !/^H[1-3]$/.test(el.tagName); el = el.nextElementSibling)
        if (el.tagName === 'UL') items.push(...[...el.children].map((li) => li.textContent ?? ''));
      return items;
    });
    for (const text of problems) expect(text).toMatch(/WCAG \d\.\d\.\d+ \(/);
    if (problems.length === 0) await expect(main).toContainText('We know of no part of the hub that fails WCAG 2.2 level AA');
    await expect(main).toContainText(/We last reviewed it on \d{1,2} \w+ 20\d\d\./);
    await expect(page.locator('main dl time').first()).toHaveAttribute('datetime', /^20\d\d-\d\d-\d\d$/);
    await expectNoAxeViolations(page);
  });

  test('the known problems link in the summary reaches its section with the keyboard', async ({ page }) => {
    await page.goto('/about/accessibility/');
    const link = page.getByRole('main').getByRole('link', { name: 'known problems' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#known-problems$/);
    await expect(page.getByRole('heading', { name: 'Known problems' })).toBeInViewport();
  });
});

test('every page’s footer offers the same contact for reporting a wrong fact, with and without JavaScript', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    for (const path of ['/', '/professions/podiatrists/', '/no-such-page/']) {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      await expect(footer).toContainText(`Found a wrong fact, or something on the hub you cannot use? Tell us: ${CONTACT.text}`);
      await expect(footer.getByRole('link', { name: CONTACT.text })).toHaveAttribute('href', CONTACT.href);
    }
    await context.close();
  }
});

test('the about page offers the same contact for reporting a mistake', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('#report-a-mistake ~ p').getByRole('link', { name: CONTACT.text }).first()).toHaveAttribute(
    'href',
    CONTACT.href,
  );
});
