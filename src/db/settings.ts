import type { LanguageCode } from '../i18n/languages';
import type { DisplayModes } from '../../contract/display-modes';
import { database } from './database';
import { storageError, type StorageError } from './errors';
import { err, ok, type Result } from '../lib/result';
import type { RejectedPack } from '../lib/pack/rejection';
import type { RefusedPack } from '../lib/pack/refusal';
import type { KnownShelterStatus, QueuedShelterChange } from '../runtime/shelters/shelter-types';

/**
 * The typed registry of settings. Adding a setting means adding a key here;
 * reading an unknown key or writing the wrong type does not compile.
 */
export interface SettingTypes {
  language: LanguageCode;
  displayModes: DisplayModes;
  /** Set once at enrolment; makes this browser a kiosk. Holds no personal data. */
  kiosk: KioskIdentity;
  /** A pack version that failed its check after the switch and was rolled back (src/db/pack-rejection.ts). */
  rejectedPack: RejectedPack;
  /** A signed pack refused as older than the active one or expired, for the heartbeat (src/db/pack-refusal.ts). */
  refusedPack: RefusedPack;
  /** The active pack version that last passed the usability check, and for which terminal (src/runtime/content/pack-check.ts). */
  checkedPack: CheckedPack;
  /** A phone's choice of where "nearest" is measured from; never the position itself (src/features/disaster/distance-origin.ts). */
  distanceOrigin: 'device' | 'city-hall';
  /** The last shelter status list received, shown with its age when offline (src/runtime/shelters). Public data. */
  shelterStatus: KnownShelterStatus;
  /** Shelter status changes a staff phone made and has not delivered yet (src/features/staff/shelters). */
  shelterQueue: QueuedShelterChange[];
  /** Bookable rooms and their availability as last received, shown "as of" when offline (src/features/reservations). Public data. */
  reservationCache: ReservationCache;
}

export interface ReservationCache {
  rooms?: { rooms: unknown[]; asOf: string };
  /** By `<roomId> <from> <days>`; a few of the latest only. */
  availability: Record<string, unknown>;
}

export interface CheckedPack {
  version: string;
  /** The check depends on the terminal (its kiosk config); null on a phone. */
  terminalId: string | null;
}

export interface KioskIdentity {
  terminalId: string;
  deviceToken: string;
  enrolledAt: string;
}
export type SettingKey = keyof SettingTypes;

/** Returns the stored value, unvalidated: callers parse it (a stored value may be from an old version). */
export async function readSetting<K extends SettingKey>(key: K): Promise<unknown> {
  const row = await database().settings.get(key);
  return row?.value;
}

export async function writeSetting<K extends SettingKey>(
  key: K,
  value: SettingTypes[K],
): Promise<Result<void, StorageError>> {
  try {
    await database().settings.put({ key, value });
    return ok(undefined);
  } catch (e) {
    return err(storageError(e));
  }
}

export async function clearSetting(key: SettingKey): Promise<void> {
  await database().settings.delete(key);
}
