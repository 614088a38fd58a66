// What an engineer does with the app, from the first visit to a retake months later.
import { test, expect } from '@playwright/test';
import { answerPage, completeAssessment, nextPage, expectAccessible, openIntro, roleMatch, watchConsole } from './helpers.mjs';

test('the whole questionnaire with the keyboard alone', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openIntro(page);
  await page.keyboard.press('Tab'); // skip link
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent === 'Start')) break;
  }
  await page.keyboard.press('Enter');
  for (let pageNo = 0; pageNo < 40; pageNo++) {
    await expect(page.locator('h1')).toBeFocused();
    const groups = await page.locator('fieldset.item').count();
    for (let g = 0; g < groups; g++) {
      await page.keyboard.press('Tab');
      const isBackground = await page.evaluate(() => !!document.activeElement?.closest('fieldset.background'));
      if (isBackground) {
        await page.keyboard.press('ArrowDown'); // arrows move within a group and select
      } else {
        await page.keyboard.press('4');
      }
    }
    // On to the pager: Tab past the note and Back to Next (or See my report).
    let label = '';
    for (let t = 0; t < 6; t++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (label === 'Next' || label === 'See my report') break;
    }
    await page.keyboard.press('Enter');
    if (label === 'See my report') break;
  }
  await expect(page.getByTestId('verdict')).toBeVisible();
  // Every scored item was answered at level 4: every Engineering Manager minimum is met.
  expect(await roleMatch(page)).toBe(100);
  await expect(page.getByTestId('verdict')).toHaveText('Ready now');
  await expect(page.getByText('items are unanswered')).toHaveCount(0);
  noErrors();
});

test('reload mid-way resumes on the same page with the answers kept', async ({ page }) => {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (let i = 0; i < 3; i++) {
    await answerPage(page, (_, values) => values[1]);
    await nextPage(page);
  }
  await page.locator('fieldset.item').first().locator('input[value="2"]').check();
  await page.locator('#evidence').fill('Coached two engineers through their first on-call rotation.');
  await expect(page).toHaveURL(/#\/q\/4$/);
  await page.reload();
  await expect(page).toHaveURL(/#\/q\/4$/);
  await expect(page.locator('fieldset.item').first().locator('input[value="2"]')).toBeChecked();
  await expect(page.locator('#evidence')).toHaveValue('Coached two engineers through their first on-call rotation.');
  await expect(page.getByText(/Page 4 of \d+/)).toBeVisible();
  // The intro offers Resume, and it goes back to the same page.
  await page.goto('./');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page).toHaveURL(/#\/q\/4$/);
});

test('unanswered items are pointed out before the report', async ({ page }) => {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.goto('./#/q/15');
  await page.getByRole('button', { name: 'See my report', exact: true }).click();
  await expect(page.getByText(/questions are still unanswered/)).toBeVisible();
  await page.getByRole('button', { name: 'See my report anyway' }).click();
  await expect(page.getByTestId('verdict')).toBeVisible();
  await expect(page.getByText('Answer quality: low confidence')).toBeVisible();
});

test('tick a plan action, reload: still ticked', async ({ page }) => {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await completeAssessment(page, (i) => String((i % 3) + 1));
  const first = page.locator('.plan input[type=checkbox]').first();
  await first.check();
  await expect(page.getByText(/^1 of \d+ actions done/)).toBeVisible();
  await page.reload();
  await expect(page.locator('.plan input[type=checkbox]').first()).toBeChecked();
});

test('retake and see the change since last time', async ({ page }) => {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await completeAssessment(page, () => '2');
  const before = await roleMatch(page);
  await page.getByRole('button', { name: 'Retake with my last answers' }).first().click();
  await expect(page).toHaveURL(/#\/q\/1$/);
  await expect(page.locator('input[name="years-hands-on"]:checked')).toHaveCount(1);
  await completeAssessment(page, () => '4');
  const after = await roleMatch(page);
  expect(after).toBeGreaterThan(before);
  await expect(page.getByRole('columnheader', { name: 'Since last time' })).toBeVisible();
  // Mentoring went from level 2.0 to 4.0.
  await expect(page.locator('.competency-table tbody tr').first()).toContainText('+2.0');
  // Both are in history; the earlier one opens read-only.
  const rows = page.locator('.history tbody tr');
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByRole('link').click();
  await expect(page.getByText(/An earlier assessment, completed/)).toBeVisible();
  expect(await roleMatch(page)).toBe(before);
  // Delete it, with confirmation: only the latest is left.
  await page.goto('./#/report');
  await page.locator('.history tbody tr').nth(1).getByRole('button', { name: /^Delete the assessment of/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.locator('.history tbody tr')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('.history tbody tr')).toHaveCount(1);
});

test('print shows a clean report', async ({ page }) => {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await completeAssessment(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('verdict')).toBeVisible();
  await expect(page.locator('.plan')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('export Markdown and JSON, import the JSON in a fresh browser: same report', async ({ page, browser }) => {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await completeAssessment(page, (i) => ['1', '3', '5', 'na'][i % 4]);
  const score = await roleMatch(page);
  const verdict = await page.getByTestId('verdict').textContent();

  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /1:1 brief/ }).click()]);
  const brief = await (await md.createReadStream()).toArray();
  const text = Buffer.concat(brief).toString('utf8');
  expect(text).toContain(`## Verdict: ${verdict}`);
  expect(text).toContain(`- Match to Engineering Manager: ${score} of 100`);

  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /reminder to my calendar/ }).click()]);
  expect(ics.suggestedFilename()).toBe('ready-to-lead-reassessment.ics');
  const calendar = Buffer.concat(await (await ics.createReadStream()).toArray()).toString('utf8');
  expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(calendar).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all as JSON' }).click()]);
  const file = await json.path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openIntro(other);
  await other.locator('input[type=file]').setInputFiles(file);
  await expect(other.getByText('Imported 2 assessments.')).toBeVisible();
  await expect(other.getByTestId('verdict')).toHaveText(verdict);
  expect(await roleMatch(other)).toBe(score);
  await fresh.close();
});

test('a broken import says what is wrong and changes nothing', async ({ page }) => {
  await openIntro(page);
  await page.locator('input[type=file]').setInputFiles({
    name: 'broken.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'ready-to-lead-assessment', version: 1, current: { id: 'x', framework_id: 'engineering-manager', role: 'ceo', answers: { 'nope-1': 3 } } })),
  });
  await expect(page.getByText('That file could not be imported. Nothing was changed.')).toBeVisible();
  await expect(page.getByText('current.answers.nope-1: names no item of this framework')).toBeVisible();
  await expect(page.getByText('current.role: names no role of this framework: "ceo"')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('corrupted saved data is kept aside with a way forward', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ready-to-lead', '{"schema": 1, "current": {"answers": {"x": 9}}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openIntro(page);
  await expect(page.getByText(/Your saved assessment could not be read/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the saved data' })).toBeVisible();
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ready-to-lead.unreadable.')).map((k) => localStorage.getItem(k)));
  expect(aside).toEqual(['{"schema": 1, "current": {"answers": {"x": 9}}']);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.locator('fieldset.item').first()).toBeVisible();
});

for (const scheme of ['light', 'dark']) {
  test(`no accessibility violations in ${scheme} on the intro, a questionnaire page and the report`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openIntro(page);
    await expectAccessible(page, `intro (${scheme})`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await nextPage(page);
    await page.locator('fieldset.item').first().locator('input[value="3"]').check();
    await expectAccessible(page, `questionnaire (${scheme})`);
    await nextPage(page, 'Back');
    await completeAssessment(page, (i) => String((i % 5) + 1));
    await expectAccessible(page, `report (${scheme})`);
  });
}

test('the theme toggle is remembered', async ({ page }) => {
  await openIntro(page);
  await page.getByRole('button', { name: /Theme:/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('no sideways scrolling at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await completeAssessment(page, (i) => String((i % 5) + 1));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the report keeps focus and place: role switch, "why" link, confirmations', async ({ page }) => {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await completeAssessment(page, (i) => String((i % 5) + 1));
  // Switching the role recomputes the report without losing the control's focus.
  const select = page.getByLabel('Compare against');
  await select.focus();
  await select.selectOption('tech-lead');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your readiness for Tech Lead');
  await expect(select).toBeFocused();
  // "(why)" moves to the answer-quality section instead of routing away.
  await page.getByRole('link', { name: '(why)' }).click();
  await expect(page.locator('#answer-quality')).toBeFocused();
  await expect(page.getByTestId('verdict')).toBeVisible();
  // Deleting the current assessment from history takes it away for good.
  await page.getByRole('button', { name: /^Delete the assessment of/ }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('"See my report anyway" from the unfinished page shows the report; Start over asks first', async ({ page }) => {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.locator('.questionnaire h1')).toBeVisible();
  await page.goto('./#/report');
  await expect(page.getByRole('heading', { name: 'Your assessment is not finished yet' })).toBeVisible();
  await page.getByRole('button', { name: 'See my report anyway' }).click();
  await expect(page.getByTestId('verdict')).toBeVisible();
  await page.goto('./');
  await page.getByRole('button', { name: 'Retake from blank' }).click();
  await page.goto('./');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('button', { name: 'Yes, start over' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('answering does not move anything on the page', async ({ page }) => {
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await nextPage(page);
  const boxes = () => page.locator('fieldset.item, .evidence, .pager').evaluateAll((xs) => xs.map((x) => {
    const r = x.getBoundingClientRect();
    return [Math.round(r.top + window.scrollY), Math.round(r.height), Math.round(r.width)];
  }));
  const before = await boxes();
  const groups = page.locator('fieldset.item');
  for (let i = 0; i < await groups.count(); i++) {
    await groups.nth(i).locator('input[value="5"]').check();
    await groups.nth(i).locator('input[value="na"]').check();
  }
  expect(await boxes()).toEqual(before);
});
