/// <reference lib="webworker" />
import { registerRoute } from 'workbox-routing';
import { basemapRequestInfo, sha256Hex } from '../lib/pmtiles/basemap-url';
import { rangeResponse } from './byte-range';

/**
 * An operator's PMTiles basemap (kiosk config `basemap`), kept whole for offline use.
 * The first request of any range downloads the entire file once into its own cache;
 * every range is then cut from that copy, online or not. Only one basemap is kept: a
 * new file (operators give a new version a new name) replaces the old ones.
 *
 * The request carries the sha256 the kiosk config gives the file (`?sha256=`): the whole
 * download is checked against it before it is kept, and a copy kept under another digest
 * is fetched again. A file that does not match is never kept nor drawn (502): a corrupted
 * or swapped file would otherwise be the map on the day the network is down.
 */
export const basemapCacheName = 'madoguchi-basemap';
const contentType = 'application/vnd.pmtiles';
const digestHeader = 'x-madoguchi-sha256';
const downloads = new Map<string, Promise<Response | 'mismatch' | undefined>>();

export function isBasemapRequest(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname.endsWith('.pmtiles');
}

/** One download per file, however many tiles ask for it at once. */
function downloadWhole(key: string, sha256: string, cache: Cache): Promise<Response | 'mismatch' | undefined> {
  let download = downloads.get(key);
  if (!download) {
    download = (async () => {
      const response = await fetch(key, { cache: 'no-store' });
      // Only a complete 200 is kept: a 206 or an error page would be cut into nonsense.
      if (response.status !== 200) return undefined;
      const bytes = await response.arrayBuffer();
      if ((await sha256Hex(bytes)) !== sha256) return 'mismatch' as const;
      await cache.put(key, new Response(bytes, { headers: { 'content-type': contentType, [digestHeader]: sha256 } }));
      for (const old of await cache.keys()) if (old.url !== key) await cache.delete(old);
      return cache.match(key);
    })().catch(() => undefined).finally(() => downloads.delete(key));
    downloads.set(key, download);
  }
  return download;
}

async function answer(request: Request): Promise<Response> {
  const { key, sha256 } = basemapRequestInfo(new URL(request.url));
  // Without a digest nothing is kept: this one range comes from the network, if it can.
  if (!sha256) return fetch(new Request(key, { headers: request.headers }));
  const cache = await caches.open(basemapCacheName);
  const kept = await cache.match(key);
  const whole = kept?.headers.get(digestHeader) === sha256 ? kept : await downloadWhole(key, sha256, cache);
  if (whole === 'mismatch') return new Response('the basemap file does not match the sha256 in the kiosk config', { status: 502 });
  // Not cached and not downloadable whole: let the network answer this one range if it can.
  if (!whole) return fetch(new Request(key, { headers: request.headers }));
  return rangeResponse(await whole.blob(), request.headers.get('range'), contentType);
}

export function registerBasemapCache(sw: ServiceWorkerGlobalScope): void {
  registerRoute(({ url }) => isBasemapRequest(url, sw.location.origin), ({ request }) => answer(request));
}
