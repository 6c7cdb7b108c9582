import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetFigures, budgets, distDir } from './budgets';

/**
 * Sizes of the built app against issue 16's budgets, from dist alone (npm test builds
 * first). Times are printed by `npm run bench:start`, never asserted here.
 */
describe('size budgets of the built app', () => {
  it('has a build to measure', () => {
    expect(existsSync(join(distDir, 'sw.js')), 'dist/sw.js is missing: run `npm run build` first (npm test does)').toBe(true);
  });

  it('keeps the first screen JS within 60 KB gzip and a phone first precache stage within 2.5 MB', () => {
    const figures = budgetFigures();
    // Otherwise the service worker would store every language in the phone's first stage.
    expect(figures.unnamedStrings, 'strings chunks whose file name does not say their language').toEqual([]);
    expect(figures.initialJsGzip, 'initial JS (gzip bytes)').toBeLessThanOrEqual(budgets.initialJsGzip);
    expect(figures.phone.bytes, `phone precache before ready offline (bytes, ${figures.phone.language})`).toBeLessThanOrEqual(budgets.phonePrecacheBytes);
    // A kiosk still stores everything before it is ready.
    expect(figures.kiosk.bytes).toBeGreaterThan(figures.phone.bytes);
  });
});
