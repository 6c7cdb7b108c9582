/**
 * Cold starts of the built app in Chromium, offline, with the service worker in control:
 * each run stops every service worker first (as after a phone or kiosk was idle), opens a
 * new tab and times navigation start → the first screen's heading painted, plus FCP.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface StartSample { headingMs: number; fcpMs: number | undefined }

declare global {
  interface Window { __madoguchiHeadingMs?: number }
}

/**
 * Records, in the page's own clock (0 = navigation start), when an element matching
 * `selector` is first laid out in a frame, taken just after that frame (its paint).
 */
export async function watchFirstHeading(context: BrowserContext, selector: string): Promise<void> {
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  await context.addInitScript(`(() => {
    const check = () => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (el && el.getClientRects().length > 0) setTimeout(() => { window.__madoguchiHeadingMs ??= performance.now(); }, 0);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`);
}

async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

export async function coldStart(context: BrowserContext, url: string): Promise<StartSample> {
  const blank = await context.newPage();
  await stopServiceWorkers(blank);
  await blank.close();
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => window.__madoguchiHeadingMs, undefined, { timeout: 30_000, polling: 50 }).catch(async (e: unknown) => {
      throw new Error(`${url}: no heading within 30 s; the page shows: ${(await page.locator('body').innerText()).slice(0, 300)}`, { cause: e });
    });
    const headingMs = (await handle.jsonValue()) as number;
    // FCP is reported after the paint is presented, possibly after the heading check: wait for it.
    const fcpMs = await page.evaluate<number | undefined>(`new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const fcp = list.getEntriesByName('first-contentful-paint')[0];
        if (fcp) resolve(fcp.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(undefined), 3000);
    })`);
    // The frame that lays the heading out is timed before Chromium presents it; FCP is a
    // presentation time. The heading cannot be seen before the first contentful paint.
    return { headingMs: Math.max(headingMs, fcpMs ?? 0), fcpMs };
  } finally {
    await page.close();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function coldStarts(context: BrowserContext, url: string, runs: number): Promise<{ heading: number; fcp: number; samples: StartSample[] }> {
  const samples: StartSample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await coldStart(context, url));
  return {
    heading: median(samples.map((s) => s.headingMs)),
    fcp: median(samples.map((s) => s.fcpMs ?? Number.NaN).filter(Number.isFinite)),
    samples,
  };
}

/** Bytes held in the service worker's precache, read back from Cache Storage in the page. */
export function precachedBytes(page: Page): Promise<{ entries: number; bytes: number }> {
  return page.evaluate(async () => {
    let entries = 0;
    let bytes = 0;
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        bytes += (await response?.blob())?.size ?? 0;
        entries++;
      }
    }
    return { entries, bytes };
  });
}
