// Sharing with no server: links carry the report in the URL fragment.
import { test, expect } from '@playwright/test';
import { completeAssessment, expectAccessible, openIntro, rateAll, roleMatch, watchConsole } from './helpers.mjs';

async function finishOwn(page, pick) {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await completeAssessment(page, pick);
}

async function shareLink(page, mode) {
  await page.getByRole('radio', { name: mode === 'full' ? /^Full answers/ : /^Results only/ }).check();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  expect(link).toMatch(/#\/s\/[A-Za-z0-9_-]+$/);
  return link;
}

test('a full-answers link opens the same report in a fresh browser, and saves nothing there', async ({ page, browser }) => {
  await finishOwn(page, (i) => ['2', '4', '5', '3', 'na'][i % 5]);
  const score = await roleMatch(page);
  const verdict = await page.getByTestId('verdict').textContent();
  const link = await shareLink(page, 'full');

  const context = await browser.newContext();
  const other = await context.newPage();
  const noErrors = watchConsole(other);
  await other.goto(link);
  await expect(other.getByText(/A report shared with you \(full answers/)).toBeVisible();
  await expect(other.getByTestId('verdict')).toHaveText(verdict);
  expect(await roleMatch(other)).toBe(score);
  const saved = await other.evaluate(() => JSON.parse(localStorage.getItem('ready-to-lead') || '{}'));
  expect(saved.current ?? null).toBeNull();
  expect(saved.history ?? []).toEqual([]);
  await expectAccessible(other, 'shared report');
  noErrors();
  await context.close();
});

test('Copy puts the link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await finishOwn(page);
  const link = await shareLink(page, 'results');
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test('a results-only link shows scores and verdict without the answers, and the name only on request', async ({ page, browser }) => {
  await finishOwn(page, (i) => String((i % 5) + 1));
  const score = await roleMatch(page);
  const verdict = await page.getByTestId('verdict').textContent();
  const anonymous = await shareLink(page, 'results');
  await page.getByLabel('Include my name', { exact: true }).check();
  await page.getByLabel('Your name', { exact: true }).fill('Ada Lovelace');
  const named = await page.getByLabel('Share link', { exact: true }).inputValue();
  expect(named).not.toBe(anonymous);
  const full = await shareLink(page, 'full');
  expect(anonymous.length).toBeLessThan(full.length + 60);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(anonymous);
  await expect(other.getByText(/A report shared with you \(results only/)).toBeVisible();
  await expect(other.getByTestId('verdict')).toHaveText(verdict);
  expect(await roleMatch(other)).toBe(score);
  await expect(other.getByRole('button', { name: 'Save to my history' })).toHaveCount(0);
  await expect(other.getByRole('heading', { level: 1 })).not.toContainText('Ada');
  await other.goto(named);
  await expect(other.getByRole('heading', { level: 1 })).toContainText('Ada Lovelace');
  await context.close();
});

test('truncated, mutated and foreign links say what is wrong and offer a way forward', async ({ page }) => {
  await finishOwn(page);
  const link = await shareLink(page, 'full');
  const payload = link.split('#/s/')[1];
  const flip = (c) => (c === 'A' ? 'B' : 'A');
  const cases = [
    [payload.slice(0, 12), 'incomplete'],
    [payload.slice(0, 20) + flip(payload[20]) + payload.slice(21), 'damaged'],
    [payload + 'QUJD', 'damaged'],
    ['hello%20world', 'a character that a Ready to Lead link never has'],
    ['', 'no assessment in it'],
    ['C' + payload.slice(1), 'newer version'],
    ['x'.repeat(30000), 'far longer than any Ready to Lead link'],
  ];
  for (const [bad, words] of cases) {
    await page.goto(`./#/s/${bad}`);
    await expect(page.getByRole('heading', { name: 'This link cannot be opened' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(words);
    await expect(page.getByRole('button', { name: 'Take the assessment yourself' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Go to my report' })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Go to my report' }).click();
  await expect(page.getByTestId('verdict')).toBeVisible();
});

test('rate me: a manager answers in another browser and the engineer sees self vs others', async ({ page, browser }) => {
  await finishOwn(page, () => '4');
  await page.getByRole('button', { name: 'Create a rate-me link' }).click();
  const request = await page.getByLabel('Rate-me link', { exact: true }).inputValue();

  const context = await browser.newContext();
  const rater = await context.newPage();
  await rater.goto(request);
  await expect(rater.getByRole('heading', { level: 1 })).toContainText('asked you to rate them');
  await expectAccessible(rater, 'rating page');
  await rateAll(rater, '2');
  await rater.getByLabel('Your name or role (optional)').fill('My manager');
  await rater.getByRole('button', { name: 'Create my answer link' }).click();
  const answer = await rater.getByLabel('Answer link', { exact: true }).inputValue();
  // A reload keeps the rater's answers.
  await rater.reload();
  await expect(rater.locator('fieldset.item').first().locator('input[value="2"]')).toBeChecked();
  await context.close();

  await page.goto(answer);
  await expect(page.getByRole('heading', { name: 'Ratings from My manager' })).toBeVisible();
  await page.getByRole('button', { name: 'Add to my report' }).click();
  await expect(page.getByTestId('verdict')).toBeVisible();
  const table = page.locator('.feedback-table');
  await expect(table).toBeVisible();
  // Self at level 4 against others at 2 everywhere: every competency is a blind spot.
  const first = table.locator('tbody tr').first();
  await expect(first.locator('td').nth(0)).toHaveText('4.0');
  await expect(first.locator('td').nth(1)).toHaveText('2.0');
  await expect(table.getByText('Blind spot')).toHaveCount(13);
  await page.reload();
  await expect(page.locator('.feedback-table')).toBeVisible();
  await page.getByRole('button', { name: 'Remove the ratings of My manager' }).click();
  await expect(page.locator('.feedback-table')).toHaveCount(0);
});

test('compare with mine, and keep their report apart from my history', async ({ page, browser }) => {
  const context = await browser.newContext();
  const sender = await context.newPage();
  await finishOwn(sender, () => '5');
  const link = await shareLink(sender, 'full');
  await context.close();

  // Two assessments of my own: level 2, then a retake at level 3.
  await finishOwn(page, () => '2');
  await page.getByRole('button', { name: 'Retake with my last answers' }).first().click();
  await completeAssessment(page, () => '3');

  await page.goto(link);
  await page.getByRole('button', { name: 'Compare with mine' }).click();
  const table = page.locator('.compare-table');
  await expect(table.locator('.overall-row')).toContainText('100');
  await expect(table.locator('.overall-row')).toContainText('95');
  await page.getByRole('button', { name: 'Keep this report' }).click();
  await expect(page.getByRole('button', { name: 'Kept in reports shared with me' })).toBeDisabled();

  await page.goto('./#/report');
  // My history holds my two assessments only, and "since last time" compares with my own
  // earlier one (mentoring from 2.0 to 3.0), not with the colleague's.
  await expect(page.locator('.history tbody tr')).toHaveCount(2);
  await expect(page.locator('.competency-table tbody tr').first()).toContainText('+1.0');
  expect(await roleMatch(page)).toBe(95);
  // Their report has a list of its own, and opens read-only.
  const kept = page.locator('.received li');
  await expect(kept).toHaveCount(1);
  await page.reload();
  await expect(page.locator('.received li')).toHaveCount(1);
  await page.locator('.received li a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Someone: readiness for Engineering Manager');
  expect(await roleMatch(page)).toBe(100);
  await expect(page.getByRole('columnheader', { name: 'Since last time' })).toHaveCount(0);
});

test('a rate-me link names the sender only when they opt in', async ({ page, browser }) => {
  await finishOwn(page);
  // A name typed for the share link is remembered, but not put into a rate-me link unasked.
  await page.getByLabel('Include my name', { exact: true }).check();
  await page.getByLabel('Your name', { exact: true }).fill('Ada');
  await page.getByRole('button', { name: 'Create a rate-me link' }).click();
  const anonymous = await page.getByLabel('Rate-me link', { exact: true }).inputValue();
  await page.getByLabel('Include my name, so they know who asks').check();
  await page.getByRole('button', { name: 'Create a rate-me link' }).click();
  const named = await page.getByLabel('Rate-me link', { exact: true }).inputValue();
  const context = await browser.newContext();
  const rater = await context.newPage();
  await rater.goto(anonymous);
  await expect(rater.getByRole('heading', { level: 1 })).toHaveText('A colleague asked you to rate them');
  await rater.goto(named);
  await expect(rater.getByRole('heading', { level: 1 })).toHaveText('Ada asked you to rate them');
  await context.close();
});
