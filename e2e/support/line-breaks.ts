import type { Page } from 'playwright-core';

/**
 * Lines that break inside a word, for scripts written without spaces between words (Thai,
 * Khmer, Burmese): the browser's own line breaker must break only where Intl.Segmenter
 * sees a word boundary. A word wider than its whole line may break anywhere (overflow-wrap:
 * anywhere keeps it from scrolling sideways), so such lines are not counted; nor is a break
 * between two Japanese characters (a translation quoting 津波警報), where Japanese may break.
 * Returns "…before|after…" for each break found inside a word.
 */
export async function breaksInsideWords(page: Page, selector: string, language: string): Promise<string[]> {
  return page.evaluate(({ scope, lang }) => {
    const bad: string[] = [];
    const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    const range = document.createRange();
    const walker = document.createTreeWalker(document.querySelector(scope) ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      if (!/[\u0e00-\u0e7f\u1780-\u17ff\u1000-\u109f]/u.test(text)) continue;
      const words = [...segmenter.segment(text)];
      const boundaries = new Set(words.map((w) => w.index));
      const lineWidth = node.parentElement!.getBoundingClientRect().width;
      let previousTop: number | undefined;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue; // a sign drawn on its consonant
        const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
        const betweenJapanese = japanese.test(text[i - 1] ?? '') && japanese.test(text[i] ?? '');
        if (previousTop !== undefined && rect.top > previousTop + rect.height / 2 && !boundaries.has(i) && !betweenJapanese) {
          const word = words.findLast((w) => w.index < i)!;
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word.segment.length);
          const wordWidth = [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
          if (wordWidth <= lineWidth) bad.push(`…${text.slice(Math.max(0, i - 8), i)}|${text.slice(i, i + 8)}…`);
        }
        previousTop = rect.top;
      }
    }
    return bad;
  }, { scope: selector, lang: language });
}
