import { storedDeviceToken } from '../../../db/kiosk-token';

/**
 * POSTs JSON to one of the citizen's receipt-number + PIN routes (status, reply, cancel):
 * never from a cache, given up after 15 s, and with the kiosk's device token when this is
 * an enrolled kiosk, so the server counts the kiosk's allowance instead of its address's.
 * Undefined when the request never got an answer (offline, timed out).
 */
export async function postAsDevice(url: string, body: unknown, fetchFn: typeof fetch = fetch): Promise<Response | undefined> {
  const token = await storedDeviceToken().catch(() => undefined);
  try {
    return await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return undefined;
  }
}
