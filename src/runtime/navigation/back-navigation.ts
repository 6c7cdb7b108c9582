import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createBackStack, type Place } from './back-stack';
import { setRestoringPlace } from './restoring-place';

const stack = createBackStack(location.pathname + location.search);

/** Where the kiosk's もどる leads now (undefined on home: nowhere). */
export const backTarget = signal<string | undefined>(stack.target());


const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Scrolls back to where the screen was read and focuses the link touched there, once the
 * screen's content (read from the pack) has rendered; gives up after a few seconds, then
 * the screen's heading takes the focus as on any arrival.
 */
async function restorePlace(place: Place): Promise<void> {
  setRestoringPlace(true);
  const deadline = performance.now() + 5000;
  const selector = place.link ? `a[href="${CSS.escape(place.link)}"]` : undefined;
  const ready = () => (selector ? document.querySelector<HTMLElement>(selector) !== null
    : document.documentElement.scrollHeight - innerHeight >= place.scrollY);
  while (!ready() && performance.now() < deadline) await frame();
  // Two more frames: the router's scroll to the top and the screen's own effects have run.
  await frame();
  await frame();
  setRestoringPlace(false);
  const link = selector ? document.querySelector<HTMLElement>(selector) : null;
  if (!ready()) {
    document.querySelector<HTMLElement>('main h1')?.focus();
    return;
  }
  window.scrollTo({ top: place.scrollY, behavior: 'instant' });
  link?.focus({ preventScroll: true });
}

/** Remembers, at each touch, how far down the screen is read and which link was touched. */
function onTouch(event: Event): void {
  const link = (event.target as Element | null)?.closest?.('a[href]')?.getAttribute('href') ?? undefined;
  stack.mark(window.scrollY, link);
}

/** Kiosk only (see KioskSession): keeps the session's screens for もどる. */
export function useBackNavigation(): void {
  const { url } = useLocation();
  useEffect(() => {
    document.addEventListener('click', onTouch, { capture: true });
    return () => document.removeEventListener('click', onTouch, { capture: true });
  }, []);
  useEffect(() => {
    const place = stack.arrive(url);
    backTarget.value = stack.target();
    if (place) void restorePlace(place);
  }, [url]);
}
