import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { modes, sweepScreens, sweepTimeout } from './support/a11y-sweep';

/** The colour themes of a11y.test.ts's sweep, in a file of their own so another worker runs them. */
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('accessibility (axe, WCAG 2.2 AA) in the colour themes', () => {
  it('every screen has zero violations — high contrast', () => sweepScreens(browser, modes.highContrast), sweepTimeout);
  it('every screen has zero violations — dark', () => sweepScreens(browser, modes.dark), sweepTimeout);
});
