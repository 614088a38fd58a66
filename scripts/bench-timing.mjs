// Timings of the release build in Debian's Chromium with the CPU slowed 4x (a phone-class CPU):
// answer click -> next frame over every item of the questionnaire, the app's own work per click,
// and the same click on a plain HTML page of the same questions and styles (the floor). Figures
// only: it never fails a run. Used by `make bench` (after `make build`); BENCH_RUNS sets the runs.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromiumArgs } from '../playwright.config.mjs';

const PORT = 4199;
const SLOWDOWN = 4;
const RUNS = Number(process.env.BENCH_RUNS || 3);

const server = spawn(process.execPath, ['tests/e2e/server.mjs'], {
  env: { ...process.env, PORT: String(PORT) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

// For every real (trusted) click on an answer: from the input event to the start of the next
// frame, the frame that shows it; the wait for the display's next frame is part of it.
const LISTEN = () => {
  window.__frames = [];
  document.addEventListener('click', (e) => {
    // Once per answer: a click on a label also clicks its radio.
    if (!e.isTrusted || !e.target.closest('fieldset.item') || e.timeStamp === window.__last) return;
    window.__last = e.timeStamp;
    const input = e.timeStamp;
    requestAnimationFrame(() => window.__frames.push(performance.now() - input));
  }, true);
};
const readdirCss = () => ['base', 'layout', 'questionnaire'].map((n) => `style/${n}.css`);

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(1)} ms`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  const toFrame = [];
  const work = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('.questionnaire h1').waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await page.evaluate(LISTEN);
    for (let guard = 0; guard < 40; guard++) {
      const groups = page.locator('fieldset.item:not(.background)');
      const n = await groups.count();
      for (let i = 0; i < n; i++) {
        await groups.nth(i).locator('label.option').nth(3).click();
      }
      // The app's own work per click, without waiting for a frame: handler, signal updates,
      // DOM changes and layout (a synthetic click on the next level of each item).
      const times = await page.evaluate(async () => {
        const out = [];
        for (const group of document.querySelectorAll('fieldset.item:not(.background)')) {
          const input = group.querySelector('input[value="5"]') || group.querySelector('input');
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          const start = performance.now();
          input.click();
          group.getBoundingClientRect();
          out.push(performance.now() - start);
        }
        return out;
      });
      work.push(...times);
      const next = page.getByRole('button', { name: 'Next', exact: true });
      if (!(await next.isVisible())) break;
      const before = page.url();
      await next.click();
      await page.waitForURL((u) => u.toString() !== before);
      await page.locator('.questionnaire h1').waitFor();
    }
    await page.waitForTimeout(100);
    toFrame.push(...(await page.evaluate(() => window.__frames)));
    await context.close();
  }
  // The floor: a plain HTML page with the same first questions, no script, the same styles.
  const floor = [];
  const framework = JSON.parse(readFileSync('content/engineering-manager.json', 'utf8'));
  const css = readdirCss().map((f) => readFileSync(f, 'utf8')).join('\n');
  let html = `<style>${css}</style><main><section class="questionnaire"><div class="items">`;
  for (const c of framework.competencies) {
    for (const item of c.items) {
      html += `<fieldset class="item"><legend>${item.situation}</legend><div class="options">`;
      item.anchors.forEach((a, k) => {
        html += `<label class="option"><input type="radio" name="${item.id}" value="${k + 1}"><span class="option-key">${k + 1}</span><span class="option-text">${a}</span></label>`;
      });
      html += '</div></fieldset>';
    }
  }
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.setContent(html + '</div></section></main>');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await page.evaluate(LISTEN);
    const groups = page.locator('fieldset.item');
    for (let i = 0; i < 54 && i < (await groups.count()); i++) {
      await groups.nth(i).locator('label.option').nth(3).click();
    }
    await page.waitForTimeout(100);
    floor.push(...(await page.evaluate(() => window.__frames)));
    await context.close();
  }
  console.log(`answer click, CPU slowed ${SLOWDOWN}x, ${toFrame.length} clicks over ${RUNS} runs:`);
  console.log(`  click -> next frame: p50 ${ms(percentile(toFrame, 50))}, p95 ${ms(percentile(toFrame, 95))}`);
  console.log(`  click -> work done:  p50 ${ms(percentile(work, 50))}, p95 ${ms(percentile(work, 95))}`);
  console.log(`  floor (plain HTML, same questions and styles), click -> next frame: p50 ${ms(percentile(floor, 50))}, p95 ${ms(percentile(floor, 95))}`);
} finally {
  await browser.close();
  server.kill();
}
