import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { deviceKind } from '../config/device';

/** On a kiosk, a header taller than this share of the screen scrolls away instead of staying on top. */
export const kioskStickyLimit = 0.12;

/**
 * The header must never hide what it sits on. On a kiosk it stays on top only while it is
 * short (at 200 % text it wraps to three rows, a quarter of a portrait screen: then it
 * scrolls away with the page, since shrinking it would take its labels from the very
 * people who asked for large text). Wherever it is on top, its height becomes the
 * page's scroll padding, so whatever is scrolled or focused into view lands below it.
 */
export function useStickyHeaderGuard(header: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const update = () => {
      const height = element.offsetHeight;
      root.dataset.header = deviceKind.peek() === 'kiosk' && height > kioskStickyLimit * innerHeight ? 'static' : 'sticky';
      const onTop = getComputedStyle(element).position === 'sticky';
      root.style.setProperty('--mdg-sticky-header', onTop ? `${height}px` : '0px');
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      delete root.dataset.header;
      root.style.removeProperty('--mdg-sticky-header');
    };
  }, []);
}
