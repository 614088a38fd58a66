// What a person does, in small steps the specs share.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Fails the test on any console error or uncaught exception. */
export function watchConsole(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return () => expect(errors, 'console errors').toEqual([]);
}

export async function openIntro(page, path = './') {
  await page.goto(path);
  // The app's own page: the static one in index.html shows first, with controls that wait.
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Answers every group on the current page: `pick(index)` returns a radio value. */
export async function answerPage(page, pick) {
  const groups = page.locator('fieldset.item');
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    const group = groups.nth(i);
    const values = await group.locator('input[type=radio]').evaluateAll((xs) => xs.map((x) => x.value));
    const value = pick(i, values);
    await group.locator(`input[value="${value}"]`).check();
  }
}

/** Clicks a pager button and waits until the next page is on screen with its heading focused. */
export async function nextPage(page, name = 'Next') {
  const before = page.url();
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page).not.toHaveURL(before);
  await expect(page.locator('main h1')).toBeFocused();
}

/** Starts (or resumes) and answers every page, then opens the report. */
export async function completeAssessment(page, pick = () => '4') {
  await expect(page.locator('.questionnaire h1')).toBeVisible();
  for (let guard = 0; guard < 40; guard++) {
    await answerPage(page, (i, values) => (values.includes('na') ? pick(i) : values[values.length - 1]));
    if (await finishOrNext(page)) return;
  }
  throw new Error('the questionnaire never ended');
}

/** Opens the report from the last page (true), or goes on to the next page (false). */
async function finishOrNext(page) {
  const finish = page.getByRole('button', { name: 'See my report', exact: true });
  if (await finish.isVisible()) {
    await finish.click();
    await expect(page.getByTestId('verdict')).toBeVisible();
    return true;
  }
  await nextPage(page);
  return false;
}

/** The report's match to the target role, 0–100. */
export async function roleMatch(page) {
  const text = await page.getByTestId('role-match').textContent();
  expect(text).toMatch(/^\d{1,3}$/);
  return Number(text);
}

/** axe finds no violations on the page as it is now. */
export async function expectAccessible(page, what) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/**
 * Starts and answers every page as one kind of person would, then opens the report.
 * `scored(heading)` gives the answer for the items of a competency page ("1"–"5" or "na"),
 * `motivation` the level for motivation items, `background` the option index (0 = first).
 */
export async function answerAs(page, { scored, motivation, background, role }) {
  if (role) await page.locator(`input[value="${role}"]`).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (let guard = 0; guard < 40; guard++) {
    await expect(page.locator('.questionnaire h1')).toBeVisible();
    const heading = await page.locator('.questionnaire h1').textContent();
    const groups = page.locator('fieldset');
    const n = await groups.count();
    for (let i = 0; i < n; i++) {
      const group = groups.nth(i);
      const radios = group.locator('input[type=radio]');
      const values = await radios.evaluateAll((xs) => xs.map((x) => x.value));
      if (values.length === 0) continue;
      if (await group.evaluate((g) => g.classList.contains('background'))) {
        // A number: that option of every question; an object: by question id, else `default`.
        const id = await radios.first().getAttribute('name');
        const k = typeof background === 'number' ? background : (background[id] ?? background.default ?? 0);
        await radios.nth(Math.min(k, values.length - 1)).check();
      } else if (heading.startsWith('Motivation')) {
        await group.locator(`input[value="${motivation}"]`).check();
      } else {
        await group.locator(`input[value="${scored(heading)}"]`).check();
      }
    }
    if (await finishOrNext(page)) return;
  }
  throw new Error('the questionnaire never ended');
}

/** A rater answers every page of a rate-me link at one level ("1"–"5"). */
export async function rateAll(rater, level) {
  for (let p = 0; p < 30; p++) {
    const groups = rater.locator('fieldset.item');
    const n = await groups.count();
    for (let i = 0; i < n; i++) await groups.nth(i).locator(`input[value="${level}"]`).check();
    const next = rater.getByRole('button', { name: 'Next', exact: true });
    if (!(await next.isVisible())) break;
    await next.click();
  }
}
