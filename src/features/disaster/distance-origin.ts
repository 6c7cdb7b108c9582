import { signal } from '@preact/signals';
import { deviceKind } from '../../config/device';
import { devicePosition, locate, type LocateProblem } from './here';

/**
 * Where a phone's owner chose to measure "nearest" from: their position, or City Hall.
 * `undefined` until they have answered. Only the choice is remembered (on a phone, in the
 * app database), never the position itself; a kiosk measures from its own place and stores
 * nothing.
 */
export type DistanceOrigin = 'device' | 'city-hall';
export const distanceOrigin = signal<DistanceOrigin | undefined>(undefined);
/** What went wrong with the last attempt to find the position, for the screen to say. */
export const locateProblem = signal<LocateProblem | 'locating' | undefined>(undefined);

const isOrigin = (value: unknown): value is DistanceOrigin => value === 'device' || value === 'city-hall';
let restoring: Promise<void> | undefined;

async function settings() {
  return import('../../db/settings');
}

/**
 * Reads the remembered choice once per page load; when it is "my position", finds the
 * position again (the browser remembers the permission, so no second question).
 */
export function restoreDistanceOrigin(geolocation?: Geolocation): Promise<void> {
  if (deviceKind.value !== 'phone') return Promise.resolve();
  restoring ??= (async () => {
    let stored: unknown;
    try {
      stored = await (await settings()).readSetting('distanceOrigin');
    } catch {
      return; // an unreadable database: ask again, as on a first visit
    }
    if (!isOrigin(stored) || distanceOrigin.value !== undefined) return;
    distanceOrigin.value = stored;
    if (stored === 'device' && !devicePosition.value) await findPosition(geolocation);
  })();
  return restoring;
}

async function findPosition(geolocation?: Geolocation): Promise<LocateProblem | undefined> {
  locateProblem.value = 'locating';
  const problem = await locate(geolocation);
  locateProblem.value = problem;
  return problem;
}

/**
 * The owner's answer, from a tap. "My position" asks the browser now; a refusal is
 * remembered as City Hall, so the question does not come back on every visit.
 */
export async function chooseDistanceOrigin(choice: DistanceOrigin, geolocation?: Geolocation): Promise<void> {
  distanceOrigin.value = choice;
  let kept = choice;
  if (choice === 'device') {
    const problem = await findPosition(geolocation);
    if (problem === 'denied' || problem === 'unsupported') kept = 'city-hall';
  } else {
    devicePosition.value = undefined;
    locateProblem.value = undefined;
  }
  distanceOrigin.value = kept;
  if (deviceKind.value === 'phone') await (await settings()).writeSetting('distanceOrigin', kept);
}

/** For tests: forget what this page load has read. */
export function resetDistanceOrigin(): void {
  restoring = undefined;
  distanceOrigin.value = undefined;
  locateProblem.value = undefined;
  devicePosition.value = undefined;
}
