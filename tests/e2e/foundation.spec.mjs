// The contract other tests and embedding sites rely on, at the root and under a sub-path.
import { test, expect } from '@playwright/test';
import { completeAssessment, nextPage, openIntro, roleMatch, watchConsole } from './helpers.mjs';

for (const path of ['./', '/some/path/']) {
  test(`answer everything and read the report, served at ${path}`, async ({ page }) => {
    const noErrors = watchConsole(page);
    await openIntro(page, path);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await nextPage(page); // past Background
    // Each item is a fieldset whose legend is the situation, with radios 1–5 then "na".
    const first = page.locator('fieldset.item').first();
    await expect(first.locator('legend')).not.toBeEmpty();
    const values = await first.locator('input[type=radio]').evaluateAll((xs) => xs.map((x) => x.value));
    expect(values).toEqual(['1', '2', '3', '4', '5', 'na']);
    await nextPage(page, 'Back');
    await completeAssessment(page, () => '5');
    expect(await roleMatch(page)).toBe(100);
    await expect(page.getByTestId('verdict')).toHaveText('Ready now');
    // The report survives a reload.
    await page.reload();
    await expect(page.getByTestId('verdict')).toHaveText('Ready now');
    expect(await roleMatch(page)).toBe(100);
    noErrors();
  });
}

test('every answer is a level: all at level 3 misses one minimum, a quarter to close for someone in the role', async ({ page }) => {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  // Every background question at its last option: a manager of managers with eight or more
  // reports, the move on offer.
  await completeAssessment(page, () => '3');
  // Only mentoring (minimum 4, weight 1.5) is short, by one level: 100 × (1 − 1.5 / 32.5) = 95.
  expect(await roleMatch(page)).toBe(95);
  // Someone who does the job already, with one gap that closes in a quarter: "Ready now", and
  // the gap is the plan's first work, never hidden.
  await expect(page.getByTestId('verdict')).toHaveText('Ready now');
  await expect(page.getByTestId('plan-summary')).toContainText('You already do this job, and what is short closes in it: Mentoring and coaching, in about three months.');
  await expect(page.locator('.plan-steps .action-meta').first()).toContainText('Mentoring and coaching');
});
