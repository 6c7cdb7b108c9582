/**
 * Whether this browser is a kiosk, decided without IndexedDB: a kiosk whose database
 * cannot be read, or whose enrolment failed, must still behave as a kiosk (show the
 * operator screen, keep nothing a citizen types) and never fall back to the phone UI.
 *
 * Two places say "kiosk", either is enough:
 * - the address: the enrolment link and the launch URL of the kiosk's Chromium carry
 *   `?kiosk=<terminal id>` (see README, "Running a kiosk");
 * - Cache Storage: the first time the app sees that address it keeps the marker in a
 *   cache of its own, so the app's own reloads (the idle wipe, updates) stay kiosks.
 * Nothing ever removes the marker: a terminal is re-imaged, not turned back into a phone.
 */
const markerCache = 'madoguchi-device';
const markerRequest = '/__madoguchi/kiosk-marker';

export interface KioskMarker { terminalId: string }

/** The marker in an address: `?kiosk=<terminal id>` (a bare `?kiosk` marks a kiosk not yet named). */
export function kioskMarkerInUrl(url: URL): KioskMarker | undefined {
  const terminalId = url.searchParams.get('kiosk');
  return terminalId === null ? undefined : { terminalId };
}

/** The marker kept in Cache Storage; undefined on a phone, or where Cache Storage is unavailable. */
export async function readKioskMarker(): Promise<KioskMarker | undefined> {
  let present: boolean;
  try {
    present = typeof caches !== 'undefined' && await caches.has(markerCache);
  } catch {
    return undefined; // no Cache Storage at all (a private window): nothing was ever marked here
  }
  if (!present) return undefined;
  try {
    const response = await (await caches.open(markerCache)).match(markerRequest);
    const value = (await response?.json()) as Partial<KioskMarker> | undefined;
    return { terminalId: typeof value?.terminalId === 'string' ? value.terminalId : '' };
  } catch {
    // The marker's cache exists but cannot be read: still a kiosk. Fail closed.
    return { terminalId: '' };
  }
}

export async function writeKioskMarker(marker: KioskMarker): Promise<boolean> {
  try {
    if (typeof caches === 'undefined') return false;
    const cache = await caches.open(markerCache);
    await cache.put(markerRequest, new Response(JSON.stringify(marker), { headers: { 'content-type': 'application/json' } }));
    return true;
  } catch {
    return false;
  }
}

/** The URL's marker, else the stored one; a marker seen in the URL is stored for the next start. */
export async function findKioskMarker(url: URL): Promise<KioskMarker | undefined> {
  const inUrl = kioskMarkerInUrl(url);
  const stored = await readKioskMarker();
  if (inUrl && (!stored || (inUrl.terminalId && stored.terminalId !== inUrl.terminalId))) await writeKioskMarker(inUrl);
  return inUrl ?? stored;
}
