/// <reference lib="webworker" />
import type { PrecacheController } from 'workbox-precaching';
import { readKioskMarker } from '../config/kiosk-marker';
import { matchBrowserLanguage } from '../i18n/languages';
import { firstStageLanguages, isOtherScriptFont, precacheStage, type PrecacheEntry } from './precache-stages';

declare const self: ServiceWorkerGlobalScope;

/** Requests in flight at once: enough to fill a phone's connection, few enough not to starve the page. */
const parallel = 6;

/**
 * Puts `entries` into Workbox's precache under the keys its route looks up, skipping what
 * is already there (an update keeps every unchanged file). Fails if any file fails, as
 * Workbox's own install does: a stage is complete or it is not.
 */
async function cacheEntries(controller: PrecacheController, entries: readonly PrecacheEntry[]): Promise<void> {
  const cache = await caches.open(controller.strategy.cacheName);
  const queue = [...entries];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      try {
        await cacheEntry(controller, cache, entry);
      } catch (error) {
        queue.length = 0; // one failure ends the run: the other workers stop after their current file
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

async function cacheEntry(controller: PrecacheController, cache: Cache, entry: PrecacheEntry): Promise<void> {
  const key = controller.getCacheKeyForURL(entry.url);
  if (!key || await cache.match(key)) return;
  // Revisioned files (index.html, icons) must skip the HTTP cache; hashed ones may use it.
  const response = await fetch(entry.url, { cache: entry.revision ? 'reload' : 'default', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`precache: ${entry.url} answered ${response.status}`);
  await cache.put(key, response);
}

/**
 * The install: a kiosk (marked in Cache Storage before its page registers this worker,
 * see config/kiosk-marker; unreadable counts as a kiosk) stores everything before it is
 * ready; a phone stores its first stage only and becomes ready offline seconds sooner.
 */
export async function installFirstStage(controller: PrecacheController, entries: readonly PrecacheEntry[]): Promise<void> {
  if (await readKioskMarker()) {
    await cacheEntries(controller, entries);
    return;
  }
  const languages = firstStageLanguages(matchBrowserLanguage(self.navigator.languages ?? []));
  await cacheEntries(controller, entries.filter((e) => precacheStage(e.url, languages) === 1));
}

let rest: Promise<void> | undefined;

/**
 * The second stage, asked for by the page once it is ready (app/offline-ready.ts): the
 * page's own language first, then everything else but other scripts' fonts. One run at
 * a time; a failed run (the connection went) is tried again at the page's next request.
 */
export function precacheRest(controller: PrecacheController, entries: readonly PrecacheEntry[], language: string): Promise<void> {
  const languages = firstStageLanguages(language);
  const ordered = entries.filter((e) => !isOtherScriptFont(e.url, language)).sort((a, b) => precacheStage(a.url, languages) - precacheStage(b.url, languages));
  rest ??= cacheEntries(controller, ordered).finally(() => { rest = undefined; });
  return rest;
}

/**
 * A precached file the page needed before its stage was stored (a form's strings opened
 * while the second stage still runs) comes from the network; keep it, so what a citizen
 * has already used keeps working offline. Workbox itself keeps such a response only for
 * entries with an integrity hash.
 */
export function keepFilesFetchedEarly(controller: PrecacheController): void {
  controller.strategy.plugins.push({
    fetchDidSucceed: async ({ request, response }) => {
      const key = controller.getCacheKeyForURL(request.url);
      if (key && response.ok && response.type === 'basic') {
        const cache = await caches.open(controller.strategy.cacheName);
        await cache.put(key, response.clone());
      }
      return response;
    },
  });
}
