import type { Page } from 'playwright-core';

/** One run of text and the font Chromium drew it with. */
export interface DrawnText { text: string; font: string; custom: boolean }

/**
 * The fonts Chromium actually drew the text under `selector` with (DevTools'
 * CSS.getPlatformFontsForNode), for every element holding text of its own: a web font we
 * ship reports `isCustomFont`; a system fallback (or the last-resort box font) does not.
 * document.fonts.check() cannot tell: it calls a family with no face for the text "loaded".
 */
export async function drawnFonts(page: Page, selector: string): Promise<DrawnText[]> {
  const count = await page.evaluate((scope) => {
    document.querySelectorAll('[data-font-probe]').forEach((el) => el.removeAttribute('data-font-probe'));
    let n = 0;
    for (const root of document.querySelectorAll(scope)) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const ownText = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== '');
        if (ownText && el.getClientRects().length > 0) el.setAttribute('data-font-probe', String(n++));
      }
    }
    return n;
  }, selector);
  if (count === 0) throw new Error(`no text under ${selector}`);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' });
    const drawn: DrawnText[] = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      const text = outerHTML.replace(/<[^>]*>/g, '').trim().slice(0, 40);
      for (const font of fonts) drawn.push({ text, font: font.familyName, custom: font.isCustomFont });
    }
    return drawn;
  } finally {
    await cdp.detach();
  }
}

/** The runs drawn in a font the app does not ship (system fonts, boxes). */
export async function systemFontRuns(page: Page, selector: string): Promise<string[]> {
  return (await drawnFonts(page, selector)).filter((d) => !d.custom).map((d) => `"${d.text}" in ${d.font}`);
}
