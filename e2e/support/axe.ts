import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * WCAG 2.2 AA, the bar for every screen in every display mode.
 *
 * Axe runs in the page itself (`axe.run`, the builder's "legacy" mode). Its default splits
 * the run per frame and finishes it in a blank page opened for each check: a new renderer
 * and a second copy of axe-core every time, about 40 % of the check's Chromium CPU (measured
 * over the 23 screens: 29 s against 18 s) for the same rules and the same findings. The split
 * is for cross-origin iframes, which the app does not have.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}
