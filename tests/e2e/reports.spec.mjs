// One report per verdict, answered through the UI as four different engineers would: the plan's
// shape follows the verdict, and the numbers use one scale.
import { test, expect } from '@playwright/test';
import { answerAs, expectAccessible, openIntro, roleMatch, watchConsole } from './helpers.mjs';

const steps = (page) => page.locator('.plan-steps > li');

test('Ready now: a plan for the first 90 days, and the next role up for a former manager', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openIntro(page);
  // Level 4 everywhere, keen, years of leading behind them, back as an individual contributor
  // after managing four to seven people; no move discussed yet.
  await answerAs(page, {
    scored: () => '4', motivation: '5',
    background: { default: 3, 'current-role': 0, 'direct-reports': 2, move: 0 },
  });
  await expect(page.getByTestId('verdict')).toHaveText('Ready now');
  expect(await roleMatch(page)).toBe(100);
  await expect(page.getByTestId('plan-summary')).toContainText('first 90 days');
  // Someone who has managed four to seven people is not told to hold first 1:1s or to agree
  // expectations, steps they have taken before. With no move discussed yet, the move comes
  // first (saying they want the role, making the case), then the hand-over and the review.
  await expect(steps(page)).toHaveCount(4);
  const readyMetas = await page.locator('.plan-steps .action-meta').allTextContents();
  expect(readyMetas.slice(0, 2)).toEqual(['The move · 30 days', 'The move · 30 days']);
  for (const meta of readyMetas.slice(2)) expect(meta).toMatch(/^First 90 days · \d+ days$/);
  await expect(page.locator('.plan-steps .action-text').first()).toContainText('Tell your manager');
  expect((await page.locator('.plan-steps .action-text').allTextContents()).some((t) => t.includes('Hold a first 1:1'))).toBe(false);
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
  // A tech lead with nobody reporting to them, the move discussed with no date.
  await answerAs(page, {
    scored: () => '3', motivation: '5',
    background: { default: 2, 'current-role': 2, 'direct-reports': 0, move: 1 },
  });
  await expect(page.getByTestId('verdict')).toHaveText('Almost ready');
  await expect(page.getByTestId('plan-summary')).toHaveText(/^Close this one gap: Mentoring and coaching\. .* about three months\.$/);
  const metas = await page.locator('.plan-steps .action-meta').allTextContents();
  expect(metas.length).toBeGreaterThanOrEqual(4);
  // The move discussed: making the case is the step towards it, then the gap's actions.
  expect(metas[0]).toBe('The move · 30 days');
  for (const meta of metas.slice(1)) expect(meta).toContain('Mentoring and coaching');
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
  // Experienced, with no move on offer: there is time to try the job first.
  await answerAs(page, { scored: () => '4', motivation: '1', background: { default: 3, move: 0 } });
  await expect(page.getByTestId('verdict')).toHaveText('Explore the role first');
  await expect(page.getByTestId('plan-summary')).toContainText('just as good an outcome');
  // Offered for what it is, never as a promise.
  await expect(page.getByTestId('plan-summary')).toContainText('where your organization has one');
  const metas = await page.locator('.plan-steps .action-meta').allTextContents();
  expect(metas.filter((m) => m.startsWith('Try the role')).length).toBeGreaterThanOrEqual(2);
  expect(metas.some((m) => m.startsWith('Another good path'))).toBe(true);
  // No gap-closing action: nothing in a competency.
  expect(metas.every((m) => m.startsWith('Try the role') || m.startsWith('Another good path'))).toBe(true);
  await expect(page.getByTestId('fit')).toContainText('reservations about');
  await expectAccessible(page, 'an Explore the role first report');
});

// People who already lead, are offered the job, or aim at managing managers: the advice starts
// from where they stand.
const metas = (page) => page.locator('.plan-steps .action-meta').allTextContents();
const texts = (page) => page.locator('.plan-steps .action-text').allTextContents();

test('An acting lead with reports: no route they have walked, their own habit named', async ({ page }) => {
  await openIntro(page);
  // Acting lead for under a year, four to seven people reporting, the move discussed.
  await answerAs(page, {
    scored: (heading) => (heading.includes('Feedback') ? '2' : '3'),
    motivation: '4',
    background: { default: 2, 'years-leading': 1, 'current-role': 1, 'direct-reports': 2, move: 1 },
  });
  // Feedback and mentoring a level short each: a quarter's practice, two at a time, for someone
  // who does the job already, so the gaps are what to grow first in it.
  await expect(page.getByTestId('verdict')).toHaveText('Ready now');
  await expect(page.getByTestId('plan-summary')).toContainText('You already do this job');
  await expect(page.locator('ul.reasons')).toContainText('you already do this job');
  expect((await metas(page)).some((m) => m.startsWith('Route to the role'))).toBe(false);
  expect((await texts(page)).some((t) => t.includes('Mentor a junior engineer for a quarter'))).toBe(false);
  expect((await texts(page)).some((t) => t.includes('onboarding buddy'))).toBe(false);
  // The first action of the largest gap quotes the answer they chose.
  await expect(page.locator('.plan-steps .habit', { hasText: 'giving corrective feedback' })).toContainText('Today, in giving corrective feedback, you answered: “Hint at it vaguely, or complain about it to others”.');
  await expectAccessible(page, "an acting lead's report");
});

test('Offered the job: the start prepared, no route and no wait for job-posting years', async ({ page }) => {
  await openIntro(page);
  // Two years hands-on, no leading yet, offered the role now; strong technically, new to people.
  await answerAs(page, {
    scored: (heading) => (/Architecture|Engineering quality|Operational|Technical direction/.test(heading) ? '4' : '2'),
    motivation: '4',
    background: { default: 0, 'years-hands-on': 1, move: 3 },
  });
  await expect(page.getByTestId('verdict')).toHaveText('Building foundations');
  const summary = page.getByTestId('plan-summary');
  await expect(summary).toContainText('You are offered the Engineering Manager role, or starting in it soon');
  await expect(summary).toContainText('Take that as information, not as a wait');
  await expect(summary).toContainText('Agree this plan with the person offering you the role');
  await expect(summary).not.toContainText('in all');
  const m = await metas(page);
  expect(m.some((x) => x.startsWith('Route to the role'))).toBe(false);
  expect(m[0]).toMatch(/^First 90 days/);
  await expectAccessible(page, 'a report for someone offered the job');
});

test('A Senior EM candidate is asked about leading leaders and judged on it', async ({ page }) => {
  await openIntro(page);
  // A manager of engineers for years, solid at first-line work, new to managing managers.
  await answerAs(page, {
    role: 'senior-engineering-manager',
    scored: (heading) => (/Growing managers|Multi-team|Headcount/.test(heading) ? '2' : '4'),
    motivation: '5',
    background: { default: 3, 'current-role': 3, 'direct-reports': 2, move: 1 },
  });
  await expect(page.getByTestId('verdict')).not.toHaveText('Ready now');
  const table = page.locator('.competency-table tbody');
  await expect(table).toContainText('Growing managers and leads');
  await expect(table).toContainText('Headcount, budget and hiring plans');
  const m = await metas(page);
  expect(m.some((x) => x.startsWith('Growing managers and leads'))).toBe(true);
  // Nothing first-line in the plan: every competency action is a leading-leaders one.
  for (const x of m.filter((x) => !/^(First 90 days|Route|The move)/.test(x))) {
    expect(x).toMatch(/^(Growing managers and leads|Multi-team strategy and organization design|Headcount, budget and hiring plans)/);
  }
  expect(m.some((x) => x.startsWith('Route to the role'))).toBe(false);
  await expectAccessible(page, "a Senior EM candidate's report");
});
