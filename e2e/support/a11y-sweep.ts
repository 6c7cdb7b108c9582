import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newContext, viewports } from './browser';
import { axeViolations } from './axe';
import { chooseDisplayModes } from './display-modes';
import { namelessControls } from './accessible-names';
import { screens } from '../screens';

export interface Mode { name: string; textSize: number; theme: string; furigana: boolean; locale: string }
export const modes = {
  default: { name: 'default', textSize: 0, theme: 'default', furigana: false, locale: 'ja-JP' },
  // Furigana over the UI strings and content together with the largest text: the tightest lines.
  largeTextFurigana: { name: 'large text and furigana', textSize: 2, theme: 'default', furigana: true, locale: 'ja-JP' },
  highContrast: { name: 'high contrast', textSize: 0, theme: 'high-contrast', furigana: false, locale: 'ja-JP' },
  dark: { name: 'dark', textSize: 1, theme: 'dark', furigana: true, locale: 'en-US' },
} as const satisfies Record<string, Mode>;

/** Sets display modes the way a citizen would, through the settings screen's controls. */
export async function applyMode(page: Page, mode: Mode): Promise<void> {
  await page.goto('/settings');
  await chooseDisplayModes(page, mode);
}

/** How long one mode's sweep may take on a busy machine: 22 screens through axe. */
export const sweepTimeout = 600_000;

/**
 * Every screen in one display mode through axe (and, in the default mode, every control
 * checked for a spoken name, which does not depend on size or theme). The modes are
 * split over two files (a11y, a11y-themes) so two e2e workers share them.
 */
export async function sweepScreens(browser: Browser, mode: Mode): Promise<void> {
  const context = await newContext(browser, { locale: mode.locale, viewport: viewports.phone });
  const page = await context.newPage();
  await applyMode(page, mode);
  const found: string[] = [];
  for (const screen of screens) {
    await page.goto(screen.path);
    await page.locator(screen.ready).first().waitFor();
    found.push(...(await axeViolations(page)).map((v) => `${screen.path}: ${v}`));
    if (mode.name === 'default') found.push(...(await namelessControls(page)).map((c) => `${screen.path}: no accessible name — ${c}`));
  }
  expect(found, found.join('\n')).toEqual([]);
  await context.close();
}
