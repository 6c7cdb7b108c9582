/**
 * Renders public/icons/icon.svg to the PNG sizes the web app manifest lists,
 * using Debian's Chromium (no image toolchain needed). Run after editing the SVG:
 *   npx tsx scripts/make-icons.ts
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { chromiumPath, chromiumArgs } from '../e2e/support/chromium.ts';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const targets = [
  { file: 'public/icons/icon-192.png', size: 192, padding: 0 },
  { file: 'public/icons/icon-512.png', size: 512, padding: 0 },
  // Maskable icons must keep their content inside the central 80 % safe zone.
  { file: 'public/icons/icon-maskable-512.png', size: 512, padding: 0.12 },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
for (const { file, size, padding } of targets) {
  await page.setViewportSize({ width: size, height: size });
  const inset = Math.round(size * padding);
  await page.setContent(
    `<body style="margin:0;background:#00118f"><div style="padding:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px">${svg.replace('<svg ', `<svg width="${size - 2 * inset}" height="${size - 2 * inset}" `)}</div></body>`,
  );
  await page.screenshot({ path: file, omitBackground: false });
  console.info(`wrote ${file}`);
}
await browser.close();
