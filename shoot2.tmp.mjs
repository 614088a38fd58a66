import { chromium } from '@playwright/test';
const args = ['--headless=new','--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const scheme = process.argv[2] || 'light';
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
await page.goto('http://127.0.0.1:4173/');
await page.getByRole('button', { name: 'Start', exact: true }).click();
for (let p = 0; p < 20; p++) {
  const groups = page.locator('fieldset.item'); const n = await groups.count();
  for (let i = 0; i < n; i++) {
    const vals = await groups.nth(i).locator('input').evaluateAll((xs) => xs.map((x) => x.value));
    const v = vals.includes('na') ? ['4','3','5','2','4','3','na'][(i + p) % 7] : vals[vals.length - 2];
    await groups.nth(i).locator(`input[value="${v}"]`).check();
  }
  const fin = page.getByRole('button', { name: 'See my report', exact: true });
  if (await fin.isVisible()) { await fin.click(); break; }
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}
await page.waitForSelector('[data-testid=verdict]');
for (const [i, y] of [0, 800, 1600, 2400].entries()) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.screenshot({ path: `/tmp/shots/r390-${scheme}-${i}.png` });
}
await browser.close();
