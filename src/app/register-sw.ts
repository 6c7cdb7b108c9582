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
}

/** Activates the waiting service worker and reloads into the new version. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
