/// <reference lib="webworker" />
import { registerRoute } from 'workbox-routing';
import { rangeResponse } from './byte-range';

/**
 * An operator's PMTiles basemap (kiosk config `basemap`), kept whole for offline use.
 * The first request of any range downloads the entire file once into its own cache;
 * every range is then cut from that copy, online or not. Only one basemap is kept: a
 * new file (operators give a new version a new name) replaces the old ones.
 */
export const basemapCacheName = 'madoguchi-basemap';
const contentType = 'application/vnd.pmtiles';
const downloads = new Map<string, Promise<Response | undefined>>();

export function isBasemapRequest(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname.endsWith('.pmtiles');
}

/** One download per file, however many tiles ask for it at once. */
function downloadWhole(key: string, cache: Cache): Promise<Response | undefined> {
  let download = downloads.get(key);
  if (!download) {
    download = (async () => {
      const response = await fetch(key, { cache: 'no-store' });
      // Only a complete 200 is kept: a 206 or an error page would be cut into nonsense.
      if (response.status !== 200) return undefined;
      await cache.put(key, response);
      for (const old of await cache.keys()) if (old.url !== key) await cache.delete(old);
      return cache.match(key);
    })().catch(() => undefined).finally(() => downloads.delete(key));
    downloads.set(key, download);
  }
  return download;
}

async function answer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const key = url.origin + url.pathname;
  const cache = await caches.open(basemapCacheName);
  const whole = (await cache.match(key)) ?? (await downloadWhole(key, cache));
  // Not cached and not downloadable whole: let the network answer this one range if it can.
  if (!whole) return fetch(request);
  return rangeResponse(await whole.blob(), request.headers.get('range'), contentType);
}

export function registerBasemapCache(sw: ServiceWorkerGlobalScope): void {
  registerRoute(({ url }) => isBasemapRequest(url, sw.location.origin), ({ request }) => answer(request));
}
