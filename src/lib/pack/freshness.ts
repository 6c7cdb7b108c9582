import type { PackManifest } from '../content/pack-types';

/**
 * Which signed pack may replace which. A signature proves only that the city once
 * published a manifest; an old one replayed by a stale mirror or an attacker would bring
 * back retired department keys and old evacuation data. So a device never goes back in
 * time: the signed times order packs, a signed expiry lets it notice a server that stopped
 * publishing, and only an explicit, signed rollback marker may reinstate older content.
 */
export type PackRefusalReason =
  /** Signed before the active pack, with no rollback marker issued after it: a replay. */
  | 'older'
  /** Its signed validity is over (or it states none): it may be a frozen or replayed copy. */
  | 'expired';

/**
 * When the city issued this manifest: its creation time, or for a rollback (older
 * content republished on purpose) the time the rollback was signed. Packs are ordered by it.
 */
export function issuedAt(manifest: PackManifest): number {
  return Date.parse(manifest.rollback?.issuedAt ?? manifest.createdAt);
}

/** Whether the city's signed validity of this pack has run out at `now`. No expiry means no promise: expired. */
export function packExpired(manifest: Pick<PackManifest, 'expiresAt'>, now: Date): boolean {
  const expires = manifest.expiresAt === undefined ? Number.NaN : Date.parse(manifest.expiresAt);
  return !(expires > now.getTime());
}

/**
 * Why the offered pack must not replace the active one; undefined when it may. The
 * active pack is judged by its own stored manifest (undefined on a first install, or a
 * stored manifest from before these rules: then only the expiry counts).
 */
export function refuseOffered(offered: PackManifest, active: PackManifest | undefined, now: Date): PackRefusalReason | undefined {
  if (active && !(issuedAt(offered) > issuedAt(active))) return 'older';
  if (packExpired(offered, now)) return 'expired';
  return undefined;
}
