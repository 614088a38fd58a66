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
  await expect(page.locator('.questionnaire h1')).toBeVisible();
  await expect(page).toHaveURL(/#\/q\/1$/);
  await expect(page.locator('#shell')).toHaveCount(0);
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
  await expect(second.locator('#shell h1')).toBeVisible();
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
