// Installable, offline and locked down: the service worker, the strict Content-Security-Policy,
// requests to no other origin, user text that stays text, and storage that fails.
import { test, expect, chromium } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config.mjs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeAssessment, openIntro, rateAll, watchConsole } from './helpers.mjs';
import { serve } from './static-server.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** Waits until the service worker controls the page. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('installable, and offline after the first visit: a whole assessment and a share link', async ({ page, context }) => {
  await openIntro(page);
  await controlled(page);
  // Chromium's own installability check.
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toMatch(/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  const parsed = JSON.parse(manifest.data);
  expect(parsed.icons.some((i) => i.purpose === 'maskable')).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await completeAssessment(page);
  const verdict = await page.getByTestId('verdict').textContent();
  await page.getByRole('radio', { name: /^Results only/ }).check();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('verdict')).toHaveText(verdict);
  await context.setOffline(false);
});

test('a build for an absolute path (PUBLIC_URL=/some/path/) installs its worker there and works offline', async ({ page, context }) => {
  const work = await mkdtemp(join(tmpdir(), 'rtl-subpath-'));
  // The build as `make build PUBLIC_URL=/some/path/` writes it: the same files, with index.html
  // naming them by absolute path; then the build's own post-build step.
  await cp(dist, work, { recursive: true });
  const index = join(work, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace(/(["'])\.\/([^"']+)/g, '$1/some/path/$2'));
  execFileSync('node', ['scripts/post-build.mjs', work]);
  expect(await readFile(index, 'utf8')).toContain("from '/some/path/ready-to-lead-");
  const server = await serve(work, {}, '/some/path/');
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await controlled(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope)).toBe(server.url);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page.locator('.questionnaire h1')).toBeVisible();
    await page.locator('fieldset.item input[type=radio]').first().check();
    await context.setOffline(false);
  } finally {
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
});

test("Chromium's installability check passes (in a profile of its own: incognito cannot install)", async () => {
  const profile = await mkdtemp(join(tmpdir(), 'rtl-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', args: chromiumArgs, baseURL: 'http://127.0.0.1:4173/',
  });
  try {
    const page = await context.newPage();
    await openIntro(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('a new build deployed while the page is open: the page says so, and reloads into it when asked', async ({ page }) => {
  const work = await mkdtemp(join(tmpdir(), 'rtl-update-'));
  const [before, after] = [join(work, 'before'), join(work, 'after')];
  await cp(dist, before, { recursive: true });
  await cp(dist, after, { recursive: true });
  // The same build with one change, finished by the build's own post-build step.
  const index = join(after, 'index.html');
  const built = await readFile(index, 'utf8');
  // The release page is minified: its attributes may come in any order, unquoted.
  const next = built.replace(/<meta (?=[^>]*name="?description[\s">])[^>]*>/, '<meta name="description" content="The next version.">');
  expect(next).not.toBe(built);
  await writeFile(index, next);
  execFileSync('node', ['scripts/post-build.mjs', after]);
  const server = await serve(before);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => { window.sameDocument = true; });
    await controlled(page);
    // The first worker takes control without reloading the page, and says nothing.
    expect(await page.evaluate(() => window.sameDocument)).toBe(true);
    await expect(page.getByText('A new version of Ready to Lead is ready.')).toHaveCount(0);
    server.swap(after);
    // Moving between pages looks for a new build.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const notice = page.getByText('A new version of Ready to Lead is ready.');
    await expect(notice).toBeVisible();
    await page.locator('fieldset.item input[type=radio]').first().check();
    // Later: the page goes on as it was; the new build waits, and is offered again next time.
    await page.getByRole('button', { name: 'Later', exact: true }).click();
    await expect(notice).toHaveCount(0);
    expect(await page.evaluate(() => window.sameDocument)).toBe(true);
    await page.reload();
    await expect(page.locator('meta[name=description]')).not.toHaveAttribute('content', 'The next version.');
    await expect(notice).toBeVisible();
    await page.getByRole('button', { name: 'Reload', exact: true }).click();
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', 'The next version.');
    await expect(page.locator('.questionnaire h1')).toBeVisible();
    // Nothing was lost, and only the new build's cache is left.
    await expect(page.locator('fieldset.item input[type=radio]').first()).toBeChecked();
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(1);
  } finally {
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
});

/** Records the requests and policy violations of every page in a context. */
async function watched(context, log) {
  await context.exposeBinding('reportViolation', (_, v) => log.violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  context.on('request', (r) => log.requests.push(r.url()));
  context.on('page', (p) => p.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) log.violations.push(m.text());
  }));
  return context;
}

test('a complete run under the strict policy as an HTTP header: no violation, no other origin', async ({ browser }) => {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(html).not.toMatch(/\sstyle=/);
  const server = await serve(dist, { 'content-security-policy': `${policy}; frame-ancestors 'none'` });
  const log = { requests: [], violations: [] };
  try {
    const context = await watched(await browser.newContext({ acceptDownloads: true }), log);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') log.violations.push(m.text()); });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await completeAssessment(page, (i) => ['2', '4', '5', '3', 'na'][i % 5]);
    // Every export.
    for (const name of [/1:1 brief/, /reminder to my calendar/, 'Export all as JSON']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      expect((await download.path()).length).toBeGreaterThan(0);
    }
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all as JSON' }).click()]);
    // Share.
    const link = await page.getByLabel('Share link', { exact: true }).inputValue();
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    // Rate me, round trip.
    await page.getByRole('button', { name: 'Create a rate-me link' }).click();
    const request = await page.getByLabel('Rate-me link', { exact: true }).inputValue();
    const raterContext = await watched(await browser.newContext(), log);
    const rater = await raterContext.newPage();
    await rater.goto(request);
    await rateAll(rater, '3');
    await rater.getByRole('button', { name: 'Create my answer link' }).click();
    const answer = await rater.getByLabel('Answer link', { exact: true }).inputValue();
    await page.goto(answer);
    await page.getByRole('button', { name: 'Add to my report' }).click();
    await expect(page.locator('.feedback-table')).toBeVisible();
    // The shared link and an import, in a browser of its own.
    const otherContext = await watched(await browser.newContext(), log);
    const other = await otherContext.newPage();
    await other.goto(link);
    await expect(other.getByTestId('verdict')).toBeVisible();
    await other.goto(server.url);
    await other.locator('input[type=file]').setInputFiles(await json.path());
    await expect(other.getByText(/^Imported \d+ assessments?\.$/)).toBeVisible();
    await expect(other.getByTestId('verdict')).toBeVisible();

    expect(log.violations).toEqual([]);
    const origins = new Set(log.requests.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).origin));
    expect([...origins]).toEqual([new URL(server.url).origin]);
    expect(log.requests.length).toBeGreaterThan(10);
  } finally {
    await server.close();
  }
});

test('localStorage that throws on access: the app says so, works, and offers the export', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const clean = watchConsole(page);
  await openIntro(page);
  await expect(page.getByRole('alert')).toContainText('does not let the page keep data');
  await expect(page.getByRole('alert')).toContainText('export them as JSON');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('fieldset.item input[type=radio]').first().check();
  // The way to keep the answers is on the message itself, on every page.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export my answers as JSON' }).click(),
  ]);
  const exported = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'));
  expect(JSON.stringify(exported)).toContain('"answers"');
  await completeAssessment(page);
  await expect(page.getByRole('button', { name: 'Export all as JSON' })).toBeVisible();
  clean();
});

test('localStorage that refuses writes, as if full: nothing already saved is lost, and the app says how to keep the rest', async ({ page }) => {
  // An earlier visit saved an assessment in progress.
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('fieldset.item input[type=radio]').first().check();
  // Saved once the answer is in (writes are coalesced, a moment after the change).
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ready-to-lead') || '')).toContain('"years-hands-on"');
  const saved = await page.evaluate(() => localStorage.getItem('ready-to-lead'));

  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await expect(page.locator('fieldset.item input[type=radio]').first()).toBeChecked();
  await page.locator('fieldset.item').nth(1).locator('input[type=radio]').first().check();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be saved in this browser (The quota has been exceeded.)');
  await expect(alert).toContainText('export your assessment as JSON');
  // Still usable: the next page, and the answers stay on screen.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.locator('.questionnaire h1')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('ready-to-lead'))).toBe(saved);
});

const HOSTILE = '<img src=x onerror="window.__xss=1;alert(1)"> <script>window.__xss=1;alert(1)</script> javascript:window.__xss=1';

/** Nothing the hostile text holds ran or became an element, in the page and its frames. */
async function expectInert(page, dialogs, where) {
  expect(dialogs, `dialogs on ${where}`).toEqual([]);
  for (const frame of page.frames()) {
    const found = await frame.evaluate(() => ({
      ran: window.__xss ?? null,
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__xss')).length,
      links: [...document.querySelectorAll('a[href]')].filter((a) => a.href.startsWith('javascript:')).length,
    }));
    expect(found, `${where} (${frame.url()})`).toEqual({ ran: null, images: 0, scripts: 0, links: 0 });
  }
}

test('user text stays text: names, notes, rater names and framework strings, on every path', async ({ page, browser }) => {
  const dialogs = [];
  const watch = (p) => p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  watch(page);
  await openIntro(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await completeAssessment(page);
  // A note on the first competency page, and a name for the share link.
  await page.goto('./#/q/2');
  await page.getByLabel('Evidence (optional)').fill(HOSTILE);
  await page.goto('./#/report');
  await page.getByRole('radio', { name: /^Full answers/ }).check();
  await page.getByLabel('Include my name', { exact: true }).check();
  await page.getByLabel('Your name', { exact: true }).fill(HOSTILE);
  await page.getByLabel('Include my evidence notes').check();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  await expectInert(page, dialogs, 'my report');
  const [brief] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /1:1 brief/ }).click()]);
  expect(Buffer.concat(await (await brief.createReadStream()).toArray()).toString('utf8')).not.toMatch(/<img|<script/);

  // The shared view, kept among reports shared with me, and a rater's name.
  const context = await browser.newContext();
  const other = await context.newPage();
  watch(other);
  await other.goto(link);
  await expect(other.getByTestId('verdict')).toBeVisible();
  await expect(other.locator('main')).toContainText('<img src=x onerror=');
  await other.getByRole('button', { name: 'Keep this report' }).click();
  await expectInert(other, dialogs, 'the shared view');
  await page.getByRole('button', { name: 'Create a rate-me link' }).click();
  const request = await page.getByLabel('Rate-me link', { exact: true }).inputValue();
  await other.goto(request);
  await rateAll(other, '3');
  await other.getByLabel('Your name or role (optional)').fill(HOSTILE);
  await other.getByRole('button', { name: 'Create my answer link' }).click();
  const answer = await other.getByLabel('Answer link', { exact: true }).inputValue();
  await expectInert(other, dialogs, 'the rating page');
  await context.close();
  await page.goto(answer);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>');
  await page.getByRole('button', { name: 'Add to my report' }).click();
  await expect(page.locator('.feedback-table')).toBeVisible();
  await expectInert(page, dialogs, 'my report with the ratings');

  // A host's framework whose strings hold markup, in an embed.
  const ladder = await (await page.request.get('http://127.0.0.1:4174/staff-ladder.json')).json();
  // Names are at most 80 characters: one payload each.
  ladder.title = 'Ladder <img src=x onerror="window.__xss=1;alert(1)">';
  ladder.description = HOSTILE;
  ladder.competencies[0].name = 'Design <script>window.__xss=1</script>';
  ladder.roles.find((r) => r.id === ladder.default_role).name = 'Staff <img src=x onerror=alert(1)>';
  await page.goto('http://127.0.0.1:4174/test/blank.html');
  await page.evaluate((f) => window.ReadyToLead.embed(document.getElementById('slot'), { framework: f }), ladder);
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await expect(frame.locator('main h1')).toContainText('<img src=x');
  await frame.getByRole('button', { name: 'Start', exact: true }).click();
  await frame.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(frame.locator('main h1')).toContainText('<script>');
  await expectInert(page, dialogs, 'an embed with a hostile framework');
});
