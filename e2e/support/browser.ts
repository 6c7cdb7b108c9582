import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium';
import { fileServer } from './file-server';

/** The URL of this test file's own server (support/file-server.ts). */
export const baseURL = (): string => fileServer().url;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** A browser with a real on-disk profile (for installability, and for inspecting what was stored). */
export async function launchPersistent(
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<{ context: BrowserContext; profileDir: string; cleanup: () => Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'madoguchi-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    baseURL: baseURL(),
    viewport: options.viewport ?? viewports.phone,
    locale: options.locale ?? 'ja-JP',
    serviceWorkers: 'allow',
  });
  return {
    context,
    profileDir,
    cleanup: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export const viewports = {
  kioskPortrait: { width: 1080, height: 1920 },
  kioskLandscape: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
} as const;

export async function newContext(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseURL(),
    viewport: options.viewport ?? viewports.phone,
    locale: options.locale ?? 'ja-JP',
    serviceWorkers: 'allow',
  });
}

/** Opens the app and waits until the service worker controls the page and has precached the shell. */
export async function openControlled(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated';
  });
  // The first load is not controlled until clients.claim(); a reload makes that certain.
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

/** The one <h1> of the current screen, once the screen has rendered. */
export async function screenTitle(page: Page): Promise<string> {
  const h1 = page.locator('h1').first();
  await h1.waitFor();
  return (await h1.textContent())?.trim() ?? '';
}

/**
 * Once the page has nothing left in flight: no request for 500 ms (Playwright's
 * networkidle, e.g. the notices fetched at start), then two frames, so effects that react
 * to what arrived (a redirect, a re-render) have run. For checks that something did NOT happen.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

/** Waits until the page's first <video> has presented `count` more frames: what a camera reader saw meanwhile. */
export async function videoFrames(page: Page, count: number): Promise<void> {
  await page.locator('video').first().evaluate((video: HTMLVideoElement, n) => new Promise<void>((resolve) => {
    let seen = 0;
    const next = () => { seen += 1; if (seen >= n) resolve(); else video.requestVideoFrameCallback(next); };
    video.requestVideoFrameCallback(next);
  }), count);
}
