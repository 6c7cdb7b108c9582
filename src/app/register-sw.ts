import { signal } from '@preact/signals';
import type { Workbox } from 'workbox-window';

/** Set when a new service worker has installed and waits to take over. */
export const updateReady = signal(false);
let workbox: Workbox | undefined;

/**
 * Registers the service worker. A new version waits until the citizen agrees
 * (phones) or the kiosk decides it is safe (idle wipe / quiet hours, see kiosk).
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => { updateReady.value = true; });
  await workbox.register();
  // Terminals run for weeks without a navigation that would make the browser look
  // for a new version; ask every 30 minutes (a kiosk applies it at its next wipe).
  setInterval(() => void workbox?.update(), 30 * 60_000);
}

/** Activates the waiting service worker and reloads into the new version. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}

/**
 * Kiosks: lets a waiting service worker take over before the wipe's reload, so the
 * next citizen gets the new version. Resolves when it controls the page, or after 3 s.
 */
export async function applyWaitingUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration();
  const waiting = registration?.waiting;
  if (!waiting) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 3000);
    navigator.serviceWorker.addEventListener('controllerchange', () => { clearTimeout(timer); resolve(); }, { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}
