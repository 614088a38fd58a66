// Timings of the release build in Debian's Chromium, beside a plain HTML page of the same first
// questions and styles (the floor). Figures only: it never fails a run. Used by `make bench`
// (after `make build`); BENCH_RUNS sets the runs (at least 5; the median is printed).
//  - Loading, on a phone profile (150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU slowed 4x,
//    a cold cache): navigation -> Start visible, navigation -> first question interactive,
//    navigation -> the app running.
//  - Interaction, CPU slowed 4x: answer click -> next frame, Next -> the next page drawn, and the
//    app's own work per click; the same click on the floor page.
//  - Memory after a whole questionnaire and the report: JS heap and wasm memory.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../playwright.config.mjs';
import { serve } from '../tests/e2e/static-server.mjs';

const PORT = 4199;
const SLOWDOWN = 4;
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS || 5));
const PHONE = { offline: false, latency: 150, downloadThroughput: (1.6e6) / 8, uploadThroughput: 750e3 / 8 };

const server = spawn(process.execPath, ['tests/e2e/server.mjs'], {
  env: { ...process.env, PORT: String(PORT), HOST_PORTS: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const APP = `http://127.0.0.1:${PORT}/`;

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const median = (xs) => percentile(xs, 50);
const ms = (x) => (x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);

// For every real click on an answer: from the input event to the start of the next frame, the
// frame that shows it. For every click on Next: to the first frame that shows the next page.
const LISTEN = () => {
  window.__frames = [];
  window.__pages = [];
  document.addEventListener('click', (e) => {
    if (!e.isTrusted || e.timeStamp === window.__last) return;
    window.__last = e.timeStamp;
    const input = e.timeStamp;
    if (e.target.closest('fieldset.item')) {
      requestAnimationFrame(() => window.__frames.push(performance.now() - input));
    } else if (e.target.closest('button') && e.target.closest('button').textContent.trim() === 'Next') {
      const before = document.querySelector('main h1').textContent;
      const watch = () => {
        const h = document.querySelector('main h1');
        if (h && h.textContent !== before) window.__pages.push(performance.now() - input);
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }
  }, true);
};

// The work a click causes, without waiting for a frame: the handler, the effects it queues
// (microtasks, drained before a message task runs), then style and layout. A synthetic click on
// the next level of each item on the page.
const WORK = async () => {
  const out = [];
  const channel = new MessageChannel();
  for (const group of document.querySelectorAll('fieldset.item:not(.background)')) {
    const input = group.querySelector('input[value="5"]') || group.querySelector('input');
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const start = performance.now();
    input.click();
    await new Promise((r) => { channel.port1.onmessage = r; channel.port2.postMessage(0); });
    document.body.getBoundingClientRect();
    out.push(performance.now() - start);
  }
  return out;
};

// The first frame in which a selector is on screen, in ms from navigation start. With `press`,
// Start is pressed in the frame it is first seen: from inside the page, so that the figure is
// the page's own time and not the test driver's round trips to click (a few hundred ms under
// a 4x CPU slowdown). The question then counts from the next frame on, the first that can
// show what the press did.
const FIRST_SEEN = (press) => {
  window.__seen = {};
  const watch = () => {
    for (const [name, selector] of [['start', '.intro-actions .primary'], ['question', '.questionnaire fieldset input[type=radio]']]) {
      const el = document.querySelector(selector);
      if (!window.__seen[name] && el && el.getBoundingClientRect().height > 0) {
        window.__seen[name] = performance.now();
        if (name === 'start' && press) {
          el.click();
          break;
        }
      }
    }
    // The app has taken over from the static page (the floor has none: it counts at once).
    if (!window.__seen.app && document.body && !document.getElementById('shell')) window.__seen.app = performance.now();
    if (!window.__seen.question || !window.__seen.app) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
};

async function floorPage() {
  const framework = JSON.parse(await readFile('content/engineering-manager.json', 'utf8'));
  const dir = await mkdtemp(join(tmpdir(), 'rtl-floor-'));
  for (const n of ['base', 'layout', 'questionnaire']) {
    await writeFile(join(dir, `${n}.css`), await readFile(`style/${n}.css`));
  }
  let html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    + '<link rel="stylesheet" href="base.css"><link rel="stylesheet" href="layout.css"><link rel="stylesheet" href="questionnaire.css"></head>'
    + '<body><main><div class="intro-actions"><button type="button" class="primary">Start</button></div><section class="questionnaire"><h1>Questions</h1><div class="items">';
  // One page's worth, as the app shows: the first competency's questions.
  for (const c of framework.competencies.slice(0, 1)) {
    for (const item of c.items) {
      html += `<fieldset class="item"><legend>${item.situation}</legend><div class="options">`;
      item.anchors.forEach((a, k) => {
        html += `<label class="option"><input type="radio" name="${item.id}" value="${k + 1}"><span class="option-key">${k + 1}</span><span class="option-text">${a}</span></label>`;
      });
      html += '</div></fieldset>';
    }
  }
  await writeFile(join(dir, 'index.html'), `${html}</div></section></main></body></html>`);
  return dir;
}

async function throttled(browser, network) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', PHONE);
  }
  return { context, page, cdp };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...chromiumArgs, '--enable-precise-memory-info'] });
const floorDir = await floorPage();
const floor = await serve(floorDir);
try {
  // Loading.
  const load = { app: { start: [], question: [], app: [] }, floor: { start: [], question: [], app: [] } };
  for (let run = 0; run < RUNS; run++) {
    for (const [name, url] of [['app', APP], ['floor', floor.url]]) {
      const { context, page } = await throttled(browser, true);
      // A person presses Start as soon as they see it (the floor shows its questions at once).
      await page.addInitScript(FIRST_SEEN, name === 'app');
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__seen && window.__seen.question && window.__seen.app, null, { timeout: 60_000 });
      const seen = await page.evaluate(() => window.__seen);
      load[name].start.push(seen.start);
      // The frame that first shows a question is when it can be answered, for both pages alike:
      // on a first visit the app's static page carries its first page of questions, whose
      // answers the app takes over when it runs (tests/e2e/first-paint.spec.mjs).
      load[name].question.push(seen.question);
      load[name].app.push(seen.app);
      await context.close();
    }
  }

  // Interaction and memory.
  const toFrame = [];
  const toPage = [];
  const work = [];
  const memory = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page, cdp } = await throttled(browser, false);
    await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
    await page.goto(APP);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('.questionnaire h1').waitFor();
    await page.evaluate(LISTEN);
    for (let guard = 0; guard < 40; guard++) {
      const groups = page.locator('fieldset.item:not(.background)');
      const n = await groups.count();
      for (let i = 0; i < n; i++) await groups.nth(i).locator('label.option').nth(3).click();
      // The app's own work per click, without waiting for a frame: the handler, the effects it
      // queues (microtasks, drained before a message task runs), then style and layout (a
      // synthetic click on the next level of each item).
      work.push(...(await page.evaluate(WORK)));
      if (n === 0) {
        const options = page.locator('fieldset.background');
        for (let i = 0; i < (await options.count()); i++) await options.nth(i).locator('input[type=radio]').first().check();
      }
      const next = page.getByRole('button', { name: 'Next', exact: true });
      if (!(await next.isVisible())) {
        await page.getByRole('button', { name: 'See my report', exact: true }).click();
        await page.getByTestId('verdict').waitFor();
        break;
      }
      const before = await page.locator('main h1').textContent();
      await next.click();
      await page.waitForFunction((b) => document.querySelector('main h1')?.textContent !== b, before);
    }
    await page.waitForTimeout(200);
    toFrame.push(...(await page.evaluate(() => window.__frames)));
    toPage.push(...(await page.evaluate(() => window.__pages)));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
    memory.push({ heap, wasm });
    await context.close();
  }
  const floorFrames = [];
  const floorWork = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await throttled(browser, false);
    await page.goto(floor.url);
    await page.evaluate(LISTEN);
    // As many clicks as the app gets: each question answered, again and again.
    const groups = page.locator('fieldset.item');
    const n = await groups.count();
    for (let i = 0; i < 57; i++) await groups.nth(i % n).locator('label.option').nth(i % 5).click();
    await page.waitForTimeout(100);
    floorFrames.push(...(await page.evaluate(() => window.__frames)));
    for (let i = 0; i < 12; i++) floorWork.push(...(await page.evaluate(WORK)));
    await context.close();
  }

  const mb = (x) => `${(x / 1048576).toFixed(1)} MB`;
  console.log(`loading, phone profile (150 ms RTT, 1.6 Mbps, CPU ${SLOWDOWN}x, cold cache), median of ${RUNS} runs:`);
  console.log(`  navigation -> Start visible:               app ${ms(median(load.app.start))}, floor ${ms(median(load.floor.start))}`);
  console.log(`  navigation -> first question interactive:  app ${ms(median(load.app.question))}, floor ${ms(median(load.floor.question))}`);
  console.log(`  navigation -> the app running (wasm loaded, static page taken over): ${ms(median(load.app.app))}`);
  console.log(`interaction, CPU ${SLOWDOWN}x, ${RUNS} runs of the whole questionnaire:`);
  console.log(`  answer click -> next frame: p50 ${ms(percentile(toFrame, 50))}, p95 ${ms(percentile(toFrame, 95))} (${toFrame.length} clicks)`);
  console.log(`  answer click -> work done (handler, effects, style, layout): p50 ${ms(percentile(work, 50))}, p95 ${ms(percentile(work, 95))}`);
  console.log(`  Next -> next page drawn:    p50 ${ms(percentile(toPage, 50))}, p95 ${ms(percentile(toPage, 95))} (${toPage.length} pages)`);
  console.log(`  floor (plain HTML), answer click -> next frame: p50 ${ms(percentile(floorFrames, 50))}, p95 ${ms(percentile(floorFrames, 95))}`);
  console.log(`  floor (plain HTML), answer click -> work done:  p50 ${ms(percentile(floorWork, 50))}, p95 ${ms(percentile(floorWork, 95))}`);
  console.log(`memory after the whole questionnaire and the report (median): JS heap ${mb(median(memory.map((m) => m.heap)))}, wasm memory ${mb(median(memory.map((m) => m.wasm)))}`);
} finally {
  await browser.close();
  await floor.close();
  await rm(floorDir, { recursive: true, force: true });
  server.kill();
}
