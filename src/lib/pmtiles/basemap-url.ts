/**
 * How the app asks for the terminal's basemap: its path with the sha256 the kiosk config
 * gives it, so the service worker can check the whole file before keeping it. The server
 * ignores the query; the service worker reads it and caches under the path alone.
 */
export const sha256Pattern = /^[0-9a-f]{64}$/;

export function basemapRequestUrl(basemap: { url: string; sha256: string }): string {
  return `${basemap.url}?sha256=${basemap.sha256}`;
}

/** The cache key (origin + path) and the expected digest of a basemap request, if it carries one. */
export function basemapRequestInfo(url: URL): { key: string; sha256: string | undefined } {
  const sha256 = url.searchParams.get('sha256') ?? undefined;
  return { key: url.origin + url.pathname, sha256: sha256 && sha256Pattern.test(sha256) ? sha256 : undefined };
}

/** Lower-case hex sha256 of the bytes (Web Crypto: page, service worker and Node alike). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
