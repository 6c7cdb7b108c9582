/**
 * bench/start — how soon the app is usable, as a citizen feels it, on the built app
 * (`npm run build` first; this builds nothing) through the real server in Debian Chromium:
 *
 * - time to offline-ready: a first visit, from navigation until the service worker is
 *   active and the content pack is stored (phone: the footer shows the pack's date; kiosk:
 *   enrolment link → the attract loop);
 * - cold start offline, kiosk and phone: the network goes away, every service worker is
 *   stopped, a new tab opens the start screen; navigation → first heading painted, and FCP,
 *   median of 10;
 * - precache bytes per device kind (read back from Cache Storage at offline-ready, and
 *   computed from dist) and initial JS (gzip).
 * Times are printed, not asserted: budgets on sizes live in scripts/budgets (run by npm test).
 *   npm run bench:start [-- --runs 10]      (STATIC_DIR=<another build> to compare builds)
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { cpus, loadavg } from 'node:os';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium.ts';
import { startBuiltServer, type RunningServer } from '../e2e/support/start-server.ts';
import { coldStarts, precachedBytes, watchFirstHeading } from './support/cold-start.ts';
import { enrolmentLink } from './support/enrol-kiosk.ts';
import { budgetReport, distDir } from '../scripts/budgets/budgets.ts';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;
const terminalId = 'taira-shisho-01';

interface Device {
  kind: 'phone' | 'kiosk';
  viewport: { width: number; height: number };
  /** What the first start of the device opens. */
  firstUrl: (server: RunningServer) => Promise<string>;
  /** The app's own sign that the device would work offline now. */
  ready: string;
  /** The start screen and its heading. */
  startPath: string;
  heading: string;
}

const devices: Device[] = [
  { kind: 'phone', viewport: { width: 390, height: 844 }, firstUrl: async (server) => `${server.url}/`, ready: '.pack-footer__as-of', startPath: '/', heading: 'main h1' },
  {
    kind: 'kiosk', viewport: { width: 1080, height: 1920 }, firstUrl: (server) => enrolmentLink(server, terminalId),
    ready: '.attract__start', startPath: '/attract', heading: '.attract__name',
  },
];

/** Polls from outside: waitForFunction would take an async predicate's promise for a truthy answer. */
async function serviceWorkerActive(page: Page): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated'))) {
    if (Date.now() > deadline) throw new Error('the service worker did not activate within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface FirstVisit { device: Device; context: BrowserContext; readyMs: number; precache: { entries: number; bytes: number } }

async function firstVisit(browser: Browser, server: RunningServer, device: Device): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: device.viewport, locale: 'ja-JP', serviceWorkers: 'allow' });
  const page = await context.newPage();
  const firstUrl = await device.firstUrl(server);
  const started = Date.now();
  await page.goto(firstUrl, { waitUntil: 'commit' });
  await Promise.all([serviceWorkerActive(page), page.locator(device.ready).first().waitFor({ timeout: 120_000 })]);
  const readyMs = Date.now() - started;
  const precache = await precachedBytes(page);
  await page.close();
  return { device, context, readyMs, precache };
}

const server = await startBuiltServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  console.log(`bench/start — ${process.env.STATIC_DIR ?? 'dist'}; Chromium ${browser.version()}, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const visits: FirstVisit[] = [];
  for (const device of devices) visits.push(await firstVisit(browser, server, device));
  for (const v of visits) {
    console.log(`${v.device.kind.padEnd(5)}  offline-ready ${(v.readyMs / 1000).toFixed(2)} s after the first navigation; precache then ${(v.precache.bytes / 1e6).toFixed(2)} MB in ${v.precache.entries} files`);
  }
  // Offline as the day it matters: the server is gone (Chromium's emulated offline mode
  // also refuses a new tab's navigation before the service worker sees it).
  const base = server.url;
  await server.stop();
  for (const { device, context } of visits) {
    await watchFirstHeading(context, device.heading);
    const cold = await coldStarts(context, `${base}${device.startPath}`, runs);
    console.log(`${device.kind.padEnd(5)}  cold start offline: first heading median ${cold.heading.toFixed(0)} ms, FCP median ${cold.fcp.toFixed(0)} ms (n=${runs}: ${cold.samples.map((s) => s.headingMs.toFixed(0)).join(' ')})`);
    await context.close();
  }
  for (const line of budgetReport(process.env.STATIC_DIR ?? distDir).lines) console.log(line);
} finally {
  await browser.close();
  await server.stop();
}
