// One report per verdict, answered through the UI as four different engineers would: the plan's
// shape follows the verdict, and the numbers use one scale.
import { test, expect } from '@playwright/test';
import { answerAs, expectAccessible, openIntro, roleMatch, watchConsole } from './helpers.mjs';

const steps = (page) => page.locator('.plan-steps > li');

test('Ready now: a plan for the first 90 days, and the next role up for a former manager', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openIntro(page);
  // Level 4 everywhere, keen, with years of leading behind them (the last background options).
  await answerAs(page, { scored: () => '4', motivation: '5', background: 3 });
  await expect(page.getByTestId('verdict')).toHaveText('Ready now');
  expect(await roleMatch(page)).toBe(100);
  await expect(page.getByTestId('plan-summary')).toContainText('first 90 days');
  await expect(steps(page)).toHaveCount(4);
  for (const meta of await page.locator('.plan-steps .action-meta').allTextContents()) {
    expect(meta).toMatch(/^First 90 days · \d+ days$/);
  }
  await expect(page.locator('.next-role')).toContainText('check yourself against Senior Engineering Manager');
  // The table reads in levels with the role's minimum; the chart's axes are named.
  const mentoring = page.locator('.competency-table tbody tr').first();
  await expect(mentoring).toContainText('Mentoring and coaching');
  await expect(mentoring.locator('td').nth(1)).toHaveText('4.0');
  await expect(mentoring.locator('td').nth(2)).toHaveText('4');
  await expect(page.locator('.radar .axis-label').first()).toHaveText('Mentoring');
  await expectAccessible(page, 'a Ready now report');
  noErrors();
});

test('Almost ready: the named blocker only, with a timeline', async ({ page }) => {
  await openIntro(page);
  await answerAs(page, { scored: () => '3', motivation: '5', background: 2 });
  await expect(page.getByTestId('verdict')).toHaveText('Almost ready');
  await expect(page.getByTestId('plan-summary')).toHaveText(/^Close this one gap: Mentoring and coaching\. .* about three months\.$/);
  const metas = await page.locator('.plan-steps .action-meta').allTextContents();
  expect(metas.length).toBeGreaterThanOrEqual(3);
  for (const meta of metas) expect(meta).toContain('Mentoring and coaching');
  // The checklist agrees with the table: mentoring needs level 4 for an Engineering Manager.
  await expect(page.locator('.checklist li', { hasText: 'Mentoring and inspiring engineers' })).toContainText('Level 3.0 of the 4 needed');
  await expectAccessible(page, 'an Almost ready report');
});

test('Building foundations: the route through a tech-lead role, the basics, and limited evidence', async ({ page }) => {
  await openIntro(page);
  // Level 2 everywhere, never had the chance to hire, first background options (no lead years).
  await answerAs(page, {
    scored: (heading) => (heading.includes('Hiring') ? 'na' : '2'),
    motivation: '5',
    background: 0,
  });
  await expect(page.getByTestId('verdict')).toHaveText('Building foundations');
  await expect(page.getByTestId('plan-summary')).toContainText('runs through a Tech Lead role first');
  await expect(page.getByTestId('plan-summary')).toContainText('5+ years of hands-on engineering');
  await expect(steps(page).first()).toContainText('Route to the role');
  const n = await steps(page).count();
  expect(n).toBeGreaterThanOrEqual(3);
  expect(n).toBeLessThanOrEqual(5);
  // The basics include the technical side.
  await expect(page.locator('.plan-steps .action-meta', { hasText: /Architecture|Quality|Operational|Technical direction/ })).not.toHaveCount(0);
  // Hiring was never rated: limited evidence, not a level of 1.
  const hiring = page.locator('.competency-table tbody tr', { hasText: 'Hiring and team building' });
  await expect(hiring).toContainText('limited evidence');
  await expect(hiring).toContainText('Not yet shown');
  await expect(page.locator('#answer-quality')).toContainText('Fewer than half the items are rated in Hiring and team building');
  await expectAccessible(page, 'a Building foundations report');
});

test('Explore the role first: reversible trials and the individual-contributor path', async ({ page }) => {
  await openIntro(page);
  await answerAs(page, { scored: () => '4', motivation: '1', background: 3 });
  await expect(page.getByTestId('verdict')).toHaveText('Explore the role first');
  await expect(page.getByTestId('plan-summary')).toContainText('an equally good outcome');
  const metas = await page.locator('.plan-steps .action-meta').allTextContents();
  expect(metas.filter((m) => m.startsWith('Try the role')).length).toBeGreaterThanOrEqual(2);
  expect(metas.some((m) => m.startsWith('Another good path'))).toBe(true);
  // No gap-closing action: nothing in a competency.
  expect(metas.every((m) => m.startsWith('Try the role') || m.startsWith('Another good path'))).toBe(true);
  await expect(page.getByTestId('fit')).toContainText('reservations about');
  await expectAccessible(page, 'an Explore the role first report');
});
