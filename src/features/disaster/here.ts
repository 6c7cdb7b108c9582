import { computed, signal } from '@preact/signals';
import { deviceKind } from '../../config/device';
import { isInIwaki, type LatLng } from '../../lib/geo';
import { kioskConfig } from '../../runtime/kiosk/kiosk-state';

/** いわき市役所 (平): where distances are measured from when we know nothing better. */
export const cityHall: LatLng = { lat: 37.0505, lng: 140.8877 };

/** Where "here" is, and why: the screen says which, so nobody mistakes city hall for their street. */
export type Here =
  | { kind: 'home'; point: LatLng; label: string }
  | { kind: 'kiosk'; point: LatLng; label: string | undefined }
  | { kind: 'device'; point: LatLng }
  | { kind: 'city-hall'; point: LatLng };

/**
 * The phone's position, once its owner tapped "use my location". Kept in memory only:
 * a position is personal data and is never written to storage.
 */
export const devicePosition = signal<LatLng | undefined>(undefined);

/**
 * The 町名 a citizen chose as "near my home" (its representative point). In memory only:
 * where someone lives is personal, and a kiosk's wipe (a reload) forgets it with the rest.
 */
export const homePlace = signal<{ label: string; point: LatLng } | undefined>(undefined);

export function resolveHere(
  kiosk: { lat: number; lng: number; label?: string | undefined } | undefined, device: LatLng | undefined,
  home?: { label: string; point: LatLng },
): Here {
  // A chosen home is asked for on purpose: it wins over where the kiosk or phone is.
  if (home) return { kind: 'home', point: home.point, label: home.label };
  if (kiosk) return { kind: 'kiosk', point: { lat: kiosk.lat, lng: kiosk.lng }, label: kiosk.label };
  if (device) return { kind: 'device', point: device };
  return { kind: 'city-hall', point: cityHall };
}

/** A kiosk measures from its configured place (it never asks for geolocation); a phone from its owner's position. */
export const here = computed(() =>
  resolveHere(deviceKind.value === 'kiosk' ? kioskConfig.value?.location : undefined, devicePosition.value, homePlace.value));

export type LocateProblem = 'unsupported' | 'denied' | 'unavailable' | 'timeout' | 'outside-city';

/**
 * Asks the browser for the position, only ever from a tap (the permission prompt must
 * not appear unasked). A position outside Iwaki is refused: the nearest site to
 * someone in Tokyo is not an answer this city's data can give.
 */
export function locate(geolocation: Geolocation | undefined = globalThis.navigator?.geolocation): Promise<LocateProblem | undefined> {
  if (!geolocation) return Promise.resolve('unsupported');
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      ({ coords }) => {
        const point = { lat: coords.latitude, lng: coords.longitude };
        if (!isInIwaki(point)) return resolve('outside-city');
        devicePosition.value = point;
        resolve(undefined);
      },
      (error) => resolve(error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}
