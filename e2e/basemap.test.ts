import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { enrolKiosk, useKioskSuite } from './support/kiosk';
import { rebuildPack } from './support/content-pack';
import { viewports } from './support/browser';
import { writeTestBasemap } from './support/basemap';

/**
 * An operator gives a kiosk a PMTiles street map. The kiosk downloads the file whole
 * once, draws it under the schematic map, and still draws it with the network gone.
 */
const terminal = 'e2e-basemap-01';
const otherTerminal = 'e2e-basemap-02';
const basemapUrl = '/packs/tiles/iwaki-e2e.pmtiles';
let fileSize = 0;
const kiosk = useKioskSuite(async (server) => {
  fileSize = await writeTestBasemap(server.packsDir, 'iwaki-e2e.pmtiles');
  // The operator writes the file's sha256 into the config; the kiosk keeps only a file that matches.
  const sha256 = createHash('sha256').update(readFileSync(join(server.packsDir, 'tiles', 'iwaki-e2e.pmtiles'))).digest('hex');
  writeFileSync(join(server.kioskDir, 'sites', `${terminal}.json`), JSON.stringify({
    terminalId: terminal,
    siteName: { ja: '小名浜支所（地図試験）', en: 'Onahama (map test)' },
    location: { lat: 36.94835, lng: 140.90388, label: '小名浜支所' },
    basemap: { url: basemapUrl, attribution: '© E2E test tiles', sha256 },
  }));
  // Another terminal whose config names another digest: the file on the server is not the one meant.
  writeFileSync(join(server.kioskDir, 'sites', `${otherTerminal}.json`), JSON.stringify({
    terminalId: otherTerminal,
    siteName: { ja: '小名浜支所（地図試験 2）', en: 'Onahama (map test 2)' },
    location: { lat: 36.94835, lng: 140.90388, label: '小名浜支所' },
    basemap: { url: basemapUrl, attribution: '© E2E test tiles', sha256: '0'.repeat(64) },
  }));
  rebuildPack(server.contentDir, server.packsDir, { KIOSK_CONFIG_DIR: server.kioskDir });
});

/** The colour in the middle of the first drawn tile: the test tiles are pure red. */
const tileColour = (page: Page) => page.locator('.disaster-map__basemap canvas.leaflet-tile-loaded').first()
  .evaluate((canvas: HTMLCanvasElement) => [...canvas.getContext('2d')!.getImageData(128, 128, 1, 1).data.slice(0, 3)]);

async function openMap(page: Page): Promise<void> {
  await page.evaluate(() => { history.pushState(null, '', '/disaster?hazard=tsunami&view=map'); dispatchEvent(new PopStateEvent('popstate')); });
  await page.locator('.disaster-map--basemap').waitFor();
  await page.locator('.disaster-map__basemap canvas.leaflet-tile-loaded').first().waitFor();
}

describe('an optional PMTiles basemap on a kiosk', () => {
  it('is cached whole, drawn under the schematic map with its attribution, and works offline', async () => {
    const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
    const page = await context.newPage();
    await enrolKiosk(page, kiosk.server.url, terminal);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await page.locator('.attract__start').click();
    await page.locator('main h1').waitFor();

    await openMap(page);
    expect(await tileColour(page)).toEqual([255, 0, 0]);
    expect(await page.locator('.disaster-map__attribution').textContent()).toBe('© E2E test tiles');
    // Under the schematic map and the markers: Leaflet's tile pane is below the overlay and marker panes.
    expect(await page.locator('.leaflet-tile-pane .disaster-map__basemap').count()).toBe(1);
    expect(await page.locator('.leaflet-marker-icon.site-marker--nearest').count()).toBe(10);
    const cached = await page.evaluate(async (url) => {
      const response = await (await caches.open('madoguchi-basemap')).match(new URL(url, location.origin).href);
      return response ? (await response.arrayBuffer()).byteLength : 0;
    }, basemapUrl);
    expect(cached).toBe(fileSize);

    await context.setOffline(true);
    await page.locator('.site-results__view--list').click();
    await page.locator('.site-card').first().waitFor();
    await openMap(page);
    expect(await tileColour(page)).toEqual([255, 0, 0]);
    await context.close();
  });

  it('a file that does not match the sha256 in the kiosk config is neither kept nor drawn', async () => {
    const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
    const page = await context.newPage();
    await enrolKiosk(page, kiosk.server.url, otherTerminal);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await page.locator('.attract__start').click();
    await page.locator('main h1').waitFor();
    await page.evaluate(() => { history.pushState(null, '', '/disaster?hazard=tsunami&view=map'); dispatchEvent(new PopStateEvent('popstate')); });
    await page.getByText('街の地図を読み込めませんでした').waitFor();
    expect(await page.locator('.disaster-map__basemap canvas').count()).toBe(0);
    expect(await page.evaluate(async () => (await (await caches.open('madoguchi-basemap')).keys()).length)).toBe(0);
    await context.close();
  });
});
