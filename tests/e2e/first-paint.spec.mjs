// The first paint needs no wasm: index.html carries the start page, and the app takes over in
// place. The wasm is held back here to see the page as a slow network shows it.
import { test, expect } from '@playwright/test';
import { expectAccessible } from './helpers.mjs';

/** Holds the wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  return release;
}

/** Where the heading, the Start button and the roles sit. */
const boxes = (page) => page.evaluate(() => ['main h1', '.intro-actions .primary', '.roles'].map((s) => {
  const r = document.querySelector(s).getBoundingClientRect();
  return [s, r.x, r.y, r.width, r.height];
}));

test('the start page paints before the wasm, and the app takes over in place: nothing moves, an early Start is kept', async ({ page, browser }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  const shell = page.locator('#shell');
  await expect(shell.getByRole('heading', { level: 1 })).toHaveText('Are you ready to become an Engineering Manager?');
  await expect(shell.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expectAccessible(page, 'the static start page');
  const before = await boxes(page);

  // Choose a role and press Start while the app is still loading.
  await shell.getByRole('radio', { name: /Tech Lead/ }).check();
  await shell.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page).toHaveURL(/#\/start$/);
  release();
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(page.locator('.questionnaire h1')).toBeVisible();
  await expect(page).toHaveURL(/#\/q\/1$/);
  // The role picked on the static page, and Back leads to the start page, not to "#/start".
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ready-to-lead') || '')).toContain('"role":"tech-lead"');
  await page.goBack();
  await expect(page.getByRole('radio', { name: /Tech Lead/ })).toBeChecked();

  // Without an early click, the app's start page sits exactly where the static one was (a new
  // browser: in this one the service worker now serves the wasm at once).
  const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4173/' });
  // Cumulative layout shift, as Chromium reports it.
  await context.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        // What moved, for the failure message.
        const moved = (e.sources || []).map((x) => `${x.node?.nodeName}.${x.node?.className} ${JSON.stringify([x.previousRect.x, x.previousRect.y, x.currentRect.x, x.currentRect.y])}`);
        window.shifts.push({ value: e.value, shell: !!document.getElementById('shell'), moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const second = await context.newPage();
  const release2 = await holdWasm(second);
  await second.goto('./');
  await expect(second.locator('#shell .intro h1')).toBeVisible();
  const shellBoxes = await boxes(second);
  expect(shellBoxes).toEqual(before);
  release2();
  await expect(second.locator('#shell')).toHaveCount(0);
  await expect(second.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  const appBoxes = await boxes(second);
  expect(appBoxes).toEqual(shellBoxes);
  await second.waitForTimeout(300);
  expect(await second.evaluate(() => window.shifts)).toEqual([]);
  await context.close();
});

test('a shared link shows "Opening…" until the app has loaded, never the start page', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./#/s/anything');
  await expect(page.locator('#shell .opening-note')).toBeVisible();
  await expect(page.locator('#shell .intro')).toBeHidden();
  release();
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

/** Where the first page's parts sit: progress, heading, questions, Next. */
const pageBoxes = (page) => page.evaluate(() => [...document.querySelectorAll('main .questionnaire :is(.progress-text, progress, h1, fieldset, .pager button)')]
  .map((e) => { const r = e.getBoundingClientRect(); return [e.tagName, r.x, r.y, r.width, r.height]; }));

test('on a first visit, Start shows the first questions before the wasm; the app takes them over in place, answers, focus and all', async ({ page }) => {
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto('./');
  const shell = page.locator('#shell');
  await shell.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page).toHaveURL(/#\/start$/);
  await expect(shell.getByRole('heading', { level: 1 })).toHaveText('Background');
  await expect(shell.locator('.intro')).toBeHidden();
  await expect(shell.getByRole('heading', { level: 1 })).toBeFocused();
  await expectAccessible(page, 'the static first page');

  // Answered by mouse and by keyboard while the app is still loading.
  const first = shell.getByRole('group', { name: /years have you worked hands-on/ });
  await first.getByRole('radio', { name: '5 to less than 8 years' }).check();
  const second = shell.getByRole('group', { name: /years have you led people/ });
  await second.getByRole('radio', { name: 'None yet' }).focus();
  await page.keyboard.press('ArrowRight');
  const focused = second.getByRole('radio', { name: 'Less than a year' });
  await expect(focused).toBeChecked();
  await expect(focused).toBeFocused();
  const before = await pageBoxes(page);
  // Progress text and bar, heading, each question, Next.
  expect(before.length).toBe(2 + 1 + (await shell.locator('.questionnaire fieldset').count()) + 1);
  // Past the 500 ms after an input in which Chromium does not count a layout shift.
  await page.waitForTimeout(600);

  release();
  await expect(shell).toHaveCount(0);
  await expect(page).toHaveURL(/#\/q\/1$/);
  const app = page.locator('main .questionnaire');
  await expect(app.getByRole('radio', { name: '5 to less than 8 years' })).toBeChecked();
  await expect(app.getByRole('radio', { name: 'Less than a year' })).toBeChecked();
  await expect(app.getByRole('radio', { name: 'Less than a year' })).toBeFocused();
  expect(await pageBoxes(page)).toEqual(before);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.shifts)).toEqual([]);
  // Kept as answers of the new assessment.
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('ready-to-lead') || '{}').mine?.['engineering-manager@1.2.0']?.current?.background))
    .toEqual({ 'years-hands-on': 5, 'years-leading': 0.5 });
  // The app's own page from here: the next key press moves the answer on.
  await page.keyboard.press('ArrowRight');
  await expect(app.getByRole('radio', { name: '1 to less than 3 years' })).toBeChecked();
});

test('Next pressed on the static first page opens the second page once the app runs, with the answers kept', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  const shell = page.locator('#shell');
  await shell.getByRole('radio', { name: /Tech Lead/ }).check();
  await shell.getByRole('button', { name: 'Start', exact: true }).click();
  await shell.getByRole('radio', { name: '8 years or more' }).check();
  await shell.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(shell.locator('.opening-note')).toBeVisible();
  await expect(shell.locator('.questionnaire')).toBeHidden();
  release();
  await expect(page).toHaveURL(/#\/q\/2$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/#\/q\/1$/);
  await expect(page.getByRole('radio', { name: '8 years or more' })).toBeChecked();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ready-to-lead') || '')).toContain('"role":"tech-lead"');
});

test('with saved data, an early Start shows "Opening…" and leaves the choice to the app: an assessment in progress is resumed, not replaced', async ({ browser }) => {
  // Without the service worker, which would serve the wasm past the hold on the second load.
  const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4173/', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('./');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('radio', { name: '3 years or more' }).check();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ready-to-lead') || '')).toContain('"years-leading":3');

  const release = await holdWasm(page);
  await page.goto('./');
  await page.reload();
  const shell = page.locator('#shell');
  await shell.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(shell.locator('.opening-note')).toBeVisible();
  await expect(shell.locator('.questionnaire')).toBeHidden();
  release();
  await expect(shell).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();
  // The start page's heading has focus, as on any change of page.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(page.getByRole('radio', { name: '3 years or more' })).toBeChecked();
  await context.close();
});

test('the app takes over a static first page whose heading has focus, and its skip and home links work before the app', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  const shell = page.locator('#shell');
  await shell.getByRole('button', { name: 'Start', exact: true }).click();
  // Home from the first page: the start page again, and Start again finds the answers kept.
  await shell.getByRole('radio', { name: '3 years or more' }).check();
  await shell.getByRole('link', { name: 'Ready to Lead' }).click();
  await expect(shell.getByRole('heading', { level: 1 })).toHaveText('Are you ready to become an Engineering Manager?');
  await expect(shell.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/#\/$/);
  await shell.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(shell.getByRole('radio', { name: '3 years or more' })).toBeChecked();
  // The skip link leads to the page's heading, not to a "#main" page the app does not have.
  await shell.getByRole('radio', { name: '3 years or more' }).focus();
  await shell.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(shell.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/#\/start$/);

  release();
  await expect(shell).toHaveCount(0);
  await expect(page).toHaveURL(/#\/q\/1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Background');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('radio', { name: '3 years or more' })).toBeChecked();
});

test('with storage blocked, the static first page still works and the app keeps its answers for the visit', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4173/', serviceWorkers: 'block' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto('./');
  const shell = page.locator('#shell');
  await shell.getByRole('button', { name: 'Start', exact: true }).click();
  await shell.getByRole('radio', { name: '1–2 people' }).check();
  release();
  await expect(shell).toHaveCount(0);
  await expect(page.getByRole('radio', { name: '1–2 people' })).toBeChecked();
  // The app says that nothing can be kept, and the questionnaire goes on.
  await expect(page.locator('.notices')).toContainText(/storage/i);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(/#\/q\/2$/);
  await context.close();
});

test('when the app cannot load, the static page says so and offers a reload, instead of "Opening…" for ever', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4173/', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('./');
  const shell = page.locator('#shell');
  // Said at once, in place of the start page, whose Start could not work.
  const alert = shell.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('Ready to Lead could not start');
  await expect(alert).toContainText('Part of it did not load. Check your connection and reload the page.');
  await expect(shell.locator('.intro')).toBeHidden();
  await expect(shell.locator('.questionnaire')).toBeHidden();
  await expectAccessible(page, 'the static page when the app cannot load');
  // Reload, once the network is back: the app runs.
  await page.unroute('**/*.wasm');
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(shell).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.close();
});
