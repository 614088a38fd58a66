// Two tabs of the same browser: a change in one appears in the other, and answers given in
// different tabs are all kept (docs/storage.md, "Two tabs").
import { test, expect } from '@playwright/test';
import { nextPage, openIntro, watchConsole } from './helpers.mjs';

const item = (page, n) => page.locator('fieldset.item').nth(n);

test('two tabs answer different items and both answers survive a reload', async ({ context }) => {
  const a = await context.newPage();
  const noErrors = watchConsole(a);
  await openIntro(a);
  await a.getByRole('button', { name: 'Start', exact: true }).click();
  await nextPage(a); // past Background, to the first competency
  await expect(a).toHaveURL(/#\/q\/2$/);

  // The second tab opens the same page of the same assessment.
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(b.locator('.questionnaire h1')).toHaveText(await a.locator('.questionnaire h1').textContent());

  // Tab A answers the first item: tab B shows it without a reload.
  await item(a, 0).locator('input[value="4"]').check();
  await expect(item(b, 0).locator('input[value="4"]')).toBeChecked();

  // Both answer different items at once, without waiting for each other.
  await Promise.all([
    item(a, 1).locator('input[value="2"]').check(),
    item(b, 2).locator('input[value="na"]').check(),
  ]);
  await a.locator('#evidence').fill('Paired with our intern every week.');

  // After a reload of either tab, every answer is there.
  for (const page of [a, b]) {
    await page.waitForTimeout(700); // longer than the longest save delay (500 ms)
    await page.reload();
    await expect(item(page, 0).locator('input[value="4"]')).toBeChecked();
    await expect(item(page, 1).locator('input[value="2"]')).toBeChecked();
    await expect(item(page, 2).locator('input[value="na"]')).toBeChecked();
    await expect(page.locator('#evidence')).toHaveValue('Paired with our intern every week.');
  }
  noErrors();
});
