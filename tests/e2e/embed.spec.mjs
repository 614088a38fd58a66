// A career site embeds the assessment: the host page and the app on two origins (two ports), a
// third origin for what must not get through. Host pages: tests/e2e/hosts/ and examples/embed/.
import { test, expect } from '@playwright/test';
import { answerPage, expectAccessible, watchConsole } from './helpers.mjs';

const APP = 'http://127.0.0.1:4173';
const HOST = 'http://127.0.0.1:4174';
const THIRD = 'http://127.0.0.1:4175';

/** The app's frame inside a host page, once its first heading is drawn. */
async function appFrame(page, selector = 'iframe') {
  const element = page.locator(selector);
  await expect(element).toHaveAttribute('src', new RegExp(`^${APP}/`));
  const frame = await (await element.elementHandle()).contentFrame();
  await expect(frame.locator('main h1').filter({ visible: true })).toBeVisible();
  return frame;
}

/** Embeds the app on the blank host page with these options, through the JavaScript API. */
async function embedOnBlank(page, options, origin = HOST) {
  await page.goto(`${origin}/test/blank.html`);
  await page.evaluate((o) => {
    window.embed = window.ReadyToLead.embed(document.getElementById('slot'), o);
  }, options);
  return appFrame(page);
}

const events = (page, types) =>
  page.evaluate((t) => window.events.filter((e) => !t || t.includes(e.type)), types);

/** The frame is exactly as tall as its content, with no scrollbar inside. */
async function expectFitted(page, frame) {
  await expect.poll(async () => {
    const inner = await frame.evaluate(() => ({
      body: Math.ceil(document.body.getBoundingClientRect().height),
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    const outer = await page.evaluate(() => parseFloat(document.querySelector('iframe').style.height));
    return outer === inner.body && inner.scroll <= inner.client ? 'fitted' : JSON.stringify({ outer, ...inner });
  }).toBe('fitted');
}

/** Answers every page inside the frame, checking the frame's height on each, and opens the report. */
async function completeInFrame(page, frame) {
  await frame.getByRole('button', { name: 'Start', exact: true }).click();
  for (let guard = 0; guard < 40; guard++) {
    await expect(frame.locator('.questionnaire h1')).toBeVisible();
    await expectFitted(page, frame);
    const heading = await frame.locator('main h1').textContent();
    await answerPage(frame, (i, values) => (values.includes('na') ? '4' : values[values.length - 1]));
    const finish = frame.getByRole('button', { name: 'See my report', exact: true });
    if (await finish.isVisible()) {
      await finish.click();
      await expect(frame.getByTestId('verdict')).toBeVisible();
      return;
    }
    await frame.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(frame.locator('main h1')).not.toHaveText(heading);
  }
  throw new Error('the questionnaire never ended');
}

test('one script tag: a titled, accessible embed that fits its content and reports ready, started, progress and completed', async ({ page, browser }) => {
  const clean = watchConsole(page);
  await page.goto(`${HOST}/test/script-tag.html`);
  const iframe = page.locator('[data-ready-to-lead] iframe');
  await expect(iframe).toHaveAttribute('title', /Ready to Lead/);
  await expect(iframe).toHaveAttribute('allow', 'clipboard-write; web-share');
  const frame = await appFrame(page);
  // Embedded: no site header or footer; the host's preselected role.
  await expect(frame.locator('.site-header, .site-footer')).toHaveCount(0);
  await expect(frame.getByRole('radio', { name: /Tech Lead/ })).toBeChecked();
  await expectFitted(page, frame);
  await expectAccessible(page, 'a host page with the embed');

  await completeInFrame(page, frame);
  await expectFitted(page, frame);
  // Settled: no more resizing once the report is drawn.
  const resizes = (await events(page, ['resize'])).length;
  await page.waitForTimeout(1000);
  expect((await events(page, ['resize'])).length).toBe(resizes);
  await expectAccessible(page, 'the report inside the embed');

  const seen = await events(page, ['ready', 'started', 'progress', 'completed']);
  const types = seen.map((e) => e.type);
  expect(types[0]).toBe('ready');
  expect(types[1]).toBe('started');
  expect(types.at(-1)).toBe('completed');
  expect(types.filter((t) => t === 'completed')).toHaveLength(1);
  expect(types.slice(2, -1).every((t) => t === 'progress')).toBe(true);
  expect(seen[0].payload.framework).toMatchObject({ id: 'engineering-manager', version: '1.2.0' });
  expect(seen[1].payload).toMatchObject({ role: 'tech-lead', framework: { id: 'engineering-manager' } });
  const progress = seen.filter((e) => e.type === 'progress').map((e) => e.payload);
  expect(progress[0]).toMatchObject({ answered: 0, page: 1, pages: 15 });
  const total = progress[0].total;
  expect(total).toBeGreaterThan(40);
  expect(progress.at(-1).answered).toBe(total);
  // Answers never go back, and every page was announced in order.
  for (let i = 1; i < progress.length; i++) expect(progress[i].answered).toBeGreaterThanOrEqual(progress[i - 1].answered);
  expect([...new Set(progress.map((p) => p.page))]).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));

  const done = seen.at(-1).payload;
  expect(done.role).toEqual({ id: 'tech-lead', name: 'Tech Lead' });
  expect(done.verdict.label).toBe(await frame.getByTestId('verdict').textContent());
  expect(['ready', 'almost', 'building', 'explore']).toContain(done.verdict.key);
  expect(done.overall).toBe(Number(await frame.getByTestId('role-match').textContent()));
  expect(done.pillars.map((p) => p.id)).toEqual(['coaching', 'delivery', 'technical']);
  expect(done.pillars.every((p) => p.level >= 1 && p.level <= 5)).toBe(true);
  expect(done.competencies.length).toBeGreaterThan(10);
  for (const c of done.competencies) expect(Object.keys(c).sort()).toEqual(['id', 'level', 'meets', 'minimum', 'name', 'pillar']);
  expect(done.shareLink).toMatch(new RegExp(`^${APP}/#/s/`));

  // Every message this page received came from the app.
  const origins = await page.evaluate(() => [...new Set(window.messages.map((m) => m.origin))]);
  expect(origins).toEqual([APP]);
  clean();

  // The results link opens the same report in a fresh browser context.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(done.shareLink);
  await expect(fresh.getByTestId('verdict')).toHaveText(done.verdict.label);
  await other.close();
});

test('a third origin hears nothing, and a message from a wrong origin changes nothing', async ({ page }) => {
  // A page on the third origin frames the app, naming the first origin as its host.
  await page.goto(`${THIRD}/test/blank.html`);
  await page.evaluate(({ app, host }) => {
    const frame = document.createElement('iframe');
    frame.title = 'Ready to Lead';
    frame.src = `${app}/?embed=1&host=${encodeURIComponent(host)}`;
    document.getElementById('slot').append(frame);
  }, { app: APP, host: HOST });
  const stolen = await appFrame(page);
  await stolen.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(stolen.locator('.questionnaire h1')).toBeVisible();
  await stolen.locator('fieldset.item input[type=radio]').first().check();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.messages.length)).toBe(0);

  // The real host, with a frame from the third origin beside the embed.
  const frame = await embedOnBlank(page, { theme: 'light' });
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.evaluate((third) => {
    const intruder = document.createElement('iframe');
    intruder.title = 'Another widget';
    intruder.src = `${third}/test/blank.html`;
    document.body.append(intruder);
    return new Promise((resolve) => { intruder.onload = resolve; });
  }, THIRD);
  const intruder = page.frames().find((f) => f.url().startsWith(THIRD));
  await intruder.evaluate((app) => {
    parent.frames[0].postMessage({ source: 'ready-to-lead', version: 1, type: 'set-theme', payload: { theme: 'dark' } }, app);
  }, APP);
  // …and a forged event from it to the host page is dropped by the loader.
  await intruder.evaluate(() => {
    parent.postMessage({ source: 'ready-to-lead', version: 1, type: 'completed', payload: { verdict: { key: 'ready' } } }, '*');
  });
  await page.waitForTimeout(500);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => window.messages.some((m) => m.data.type === 'completed'))).toBe(true);
  expect(await events(page, ['completed'])).toEqual([]);
  // The same command from the host's own origin is taken: the check above is not vacuous.
  await page.evaluate(() => window.embed.setTheme('dark'));
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('theme and accent from the host show in computed styles, with text on the accent kept readable', async ({ page }) => {
  const frame = await embedOnBlank(page, { theme: 'light', accent: '#0b6e4f' });
  const start = frame.getByRole('button', { name: 'Start', exact: true });
  await expect(start).toHaveCSS('background-color', 'rgb(11, 110, 79)');
  await expect(start).toHaveCSS('color', 'rgb(255, 255, 255)');
  expect(await events(page, ['error'])).toEqual([]);

  // Dark: the same brand colour is lightened until it reads on the dark page, and the host is told.
  await page.evaluate(() => window.embed.setTheme('dark', '#0b6e4f'));
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(17, 22, 29)');
  await expect(start).not.toHaveCSS('background-color', 'rgb(11, 110, 79)');
  await expect.poll(async () => (await events(page, ['error'])).map((e) => e.payload.code)).toEqual(['accent-adjusted']);

  // A pale accent in the light theme: darkened, and the text on it keeps 4.5:1.
  await page.evaluate(() => window.embed.setTheme('light', '#ffd400'));
  await expect(start).not.toHaveCSS('background-color', 'rgb(255, 212, 0)');
  const ratio = await start.evaluate((el) => {
    const rgb = (s) => s.match(/\d+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((c) => {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const s = getComputedStyle(el);
    const [a, b] = [lum(rgb(s.backgroundColor)), lum(rgb(s.color))].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(4.5);
  // Not a colour: refused, and said.
  await page.evaluate(() => window.embed.setTheme('light', 'url(javascript:alert(1))'));
  await expect.poll(async () => (await events(page, ['error'])).map((e) => e.payload.code).at(-1)).toBe('bad-command');
});

test('the host can cap the height: the frame stops growing there and scrolls inside', async ({ page }) => {
  const frame = await embedOnBlank(page, { maxHeight: 500 });
  await expect.poll(() => events(page, ['resize'])).not.toEqual([]);
  const reported = (await events(page, ['resize'])).at(-1).payload.height;
  expect(reported).toBeGreaterThan(500);
  await expect(page.locator('iframe')).toHaveCSS('height', '500px');
  expect(await frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight)).toBe(true);
});

test('a broken host framework shows its problems inside the embed and sends an error', async ({ page }) => {
  const frame = await embedOnBlank(page, { framework: 'broken-framework.json' });
  await expect(frame.locator('main h1')).toHaveText(/This site's framework .* has problems/);
  const problems = frame.locator('.problems li');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('competencies[0].pillar');
  await expect(problems.nth(1)).toContainText('roles[0].minimums.ghost');
  const errors = await events(page, ['error']);
  expect(errors.map((e) => e.payload.code)).toEqual(['framework-invalid']);
  expect(errors[0].payload.message).toContain('competencies[0].pillar: names no pillar');
  await expectAccessible(page, 'a broken host framework');
  // The person has a way on.
  await frame.getByRole('button', { name: 'Use the standard assessment' }).click();
  await expect(frame.locator('main h1')).toHaveText('Are you ready to become an Engineering Manager?');

  // The same broken framework as an object: said once, never sent again in a loop.
  const broken = await (await page.request.get(`${HOST}/test/broken-framework.json`)).json();
  const again = await embedOnBlank(page, { framework: broken });
  await expect(again.locator('.problems li')).toHaveCount(2);
  await page.waitForTimeout(1000);
  expect((await events(page, ['error'])).map((e) => e.payload.code)).toEqual(['framework-invalid']);
});

test('embed.js served under a sub-path frames the app from that path', async ({ page }) => {
  await page.goto(`${HOST}/test/sub-path.html`);
  await expect(page.locator('iframe')).toHaveAttribute('src', new RegExp(`^${APP}/some/path/\\?embed=1&`));
  const frame = await appFrame(page);
  await expect(frame.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect.poll(async () => (await events(page, ['ready'])).length).toBe(1);
});

test('a framework file the host page cannot get is said inside the embed and sent as an error', async ({ page }) => {
  const frame = await embedOnBlank(page, { framework: 'no-such-ladder.json' });
  await expect(frame.locator('main h1')).toHaveText("This site's framework could not be loaded");
  await expect(frame.locator('.problems li')).toContainText('no-such-ladder.json answered HTTP 404');
  const errors = await events(page, ['error']);
  expect(errors.map((e) => e.payload.code)).toEqual(['framework-unavailable']);
});

test("a host's own framework runs end to end, by URL and by message, and is kept apart from the built-in one", async ({ page }) => {
  const clean = watchConsole(page);
  const ladder = await (await page.request.get(`${HOST}/staff-ladder.json`)).json();
  // By URL on the host's own origin (the example host framework).
  let frame = await embedOnBlank(page, { framework: `${HOST}/staff-ladder.json`, compact: true });
  await expect(frame.locator('html')).toHaveClass(/compact/);
  await expect(frame.locator('main h1')).toHaveText(/Are you ready to become a/);
  await completeInFrame(page, frame);
  const done = (await events(page, ['completed']))[0].payload;
  expect(done.framework).toMatchObject({ id: ladder.id, version: ladder.version });
  expect(done.competencies.map((c) => c.id)).toEqual(ladder.competencies.map((c) => c.id));
  // A host's framework exists only on the host's page: its results carry no link elsewhere.
  expect(done.shareLink).toBeNull();
  const saved = await frame.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('ready-to-lead')).mine));
  expect(saved).toEqual([`${ladder.id}@${ladder.version}`]);

  // The built-in assessment in the same browser starts fresh: the host's answers stay apart.
  frame = await embedOnBlank(page, {});
  await expect(frame.getByRole('button', { name: 'Start', exact: true })).toBeVisible();

  // By message: the loader sends the framework object once the app is ready for it.
  frame = await embedOnBlank(page, { framework: ladder });
  await expect(frame.locator('main h1')).toHaveText(/Are you ready to become a/);
  // Its saved assessment is found again under the same id and version.
  await expect(frame.getByRole('button', { name: 'See my report', exact: true })).toBeVisible();
  const ready = (await events(page, ['ready'])).map((e) => e.payload.framework && e.payload.framework.id);
  expect(ready).toEqual([null, ladder.id]);
  clean();
});

test('two embeds of one person: each host hears only what was done in its own embed', async ({ page, context }) => {
  const frameA = await embedOnBlank(page, {});
  const other = await context.newPage();
  const frameB = await embedOnBlank(other, {});
  // Both apps are running (not only their static pages): what A saves reaches B as it happens.
  await expect(frameA.locator('#shell')).toHaveCount(0);
  await expect(frameB.locator('#shell')).toHaveCount(0);
  await frameA.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(frameA.locator('.questionnaire h1')).toBeVisible();
  await answerPage(frameA, (i, values) => values[0]);
  await frameA.getByRole('button', { name: 'Next', exact: true }).click();
  await answerPage(frameA, () => '3');
  await expect.poll(async () => (await events(page, ['progress'])).map((e) => e.payload.answered).at(-1)).toBeGreaterThan(0);
  // The other embed takes in what this one saved: it offers to resume the same assessment...
  const answered = await frameA.locator('fieldset.item:not(.background) input:checked').count();
  await expect(frameB.getByText(`${answered} of 54 questions answered`)).toBeVisible();
  // ...and its host heard of none of it: nothing was started or answered there.
  expect(await events(other, ['started', 'progress', 'completed'])).toEqual([]);
  // What is done there from now on is its host's news again: Resume opens A's page (2), Next the third.
  await frameB.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(frameB.locator('.questionnaire h1')).toBeVisible();
  await frameB.getByRole('button', { name: 'Next', exact: true }).click();
  await expect.poll(async () => (await events(other, ['progress'])).map((e) => e.payload.page)).toEqual([3]);
  expect(await events(other, ['started', 'completed'])).toEqual([]);
  await other.close();
});

test('a Start pressed in an embed before the app has loaded starts the assessment, and the host hears it', async ({ page }) => {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto(`${HOST}/test/blank.html`);
  await page.evaluate(() => { window.embed = window.ReadyToLead.embed(document.getElementById('slot'), {}); });
  await expect(page.locator('iframe')).toHaveAttribute('src', new RegExp(`^${APP}/`));
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  // The static start page, in the embed's layout: no site header.
  await expect(frame.locator('#shell .intro h1')).toBeVisible();
  await expect(frame.locator('#shell .site-header')).toBeHidden();
  await frame.locator('#shell [data-testid=start]').click();
  release();
  await expect(frame.locator('.questionnaire h1')).toBeVisible();
  await expect.poll(async () => (await events(page, ['ready', 'started', 'progress'])).map((e) => e.type).slice(0, 3))
    .toEqual(['ready', 'started', 'progress']);
});

test('an embed works the same when the app was installed on this browser before (its service worker active)', async ({ page }) => {
  // A visit to the app itself installs its worker, which then also answers the embed's frame.
  await page.goto(`${APP}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const frame = await embedOnBlank(page, { theme: 'dark' });
  // The host page is on the same site (127.0.0.1), so the worker serves the frame.
  expect(await frame.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await frame.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(frame.locator('.questionnaire h1')).toBeVisible();
  await expect.poll(async () => (await events(page, ['ready', 'started'])).map((e) => e.type)).toEqual(['ready', 'started']);
  await expectFitted(page, frame);
});
