// Draws the app's PNG icons from its SVGs in Chromium: `node scripts/icons.mjs`. Run when the
// mark changes; the PNGs are committed (a build needs no browser).
import { chromium } from 'playwright';
import { readFile } from 'node:fs/promises';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
const page = await browser.newPage();
for (const [svg, png, size] of [
  ['public/favicon.svg', 'public/icons/icon-192.png', 192],
  ['public/favicon.svg', 'public/icons/icon-512.png', 512],
  ['public/icons/maskable.svg', 'public/icons/maskable-512.png', 512],
]) {
  const markup = (await readFile(svg, 'utf8')).replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;background:transparent">${markup}</body>`);
  await page.locator('svg').screenshot({ path: png, omitBackground: true });
  console.log(`${png}: ${size}×${size}`);
}
await browser.close();
