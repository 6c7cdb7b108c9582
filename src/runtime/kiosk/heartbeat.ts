import { kioskIdentity } from './kiosk-identity';
import { kioskRevoked, lastKioskError } from './kiosk-state';
import { receiveNotices } from '../notices/notices';
import { heartbeatError } from '../../lib/pack/rejection';
import { parseManifest } from '../../lib/pack/plan';
import { apiAnswer, apiBody, apiErrorCode } from '../../lib/api/citizen-api';

const startedOnline = { since: navigator.onLine ? new Date().toISOString() : null as string | null, offlineEvents: 0 };
window.addEventListener('offline', () => { startedOnline.offlineEvents++; startedOnline.since = null; });
window.addEventListener('online', () => { startedOnline.since = new Date().toISOString(); });
window.addEventListener('error', (e) => { lastKioskError.value = String(e.message).slice(0, 500); });
window.addEventListener('unhandledrejection', (e) => { lastKioskError.value = String((e.reason as Error)?.message ?? e.reason).slice(0, 500); });

/** The server takes RFC 3339 only; a signed time is any date JavaScript parses (src/lib/pack/plan.ts). */
function isoOrNull(time: string | undefined): string | null {
  return time === undefined ? null : new Date(time).toISOString();
}

async function report(): Promise<void> {
  const identity = kioskIdentity.value;
  if (!identity || kioskRevoked.value) return;
  const [{ activePack }, { outboxDepth }, { outboxStuck }, { rejectedPack }, { refusedPack }, estimate] = await Promise.all([
    import('../../db/packs'), import('../../db/wipe'), import('../../outbox/store'), import('../../db/pack-rejection'), import('../../db/pack-refusal'),
    navigator.storage?.estimate?.().catch(() => undefined),
  ]);
  // Rejected and refused packs are stored, so they are still reported after the wipe's reload cleared memory.
  const lastError = heartbeatError(await rejectedPack(), lastKioskError.value, await refusedPack());
  const active = await activePack();
  const body = apiBody('POST /api/kiosks/heartbeat', {
    appVersion: __APP_VERSION__,
    packVersion: active?.version ?? null,
    // The fleet page flags a terminal whose content is past the city's signed validity.
    packExpiresAt: isoOrNull(active && parseManifest(active.manifest)?.expiresAt),
    outboxDepth: await outboxDepth(),
    // Submissions that waiting will not deliver (an unknown form, a size limit…): staff must act.
    outboxStuck: await outboxStuck(),
    storage: { usage: estimate?.usage ?? 0, quota: estimate?.quota ?? 0 },
    online: startedOnline,
    ...(lastError ? { lastError } : {}),
  });
  let response: Response;
  try {
    response = await fetch('/api/kiosks/heartbeat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${identity.deviceToken}` },
      body,
    });
  } catch {
    return; // offline: the next beat reports the gap
  }
  if (response.status === 401) {
    if ((await apiErrorCode(response)) === 'revoked') kioskRevoked.value = true;
    return;
  }
  if (response.ok) {
    const answer = await apiAnswer('POST /api/kiosks/heartbeat', response);
    if (answer) receiveNotices('kiosk', answer.notices);
  }
}

/**
 * Every few minutes the kiosk tells the server how it is: versions, the pack's expiry, outbox depth and stuck items,
 * storage, network history, last error. The answer carries the notices (e.g. a
 * disaster banner) meant for this terminal. A revoked terminal stops.
 */
export function startHeartbeat(intervalSeconds: number): () => void {
  void report();
  const timer = setInterval(() => void report(), intervalSeconds * 1000);
  return () => clearInterval(timer);
}
