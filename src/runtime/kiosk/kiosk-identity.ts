import { signal } from '@preact/signals';
import { apiAnswer, apiBody } from '../../lib/api/citizen-api';
import type { KioskIdentity } from '../../db/settings';

/** This terminal's identity once enrolled (kiosks only). */
export const kioskIdentity = signal<KioskIdentity | undefined>(undefined);

export function parseKioskIdentity(value: unknown): KioskIdentity | undefined {
  const v = value as Partial<KioskIdentity> | null | undefined;
  if (!v || typeof v.terminalId !== 'string' || typeof v.deviceToken !== 'string' || typeof v.enrolledAt !== 'string') return undefined;
  return { terminalId: v.terminalId, deviceToken: v.deviceToken, enrolledAt: v.enrolledAt };
}

export type EnrolmentResult = { ok: true; identity: KioskIdentity } | { ok: false; reason: 'offline' | 'refused' | 'busy' | 'storage' };

/**
 * `/?kiosk=<terminalId>&token=<one-time enrolment token>`: exchanges the token for a
 * device token, stores the identity and removes the token from the address bar (and
 * so from the browser history). Done once per terminal by the operator.
 */
export async function enrolFromUrl(url: URL): Promise<EnrolmentResult | undefined> {
  const terminalId = url.searchParams.get('kiosk');
  const enrolmentToken = url.searchParams.get('token');
  if (!terminalId || !enrolmentToken) return undefined;
  history.replaceState(null, '', '/attract');
  let response: Response;
  try {
    response = await fetch('/api/kiosks/enrol', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: apiBody('POST /api/kiosks/enrol', { kioskId: terminalId, enrolmentToken }),
    });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  // 429: the address's enrolment allowance is spent for now; the token was not used, so
  // the operator is told to open the same link again, not to issue a new token.
  if (response.status === 429) return { ok: false, reason: 'busy' };
  if (!response.ok) return { ok: false, reason: 'refused' };
  const deviceToken = (await apiAnswer('POST /api/kiosks/enrol', response))?.deviceToken;
  if (typeof deviceToken !== 'string') return { ok: false, reason: 'refused' };
  const identity: KioskIdentity = { terminalId, deviceToken, enrolledAt: new Date().toISOString() };
  const { writeSetting } = await import('../../db/settings');
  const written = await writeSetting('kiosk', identity);
  return written.ok ? { ok: true, identity } : { ok: false, reason: 'storage' };
}
