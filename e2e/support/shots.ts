import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Set MADOGUCHI_SCREENSHOTS=<dir> to keep PNGs of what a test saw, for a person to look at. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.MADOGUCHI_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}
