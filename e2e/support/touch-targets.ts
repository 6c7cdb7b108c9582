import type { Page } from 'playwright-core';

/** What people tap: links, controls, anything in the tab order, and the map's numbered markers. */
export const interactiveSelector = [
  'a[href]', 'button', 'input:not([type=hidden])', 'select', 'textarea', 'summary',
  '[role=button]', '[tabindex]:not([tabindex^="-"])', '.leaflet-marker-icon.leaflet-interactive',
].join(', ');

export interface SmallTarget { what: string; width: number; height: number }

/**
 * Every visible interactive element of the page (scrolled into view or not) whose tappable
 * box is narrower or shorter than `min` CSS px. A field's box includes its <label>s (a tap
 * on the label is a tap on the field), so a styled checkbox with a big label passes.
 */
export function smallTargets(page: Page, min: number): Promise<SmallTarget[]> {
  return page.evaluate(([selector, min]) => {
    const found: SmallTarget[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('[inert], [aria-hidden="true"], .visually-hidden:not(:focus)') && !el.matches('.leaflet-marker-icon')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const own = el.getBoundingClientRect();
      if (own.width === 0 || own.height === 0) continue; // not rendered (closed <details>, hidden panel)
      // Visually hidden (1 px, clipped): its label is what people tap.
      const labels = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? [...(el.labels ?? [])] : [];
      const boxes = [own, ...labels.map((l) => l.getBoundingClientRect())].filter((r) => r.width > 1 && r.height > 1);
      if (boxes.length === 0) continue;
      const width = Math.max(...boxes.map((r) => r.width));
      const height = Math.max(...boxes.map((r) => r.height));
      if (width + 0.5 >= min && height + 0.5 >= min) continue;
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const href = el.getAttribute('href');
      found.push({ what: `<${el.tagName.toLowerCase()}${classes}${href ? ` href=${href.slice(0, 40)}` : ''}> "${text}"`, width: Math.round(width), height: Math.round(height) });
    }
    return found;
  }, [interactiveSelector, min] as const);
}
