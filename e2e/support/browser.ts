import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium';

export const baseURL = (): string => inject('baseURL');

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
