/// <reference lib="webworker" />
import { PrecacheController, PrecacheRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { navigationDenylist } from './navigation';
import { registerOutboxSync } from '../outbox/sw-sync';
import { registerBasemapCache } from './basemap-cache';
import { installFirstStage, keepFilesFetchedEarly, precacheRest } from './two-stage-precache';
import type { PrecacheEntry } from './precache-stages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

// The app shell, every route chunk, the locale files and the UI font, versioned by
// content hash: after the first visit the app starts and navigates with no network.
// Routed as one list; stored in two stages on phones (see two-stage-precache.ts).
const manifest = self.__WB_MANIFEST;
const precache = new PrecacheController();
precache.addToCacheList(manifest);
keepFilesFetchedEarly(precache);
registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();

self.addEventListener('install', (event) => event.waitUntil(installFirstStage(precache, manifest)));
// Drops files of earlier versions that this version no longer lists.
self.addEventListener('activate', (event) => precache.activate(event));

// Any in-app URL opened offline (a bookmark, a QR code, a reload) gets the shell.
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('/index.html'), { denylist: navigationDenylist }));

type PageMessage = { type?: string; language?: string } | null;

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as PageMessage;
  // A new version waits until the page says it is safe to switch (see app/register-sw.ts).
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The page is ready offline and asks for the rest; it hears back when all is stored.
  if (data?.type === 'PRECACHE_REST') {
    const port = event.ports[0];
    event.waitUntil(precacheRest(precache, manifest, data.language ?? 'ja').then(
      () => port?.postMessage({ type: 'PRECACHE_COMPLETE' }),
      (error: unknown) => port?.postMessage({ type: 'PRECACHE_FAILED', reason: String(error) }),
    ));
  }
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

registerOutboxSync(self);
registerBasemapCache(self);
