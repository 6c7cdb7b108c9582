import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { enrolKiosk, useKioskSuite } from './support/kiosk';
import { viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { chooseDisplayModes } from './support/display-modes';
import { keepScreenshot } from './support/shots';

/**
 * The day the network is down: someone at the 小名浜支所 kiosk asks where to go. The kiosk
 * must answer from its stored pack, with only the sites designated for that hazard,
 * nearest first from the terminal's configured place, as a list and as a map.
 */
interface PackSite { id: string; lat: number; lng: number; hazards: string[] }
const terminal = 'onahama-shisho-01';
const here = { lat: 36.94835, lng: 140.90388 }; // kiosk-config/sites/onahama-shisho.json

const kiosk = useKioskSuite();

/** Haversine on a sphere of the mean Earth radius: the test's own, independent of the app's. */
function meters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}
const nearest = (sites: PackSite[], hazard: string) =>
  sites.filter((s) => s.hazards.includes(hazard)).sort((a, b) => meters(here, a) - meters(here, b)).slice(0, 10);

/** Moves within the app as a touch on a link does; a reload would put the kiosk back to its defaults. */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }, path);
}

/**
 * Enrols the browser as the Onahama terminal, reads the installed pack's sites while
 * still online, starts a session at the attract loop, then pulls the network.
 */
async function offlineKiosk(startsOn = '.home__tiles'): Promise<{ context: BrowserContext; page: Page; sites: PackSite[]; cspErrors: string[] }> {
  const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
  const page = await context.newPage();
  const cspErrors: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
  await enrolKiosk(page, kiosk.server.url, terminal);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  const manifest = (await (await context.request.get('/packs/manifest.json')).json()) as { files: Array<{ path: string; sha256: string }> };
  const entry = manifest.files.find((f) => f.path === 'disaster/sites.json')!;
  const sites = (await (await context.request.get(`/packs/objects/${entry.sha256}.json`)).json()) as PackSite[];
  await page.locator('.attract__start').click();
  await page.locator(startsOn).first().waitFor();
  await context.setOffline(true);
  return { context, page, sites, cspErrors };
}

const listedIds = async (page: Page) =>
  (await page.locator('.site-card__name a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
    .map((href) => decodeURIComponent(href.split('/').pop()!.split('?')[0]!));

async function chooseHazard(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator('.hazard-picker__button[aria-pressed="true"]', { hasText: name }).waitFor();
  await page.locator('.site-card').first().waitFor();
}

/** With MADOGUCHI_SCREENSHOTS=dir, a kiosk-sized picture of the screen from `top` down, for review. */
async function look(page: Page, name: string, top: string): Promise<void> {
  // Scrolls only when pictures are wanted: the tests must see the same page either way.
  if (!process.env.MADOGUCHI_SCREENSHOTS) return;
  await page.locator(top).first().evaluate((el) => {
    const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - header - 8);
  });
  await page.waitForTimeout(300);
  await keepScreenshot(page, `disaster-${name.replace(/\s+/g, '-')}`);
}

/** The display modes a citizen can choose; large text is the largest step (200 %). */
const displayModes = [
  { name: 'default', textSize: 0, theme: 'default', furigana: false },
  { name: 'large text', textSize: 2, theme: 'default', furigana: false },
  { name: 'high contrast', textSize: 0, theme: 'high-contrast', furigana: false },
  { name: 'dark', textSize: 0, theme: 'dark', furigana: false },
  { name: 'furigana', textSize: 0, theme: 'default', furigana: true },
] as const;

/** Through the settings screen's controls, as a citizen does (a reload would reset the kiosk). */
async function setDisplayModes(page: Page, mode: (typeof displayModes)[number]): Promise<void> {
  await go(page, '/settings');
  await chooseDisplayModes(page, mode);
}

describe('evacuation sites on the Onahama kiosk, offline', () => {
  it('津波 lists only tsunami sites nearest first from the terminal, 洪水 changes the list, the map shows markers', async () => {
    const { context, page, sites, cspErrors } = await offlineKiosk();
    await page.locator('.home-tile[href="/disaster"]').click();
    await chooseHazard(page, '津波');
    expect(new URL(page.url()).search).toBe('?hazard=tsunami');

    const tsunami = nearest(sites, 'tsunami');
    expect(await listedIds(page)).toEqual(tsunami.map((s) => s.id));
    // The two places nearest the 支所 are not tsunami sites and must not be offered.
    const closestOfAll = [...sites].sort((a, b) => meters(here, a) - meters(here, b))[0]!;
    expect(closestOfAll.hazards).not.toContain('tsunami');
    expect(await listedIds(page)).not.toContain(closestOfAll.id);
    const first = meters(here, tsunami[0]!);
    expect(await page.locator('.site-card__distance strong').first().textContent())
      .toBe(`直線距離 ${(first / 1000).toFixed(1)} km・徒歩約 ${Math.ceil((first * 60) / 4000)} 分`);
    expect(await page.locator('.here-note').textContent()).toContain('小名浜支所');

    await chooseHazard(page, '洪水');
    const flood = nearest(sites, 'flood').map((s) => s.id);
    await page.waitForFunction((id) => document.querySelector('.site-card__name a')?.getAttribute('href')?.includes(id), flood[0]!);
    expect(await listedIds(page)).toEqual(flood);
    expect(flood).not.toEqual(tsunami.map((s) => s.id));

    await chooseHazard(page, '津波');
    await page.getByRole('button', { name: '地図で見る' }).click();
    await page.locator('.site-marker--nearest').nth(9).waitFor();
    expect(await page.locator('.site-marker--nearest').count()).toBe(10);
    expect(await page.locator('.leaflet-marker-icon.site-marker--suitable').count()).toBe(sites.filter((s) => s.hazards.includes('tsunami')).length);
    expect(await page.locator('.leaflet-marker-icon.site-marker--unsuitable').count()).toBe(sites.filter((s) => !s.hazards.includes('tsunami')).length);
    expect(await page.locator('.leaflet-marker-icon.here-marker').count()).toBe(1);
    // The areas come from the pack's map GeoJSON, read after the markers are drawn.
    await page.locator('path.disaster-map__area').first().waitFor({ state: 'attached' });
    expect(await page.locator('.leaflet-tile').count()).toBe(0); // no tile layer: nothing to download
    expect(await page.locator('.map-legend').textContent()).toContain('サンプル（架空）');
    // Leaflet's stylesheet came from the npm package through the bundle, and applies.
    expect(await page.locator('.leaflet-pane').first().evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    // The nearest marker is a control: it opens that site's page.
    await page.locator('.site-marker--nearest[aria-label^="1番目"]').click();
    await page.locator('.site-print').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/disaster/sites/${tsunami[0]!.id}`);
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('reads the three nearest sites aloud with their kana readings', async () => {
    const { context, page } = await offlineKiosk();
    await page.evaluate(() => {
      // Record what would be spoken instead of speaking (headless Chromium has no voices).
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => { spoken.push(`${u.lang}|${u.text}`); };
    });
    await go(page, '/disaster?hazard=tsunami');
    await page.getByRole('button', { name: '近い3か所を読み上げる' }).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken).toHaveLength(1);
    // The screen's own sentences are spoken in the furigana's readings too (ほくせい, not 北西 left to the voice).
    expect(spoken[0]).toMatch(/^ja\|つなみのときの、ちかいひなんばしょです。 1番目、おなはま.+。.+ 2番目、.+ 3番目、.+分です。$/);
    expect(spoken[0]).not.toMatch(/津波|避難|北西|直線距離/);
    await context.close();
  });

  it('list and map pass axe in every display mode: default, large text, high contrast, dark, furigana, English', async () => {
    const { context, page } = await offlineKiosk();
    const check = async (label: string) => {
      await go(page, '/disaster?hazard=tsunami');
      await page.locator('.site-card').first().waitFor();
      const list = await axeViolations(page);
      await look(page, `${label}-list`, '#site-results-title');
      await page.locator('.site-results__view--map').click();
      await page.locator('.site-marker--nearest').nth(9).waitFor();
      const map = await axeViolations(page);
      await look(page, `${label}-map`, '.disaster-map__controls');
      await page.locator('.site-results__view--list').click();
      return [...list.map((v) => `${label} list: ${v}`), ...map.map((v) => `${label} map: ${v}`)];
    };
    const found: string[] = [];
    for (const mode of displayModes) {
      await setDisplayModes(page, mode);
      found.push(...(await check(mode.name)));
    }
    await setDisplayModes(page, displayModes[0]!);
    await go(page, '/language');
    await page.locator('.language-list button[lang="en"]').click();
    await page.locator('.home__tiles').waitFor();
    await go(page, '/disaster?hazard=tsunami');
    expect(await page.locator('h1').textContent()).toBe('Find an evacuation site');
    expect(await page.locator('.site-card__distance strong').first().textContent()).toMatch(/^\d+\.\d km in a straight line · about \d+ min on foot$/);
    found.push(...(await check('English')));
    expect(found, found.join('\n')).toEqual([]);
    await context.close();
  }, 300_000); // six display modes, each a list and a map through axe
});

/**
 * Issue 19: the map has something on it offline — the city's coast, rivers, roads, railways
 * and 町 edges from the pack's GeoJSON, named in the reader's language with the Japanese
 * beside — and a tsunami list tells someone near the sea which way is away from it.
 */
describe('the map\'s own basemap, from the pack, offline', () => {
  /** The layers the pack drew, counted by class: paths Leaflet clipped away are "M0 0". */
  const drawn = (page: Page) => page.evaluate(() => {
    const count = (selector: string) => [...document.querySelectorAll(selector)].filter((p) => (p.getAttribute('d') ?? 'M0 0') !== 'M0 0').length;
    return {
      coast: count('path.disaster-map__coast'), rivers: count('path.map-line--river'), roads: count('path.map-line--road.map-line__centre'),
      railways: count('path.map-line--railway.map-line__centre'), towns: count('path.map-town'), tiles: document.querySelectorAll('.leaflet-tile').length,
    };
  });

  /** Large text and English, through the screens a citizen uses. */
  async function englishLargeText(page: Page): Promise<void> {
    await go(page, '/language');
    await page.locator('.language-list button[lang="en"]').click();
    await page.locator('.home__tiles').waitFor();
    await go(page, '/settings');
    await chooseDisplayModes(page, { textSize: 2, theme: 'default', furigana: false });
  }

  /** The map filling the screen down to its bottom edge, for review (MADOGUCHI_SCREENSHOTS). */
  async function lookAtMap(page: Page, name: string): Promise<void> {
    if (!process.env.MADOGUCHI_SCREENSHOTS) return;
    await page.locator('.disaster-map__canvas').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await keepScreenshot(page, name);
  }

  async function checkMap(page: Page): Promise<string[]> {
    await page.locator('.site-results__view--map').click();
    await page.locator('.site-marker--nearest').nth(9).waitFor();
    await page.waitForFunction(() => document.querySelector('.disaster-map__canvas--detail .map-label'));
    // Each layer is its own pack file, read on its own: wait until all have been drawn.
    await expect.poll(async () => Object.values(await drawn(page)).slice(0, 5).every((n) => n > 0)).toBe(true);
    const layers = await drawn(page);
    expect(layers).toMatchObject({ tiles: 0 });
    for (const kind of ['coast', 'rivers', 'roads', 'railways', 'towns'] as const) expect([kind, layers[kind]]).toEqual([kind, expect.any(Number)]);
    expect(Object.values(layers).slice(0, 5).every((n) => n > 0), JSON.stringify(layers)).toBe(true);
    // 町 and rivers named in English, the Japanese beside in its own language.
    const onahama = page.locator('.map-label--town', { hasText: 'Onahama' });
    expect(await onahama.locator('.map-label__ja[lang="ja"]').textContent()).toBe('小名浜');
    expect(await page.locator('.map-label--river', { hasText: 'Fujiwara River' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.disaster-map__sample').textContent()).toContain('Hand-drawn sample map');
    const legend = await page.locator('.map-legend').textContent();
    for (const words of ['Coastline', 'River', 'Expressway', 'Railway', 'Town (町) boundary', 'Flooding 3–5 m']) expect(legend).toContain(words);
    return axeViolations(page);
  }

  it('a kiosk draws coast, rivers, roads, railways and 町 with English names at large text (1080×1920)', async () => {
    const { context, page, cspErrors } = await offlineKiosk();
    await englishLargeText(page);
    await go(page, '/disaster?hazard=tsunami');
    await page.locator('.site-card').first().waitFor();
    // 小名浜支所 is a kilometre from the harbour: the list first says which way is away from the sea.
    const hint = page.locator('.coast-hint');
    expect(await hint.locator('h3').textContent()).toBe('Tsunami: first get away from the sea');
    expect(await hint.textContent()).toMatch(/head north, inland\. The sea is [\d.]+ k?m to the south\./);
    const violations = await checkMap(page);
    await lookAtMap(page, 'map-kiosk-1080x1920-large-text-en');
    expect(violations).toEqual([]);
    expect(cspErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('a phone, offline at home in 小名浜, draws the same layers at large text in English (390×844)', async () => {
    const context = await kiosk.browser.newContext({
      baseURL: kiosk.server.url, viewport: viewports.phone, locale: 'en-US',
      geolocation: { latitude: 36.9469, longitude: 140.9031 }, permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await page.goto('/guides');
    await page.locator('.guide-link').first().waitFor({ timeout: 60_000 });
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.setOffline(true);
    await englishLargeText(page);
    await go(page, '/disaster?hazard=tsunami');
    await page.locator('.site-card').first().waitFor();
    await page.getByRole('button', { name: /From where I am|Use my location/ }).first().click();
    await page.locator('.here-note', { hasText: 'your current location' }).waitFor();
    const violations = await checkMap(page);
    // The ten nearest fill a phone's map at first; at street zoom the 町 and lines are named between them.
    // Leaflet's zoom is 2^zoom in its proxy's scale; a click during the zoom animation would be lost.
    const zoomIn = async () => {
      const before = await page.locator('.leaflet-proxy').getAttribute('style');
      await page.locator('.disaster-map__zoom-in').click();
      await page.waitForFunction((b) => document.querySelector('.leaflet-proxy')?.getAttribute('style') !== b
        && !document.querySelector('.leaflet-zoom-anim'), before);
    };
    await zoomIn();
    await zoomIn();
    // Some name is shown whole between the sites (others wait, hidden, until the map moves).
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.disaster-map__canvas--near .map-label-anchor:not(.map-label-anchor--hidden)')]
      .some((a) => getComputedStyle(a).display !== 'none'));
    await lookAtMap(page, 'map-phone-390x844-large-text-en');
    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);
});
