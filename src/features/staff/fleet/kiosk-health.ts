import type { FleetKiosk } from '../../../../contract/api/kiosks';

/** One word per kiosk for the fleet table; each has a label and an icon, never colour alone. */
export type KioskHealth = 'revoked' | 'awaiting-enrolment' | 'never-seen' | 'stale' | 'ok';

export function kioskHealth(kiosk: FleetKiosk): KioskHealth {
  if (kiosk.revoked) return 'revoked';
  if (kiosk.lastSeenAt === null) return kiosk.enrolmentPending ? 'awaiting-enrolment' : 'never-seen';
  return kiosk.stale ? 'stale' : 'ok';
}

/** Needs attention: shown in red with a warning icon and a word. */
export function needsAttention(health: KioskHealth): boolean {
  return health === 'stale' || health === 'never-seen';
}

/**
 * A kiosk runs an older pack than the server serves. Kiosks switch packs only at idle wipe
 * or in quiet hours, so being behind for a while is normal; being behind for days is not.
 */
export function isBehind(kiosk: FleetKiosk, newestPack: string | undefined): boolean {
  return newestPack !== undefined && !kiosk.revoked && kiosk.lastSeenAt !== null && kiosk.packVersion !== newestPack;
}

/**
 * The kiosk shows content past the expiry the city signed into it: its server stopped
 * publishing (or serves a frozen copy), and citizens may read outdated evacuation data.
 */
export function contentExpired(kiosk: FleetKiosk, now: Date): boolean {
  return !kiosk.revoked && kiosk.packExpiresAt !== null && Date.parse(kiosk.packExpiresAt) <= now.getTime();
}
