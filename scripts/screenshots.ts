/**
 * Screenshots of the built app as a person sees it, for review:
 *   npx tsx scripts/screenshots.ts [outDir] [--path /settings] [--size 1080x1920] [--text 2] [--theme dark] [--lang en] [--furigana] [--wait .site-marker] [--scroll '#site-results-title']
 * The disaster screens at kiosk size, as issue 8 asks (list and map, large text and English):
 *   npx tsx scripts/screenshots.ts --path '/disaster?hazard=tsunami' --path '/disaster?hazard=tsunami&view=map' --wait '.site-card, .site-marker' --scroll '#site-results-title' --text 2
 *   (the same with --lang en)
 * Starts the built server on a temporary database; writes PNGs to outDir (default .tmp/screenshots).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium.ts';
import { startBuiltServer } from '../e2e/support/start-server.ts';
import { chooseDisplayModes } from '../e2e/support/display-modes.ts';

const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const flag = (name: string) => args.includes(`--${name}`);
const outDir = args[0] && !args[0].startsWith('--') ? args[0] : '.tmp/screenshots';
const paths = args.flatMap((a, i) => (args[i - 1] === '--path' ? [a] : []));
const [width, height] = (option('size') ?? '1080x1920').split('x').map(Number);
const textSize = option('text') ?? '0';
const theme = option('theme') ?? 'default';
const lang = option('lang') ?? 'ja';
// What must be on screen before the picture: a heading by default; a map waits for its markers.
const ready = option('wait') ?? 'main h1, .attract__start';
// An element to bring to the top first, for what lies below the fold (the list under the hazard picker).
const scrollTo = option('scroll');

mkdirSync(outDir, { recursive: true });
const server = await startBuiltServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: width!, height: height! }, locale: lang });
  const page = await context.newPage();
  // Let the first content pack install: the guide list fills once it is stored.
  await page.goto('/guides');
  await page.locator('.guide-link').first().waitFor({ timeout: 60_000 });
  // Set display modes the way a person does: through the settings screen.
  await page.goto('/settings');
  await chooseDisplayModes(page, { textSize: Number(textSize), theme, furigana: flag('furigana') });
  for (const path of paths.length ? paths : ['/', '/settings']) {
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    if (scrollTo) {
      await page.locator(scrollTo).first().evaluate((el) => {
        // Below the sticky header, as the app itself scrolls to results.
        const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - header - 8);
      });
    }
    await page.waitForTimeout(400);
    // Readings arrive with the content a moment after the first paint; a screen with no Japanese has none.
    if (flag('furigana')) await page.locator('rt').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
    const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${width}x${height}-t${textSize}-${theme}-${lang}${flag('furigana') ? '-furigana' : ''}.png`;
    await page.screenshot({ path: join(outDir, name), fullPage: flag('full') });
    console.info(join(outDir, name));
  }
} finally {
  await browser.close();
  await server.stop();
}
